package taipan.modules.cstringio;

import taipan.runtime.*;

/** {@code cStringIO}: fast in-memory files; StringIO() to write, StringIO(s) to read s. */
@PyModuleDef(name = "cStringIO", doc = "A simple fast partial StringIO replacement.\n\nThis module provides a simple useful replacement for\nthe StringIO module that is written in C.  It does not provide the\nfull generality of StringIO, but it provides enough for most\napplications and is especially useful in conjunction with the\npickle module.\n\nUsage:\n\n  from cStringIO import StringIO\n\n  an_output_stream=StringIO()\n  an_output_stream.write(some_stuff)\n  ...\n  value=an_output_stream.getvalue()\n\n  an_input_stream=StringIO(a_string)\n  spam=an_input_stream.readline()\n  spam=an_input_stream.read(5)\n  an_input_stream.seek(0)           # OK, start over\n  spam=an_input_stream.read()       # and read it all\n  \nIf someone else wants to provide a more complete implementation,\ngo for it. :-)  \n\ncStringIO.c,v 1.29 1999/06/15 14:10:27 jim Exp\n")
public final class CStringIOModule {
    private CStringIOModule() {}

    static void init(PyModule m) {
        m.set("InputType", StringI.TYPE);
        m.set("OutputType", StringO.TYPE);
    }

    @ExposedMethod(doc = "StringIO([s]) -- Return a StringIO-like stream for reading or writing")
    static PyObject StringIO(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.TypeError("StringIO() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Py.TypeError("StringIO expected at most 1 arguments, got " + args.length);
        }
        if (args.length == 0) {
            return new StringO();
        }
        byte[] b = MemoryFile.bytesOrNull(args[0]);
        if (b == null) {
            throw Py.TypeError("StringIO() argument 1 must be string or buffer, not " + MemoryFile.typeName(args[0]));
        }
        return new StringI(b);
    }
}

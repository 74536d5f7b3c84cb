package taipan.serialization.marshal;

import taipan.runtime.*;

/**
 * {@code marshal}: CPython 2.7's marshal format, byte for byte, for every value type it
 * supports except code objects (Taipan code is not CPython bytecode).
 */
@PyModuleDef(name = "marshal", doc = MarshalModule.DOC)
public final class MarshalModule {
    private MarshalModule() {}

    static final String DOC = "This module contains functions that can read and write Python values in\n"
            + "a binary format. The format is specific to Python, but independent of\n"
            + "machine architecture issues.\n\n"
            + "Not all Python object types are supported; in general, only objects\n"
            + "whose value is independent from a particular invocation of Python can be\n"
            + "written and read by this module. The following types are supported:\n"
            + "None, integers, long integers, floating point numbers, strings, Unicode\n"
            + "objects, tuples, lists, sets, dictionaries, and code objects, where it\n"
            + "should be understood that tuples, lists and dictionaries are only\n"
            + "supported as long as the values contained therein are themselves\n"
            + "supported; and recursive lists and dictionaries should not be written\n"
            + "(they will cause infinite loops).\n\n"
            + "Variables:\n\n"
            + "version -- indicates the format that the module uses. Version 0 is the\n"
            + "    historical format, version 1 (added in Python 2.4) shares interned\n"
            + "    strings and version 2 (added in Python 2.5) uses a binary format for\n"
            + "    floating point numbers. (New in version 2.4)\n\n"
            + "Functions:\n\n"
            + "dump() -- write value to a file\n"
            + "load() -- read value from a file\n"
            + "dumps() -- write value to a string\n"
            + "loads() -- read value from a string";

    @ExposedConstant static final int version = 2;

    @ExposedMethod(doc = "dump(value, file[, version])\n\n"
            + "Write the value on the open file. The value must be a supported type.\n"
            + "The file must be an open file object such as sys.stdout or returned by\n"
            + "open() or os.popen(). It must be opened in binary mode ('wb' or 'w+b').\n\n"
            + "If the value has (or contains an object that has) an unsupported type, a\n"
            + "ValueError exception is raised - but garbage data will also be written\n"
            + "to the file. The object will not be properly read back by load()\n\n"
            + "New in version 2.4: The version argument indicates the data format that\n"
            + "dump should use.")
    static void dump(PyObject value, PyObject file, @Default("2") int version) {
        if (!(file instanceof PyFile f)) {
            throw Py.TypeError("marshal.dump() 2nd arg must be file");
        }
        Writer.dump(value, version, f);
    }

    @ExposedMethod(doc = "load(file)\n\n"
            + "Read one value from the open file and return it. If no valid value is\n"
            + "read (e.g. because the data has a different Python version's\n"
            + "incompatible marshal format), raise EOFError, ValueError or TypeError.\n"
            + "The file must be an open file object opened in binary mode ('rb' or\n"
            + "'r+b').\n\n"
            + "Note: If an object containing an unsupported type was marshalled with\n"
            + "dump(), load() will substitute None for the unmarshallable type.")
    static PyObject load(PyObject file) {
        if (!(file instanceof PyFile f)) {
            throw Py.TypeError("marshal.load() arg must be file");
        }
        if (f.isClosed()) {
            throw Py.EOFError("EOF read where object expected");  // CPython reads nothing from it
        }
        return new Reader(Source.of(f)).readTop();
    }

    @ExposedMethod(doc = "dumps(value[, version])\n\n"
            + "Return the string that would be written to a file by dump(value, file).\n"
            + "The value must be a supported type. Raise a ValueError exception if\n"
            + "value has (or contains an object that has) an unsupported type.\n\n"
            + "New in version 2.4: The version argument indicates the data format that\n"
            + "dumps should use.")
    static PyObject dumps(PyObject value, @Default("2") int version) {
        return PyStr.of(Writer.dump(value, version));
    }

    @ExposedMethod(doc = "loads(string)\n\n"
            + "Convert the string to a value. If no valid value is found, raise\n"
            + "EOFError, ValueError or TypeError. Extra characters in the string are\n"
            + "ignored.")
    static PyObject loads(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.TypeError("loads() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Py.TypeError("loads() takes exactly 1 argument (" + args.length + " given)");
        }
        PyObject string = args[0];
        byte[] data;
        if (string instanceof PyStr s) {
            data = s.bytes();
        } else if (string instanceof PyUnicode u) {
            data = PyStr.fromUnicodeDefault(u).bytes();
        } else if (string instanceof BufferProtocol b && !(string instanceof PyByteArray)
                && !(string instanceof PyMemoryView)) {
            // 2.7's "s*": old-style read buffers (buffer, array); not bytearray or memoryview
            data = b.bufferBytes();
        } else {
            throw Py.TypeError("loads() argument 1 must be string or read-only buffer, not "
                    + string.getType().getName());
        }
        return new Reader(Source.of(data)).readTop();
    }
}

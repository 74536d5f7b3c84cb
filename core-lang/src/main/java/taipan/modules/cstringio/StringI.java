package taipan.modules.cstringio;

import taipan.runtime.*;

/** {@code cStringIO.InputType}: a read-only file over the bytes of a string or buffer. */
@ExposedType(name = "cStringIO.StringI", subclassable = false, doc = "Simple type for treating strings as input file streams")
public final class StringI extends MemoryFile {
    public static final PyType TYPE = PyType.builtin(StringI.class);

    StringI(byte[] data) {
        super(data, data.length);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject refuse(PyType subtype, PyObject[] args, String[] kw) {
        throw Py.TypeError("cannot create 'cStringIO.StringI' instances");
    }

    @Override
    public PyObject __iter__() {
        return this;
    }

    @Override
    public PyObject __iternext__() {
        return nextLine();
    }

    @ExposedMethod(doc = "flush(): does nothing.")
    public PyObject flush() { return doFlush(); }

    @ExposedMethod(doc = "getvalue([use_pos]) -- Get the string value.\nIf use_pos is specified and is a true value, then the string returned\nwill include only the text up to the current file position.\n")
    public PyObject getvalue(@Default("null") PyObject usePos) { return doGetvalue(usePos); }

    @ExposedMethod(doc = "isatty(): always returns 0")
    public PyObject isatty() { return doIsatty(); }

    @ExposedMethod(doc = "read([s]) -- Read s characters, or the rest of the string")
    public PyObject read(@Default("null") PyObject n) { return doRead(n); }

    @ExposedMethod(doc = "readline() -- Read one line")
    public PyObject readline(@Default("null") PyObject n) { return doReadline(n); }

    @ExposedMethod(doc = "readlines() -- Read all lines")
    public PyObject readlines(@Default("null") PyObject hint) { return doReadlines(hint); }

    @ExposedMethod(doc = "reset() -- Reset the file position to the beginning")
    public PyObject reset() { return doReset(); }

    @ExposedMethod(doc = "seek(position)       -- set the current position\nseek(position, mode) -- mode 0: absolute; 1: relative; 2: relative to EOF")
    public PyObject seek(long position, @Default("0") int mode) { return doSeek(position, mode); }

    @ExposedMethod(doc = "tell() -- get the current position.")
    public PyObject tell() { return doTell(); }

    @ExposedMethod(doc = "truncate(): truncate the file at the current position.")
    public PyObject truncate(@Default("null") PyObject at) { return doTruncate(at); }

    @ExposedMethod(doc = "close(): explicitly release resources held.")
    public PyObject close() { return doClose(); }

    @ExposedMethod(doc = "x.next() -> the next value, or raise StopIteration")
    public PyObject next() { return doNext(); }

    @ExposedGet(name = "closed", doc = "True if the file is closed")
    public PyObject getClosed() { return Py.bool(closed); }
}

package taipan.modules.cstringio;

import taipan.runtime.*;

/** {@code cStringIO.OutputType}: a growable in-memory file for writing (and reading back). */
@ExposedType(name = "cStringIO.StringO", subclassable = false, doc = "Simple type for output to strings.")
public final class StringO extends MemoryFile {
    public static final PyType TYPE = PyType.builtin(StringO.class);

    private int softspace;

    StringO() {
        super(new byte[128], 0);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject refuse(PyType subtype, PyObject[] args, String[] kw) {
        throw Py.TypeError("cannot create 'cStringIO.StringO' instances");
    }

    @Override
    public PyObject __iter__() {
        return this;
    }

    @Override
    public PyObject __iternext__() {
        return nextLine();
    }

    /** Writes b at the position, overwriting and extending as needed. */
    synchronized void put(byte[] b) {
        checkOpen();
        int end = pos + b.length;
        ensure(end);
        if (pos > size) {
            java.util.Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos = end;
        if (end > size) {
            size = end;
        }
    }

    @ExposedMethod(doc = "write(s) -- Write a string to the file\n\nNote (hack:) writing None resets the buffer")
    public PyObject write(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.TypeError("write() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Py.TypeError("write() takes exactly 1 argument (" + args.length + " given)");
        }
        PyObject s = args[0];
        byte[] b = bytesOrNull(s);
        if (b == null) {
            throw Py.TypeError("write() argument 1 must be string or buffer, not " + MemoryFile.typeName(s));
        }
        put(b);
        return Py.None;
    }

    @ExposedMethod(doc = "writelines(sequence_of_strings) -> None.  Write the strings to the file.\n\nNote that newlines are not added.  The sequence can be any iterable object\nproducing strings. This is equivalent to calling write() for each string.")
    public PyObject writelines(PyObject lines) {
        PyObject it = Ops.iter(lines);
        PyObject item;
        while ((item = Ops.next(it)) != null) {
            if (!(item instanceof PyStr) && !(item instanceof PyUnicode)) {
                throw Py.TypeError("expected string or Unicode object, " + item.getType().getName() + " found");
            }
            put(bytesOrNull(item));
        }
        return Py.None;
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

    @ExposedGet(name = "softspace", doc = "flag indicating that a space needs to be printed; used by print")
    public PyObject getSoftspace() { return PyInt.of(softspace); }

    @ExposedSet(name = "softspace")
    public void setSoftspace(PyObject v) { softspace = Py.asIntArg(v); }
}

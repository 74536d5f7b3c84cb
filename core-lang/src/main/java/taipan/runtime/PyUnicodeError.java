package taipan.runtime;

/**
 * UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError: encoding, object, start,
 * end, reason, and CPython's messages ("'ascii' codec can't decode byte 0xe9 in
 * position 0: ordinal not in range(128)").
 */
public class PyUnicodeError extends PyBaseException {
    public PyObject encoding = Py.None;
    public PyObject object = Py.None;
    public PyObject start = Py.None;
    public PyObject end = Py.None;
    public PyObject reason = Py.None;

    public PyUnicodeError(PyType type) {
        super(type);
    }

    private boolean isTranslate() {
        return getType().isSubtypeOf(Exceptions.UnicodeTranslateError);
    }

    private boolean isDecode() {
        return getType().isSubtypeOf(Exceptions.UnicodeDecodeError);
    }

    @Override
    public void initArgs(PyObject[] a) {
        super.initArgs(a);
        if (isTranslate()) {
            if (a.length != 4) {
                throw Py.TypeError("function takes exactly 4 arguments (" + a.length + " given)");
            }
            object = checked(a, 0, true);
            start = PyInt.of(Py.asLongArg(a[1]));
            end = PyInt.of(Py.asLongArg(a[2]));
            reason = checked(a, 3, false);
            return;
        }
        if (a.length != 5) {
            throw Py.TypeError("function takes exactly 5 arguments (" + a.length + " given)");
        }
        encoding = checked(a, 0, false);
        object = checked(a, 1, !isDecode());
        start = PyInt.of(Py.asLongArg(a[2]));
        end = PyInt.of(Py.asLongArg(a[3]));
        reason = checked(a, 4, false);
    }

    /** An argument that must be a str (or a unicode): CPython's "O!" check and message. */
    private static PyObject checked(PyObject[] a, int i, boolean unicode) {
        PyObject o = a[i];
        boolean ok = unicode ? o instanceof PyUnicode : o instanceof PyStr;
        if (!ok) {
            throw Py.TypeError("argument " + (i + 1) + " must be " + (unicode ? "unicode" : "str") + ", not "
                    + (o == Py.None ? "None" : o.getType().getName()));
        }
        return o;
    }

    @Override
    public PyObject __str__() {
        if (object == Py.None) {
            return super.__str__();
        }
        long s = Py.asLongArg(start);
        long e = Py.asLongArg(end);
        String why = Ops.str(reason).toString();
        if (isDecode()) {
            String enc = Ops.str(encoding).toString();
            if (e == s + 1 && object instanceof PyStr bytes && s >= 0 && s < bytes.size()) {
                return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                        enc, bytes.byteAt((int) s) & 0xff, s, why));
            }
            return PyStr.of(String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, s, e - 1, why));
        }
        String what = isTranslate() ? "can't translate" : "'" + Ops.str(encoding) + "' codec can't encode";
        if (e == s + 1 && object instanceof PyUnicode u && s >= 0 && s < u.length()) {
            int c = u.codePointAt((int) s);
            String ch = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return PyStr.of(String.format("%s character u'%s' in position %d: %s", what, ch, s, why));
        }
        return PyStr.of(String.format("%s characters in position %d-%d: %s", what, s, e - 1, why));
    }

    @ExposedGet(name = "encoding") public PyObject getEncoding() { return encoding; }
    @ExposedSet(name = "encoding") public void setEncoding(PyObject v) { encoding = v; }
    @ExposedGet(name = "object") public PyObject getObject() { return object; }
    @ExposedSet(name = "object") public void setObject(PyObject v) { object = v; }
    @ExposedGet(name = "start") public PyObject getStart() { return start; }
    @ExposedSet(name = "start") public void setStart(PyObject v) { start = v; }
    @ExposedGet(name = "end") public PyObject getEnd() { return end; }
    @ExposedSet(name = "end") public void setEnd(PyObject v) { end = v; }
    @ExposedGet(name = "reason") public PyObject getReason() { return reason; }
    @ExposedSet(name = "reason") public void setReason(PyObject v) { reason = v; }
}

package taipan.runtime;

/** SyntaxError (IndentationError, TabError): msg, filename, lineno, offset, text. */
public class PySyntaxError extends PyBaseException {
    public PyObject msg = Py.None;
    public PyObject filename = Py.None;
    public PyObject lineno = Py.None;
    public PyObject offset = Py.None;
    public PyObject text = Py.None;
    public PyObject printFileAndLine = Py.None;

    public PySyntaxError(PyType type) {
        super(type);
    }

    @Override
    public void initArgs(PyObject[] a) {
        super.initArgs(a);
        if (a.length >= 1) {
            msg = a[0];
        }
        if (a.length == 2) {
            PyTuple info = PyTuple.fromIterable(a[1]);
            if (info.size() != 4) {
                throw Py.IndexError("tuple index out of range");
            }
            filename = info.get(0);
            lineno = info.get(1);
            offset = info.get(2);
            text = info.get(3);
        }
    }

    @Override
    public PyObject __str__() {
        String m = Ops.str(msg).toString();
        boolean haveFile = filename instanceof PyStr;
        boolean haveLine = lineno instanceof PyInt;
        if (!haveFile && !haveLine) {
            return Ops.str(msg);
        }
        String file = haveFile ? filename.toString() : null;
        if (file != null) {
            int slash = file.lastIndexOf('/');
            file = file.substring(slash + 1);
        }
        if (haveFile && haveLine) {
            return PyStr.of(m + " (" + file + ", line " + lineno + ")");
        }
        if (haveFile) {
            return PyStr.of(m + " (" + file + ")");
        }
        return PyStr.of(m + " (line " + lineno + ")");
    }

    @ExposedGet(name = "msg") public PyObject getMsg() { return msg; }
    @ExposedSet(name = "msg") public void setMsg(PyObject v) { msg = v; }
    @ExposedGet(name = "filename") public PyObject getFilename() { return filename; }
    @ExposedSet(name = "filename") public void setFilename(PyObject v) { filename = v; }
    @ExposedGet(name = "lineno") public PyObject getLineno() { return lineno; }
    @ExposedSet(name = "lineno") public void setLineno(PyObject v) { lineno = v; }
    @ExposedGet(name = "offset") public PyObject getOffset() { return offset; }
    @ExposedSet(name = "offset") public void setOffset(PyObject v) { offset = v; }
    @ExposedGet(name = "text") public PyObject getText() { return text; }
    @ExposedSet(name = "text") public void setText(PyObject v) { text = v; }
    @ExposedGet(name = "print_file_and_line") public PyObject getPfl() { return printFileAndLine; }
    @ExposedSet(name = "print_file_and_line") public void setPfl(PyObject v) { printFileAndLine = v; }
}

package taipan.runtime;

/** EnvironmentError (IOError, OSError): errno, strerror, filename. */
public class PyEnvironmentError extends PyBaseException {
    public PyObject errno = Py.None;
    public PyObject strerror = Py.None;
    public PyObject filename = Py.None;

    public PyEnvironmentError(PyType type) {
        super(type);
    }

    @Override
    public void initArgs(PyObject[] a) {
        super.initArgs(a);
        if (a.length >= 2 && a.length <= 3) {
            errno = a[0];
            strerror = a[1];
            if (a.length == 3) {
                filename = a[2];
                args = PyTuple.of(a[0], a[1]);
            }
        }
    }

    @Override
    public PyObject __str__() {
        if (filename != Py.None) {
            return PyStr.of("[Errno " + Ops.str(errno) + "] " + Ops.str(strerror) + ": " + Ops.repr(filename));
        }
        if (errno != Py.None && strerror != Py.None) {
            return PyStr.of("[Errno " + Ops.str(errno) + "] " + Ops.str(strerror));
        }
        return super.__str__();
    }

    @Override
    @ExposedMethod
    public PyObject __reduce__() {
        PyObject a = filename != Py.None && args.size() == 2 ? PyTuple.of(args.get(0), args.get(1), filename) : args;
        PyDict d = getDict();
        return d.size() > 0 ? PyTuple.of(getType(), a, d) : PyTuple.of(getType(), a);
    }

    @ExposedGet(name = "errno") public PyObject getErrno() { return errno; }
    @ExposedSet(name = "errno") public void setErrno(PyObject v) { errno = v; }
    @ExposedGet(name = "strerror") public PyObject getStrerror() { return strerror; }
    @ExposedSet(name = "strerror") public void setStrerror(PyObject v) { strerror = v; }
    @ExposedGet(name = "filename") public PyObject getFilename() { return filename; }
    @ExposedSet(name = "filename") public void setFilename(PyObject v) { filename = v; }
}

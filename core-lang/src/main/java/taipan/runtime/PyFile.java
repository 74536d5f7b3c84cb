package taipan.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code file}. TODO(file helper): the complete 2.7 file object over real descriptors.
 * For now: the standard streams with buffered writes.
 */
@ExposedType(name = "file")
public class PyFile extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyFile.class);

    public boolean softspace;
    private final String name;
    private final OutputStream out;

    public PyFile(String name, OutputStream out) {
        this.name = name;
        this.out = out;
    }

    public static PyFile stdout() {
        return new PyFile("<stdout>", new java.io.BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192));
    }

    public static PyFile stderr() {
        return new PyFile("<stderr>", new FileOutputStream(FileDescriptor.err));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public void writeBytes(byte[] b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw Py.IOError(e.getMessage());
        }
    }

    public void writeString(String s) {
        writeBytes(PyStr.of(s).bytes());
    }

    public void writeObject(PyObject v, boolean raw) {
        PyObject s = raw ? Ops.str(v) : Ops.repr(v);
        writeBytes(((PyStr) s).bytes());
    }

    @ExposedMethod
    public void write(PyObject s) {
        if (s instanceof PyUnicode u) {
            s = PyStr.fromUnicodeDefault(u);
        }
        if (!(s instanceof PyStr str)) {
            throw Py.TypeError("expected a character buffer object");
        }
        writeBytes(str.bytes());
    }

    @ExposedMethod
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw Py.IOError(e.getMessage());
        }
    }

    @ExposedGet(name = "softspace")
    public int getSoftspace() {
        return softspace ? 1 : 0;
    }

    @ExposedSet(name = "softspace")
    public void setSoftspace(PyObject v) {
        softspace = Ops.isTrue(v);
    }

    @ExposedGet(name = "name")
    public PyObject getName() {
        return PyStr.of(name);
    }
}

package taipan.os.posix;

import java.io.IOException;

import taipan.runtime.*;
import taipan.runtime.io.Errno;
import taipan.runtime.io.FdIO;

/** Descriptor arguments, read and write on descriptors, and fdopen. */
final class Descriptors {
    private Descriptors() {}

    private static final int F_GETFL = 3, F_SETFL = 4, S_IFMT = 0170000, S_IFDIR = 0040000;

    /** PyObject_AsFileDescriptor: an integer, or the result of the object's fileno(). */
    static int fdOf(PyObject o) {
        PyObject v = o;
        if (!(o instanceof PyInt) && !(o instanceof PyLong)) {
            PyObject m = Ops.getattrOrNull(o, "fileno");
            if (m == null) {
                throw Py.TypeError("argument must be an int, or have a fileno() method.");
            }
            v = Ops.call(m);
            if (!(v instanceof PyInt) && !(v instanceof PyLong)) {
                throw Py.TypeError("fileno() returned a non-integer");
            }
        }
        long fd = Py.asLongArg(v);
        if (fd < 0) {
            throw Py.ValueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return (int) fd;
    }

    /** An integer argument where 2.7 says "an integer is required" (a float is refused). */
    static long intArg(PyObject v) {
        if (v instanceof PyFloat) {
            throw Py.TypeError("integer argument expected, got float");
        }
        if (v instanceof PyInt || v instanceof PyLong || v.getType().lookup(N.__int__) != null) {
            return Py.asLongArg(v);
        }
        throw Py.TypeError("an integer is required");
    }

    static PyObject read(int fd, int n) {
        if (n < 0) {
            throw PosixModule.error(Errno.EINVAL, null);
        }
        byte[] buf = new byte[n];
        long r = Native.libc().read(fd, buf, n);
        if (r < 0) {
            throw PosixModule.error(null);
        }
        return r == n ? PyStr.of(buf) : PyStr.of(buf, 0, (int) r);
    }

    static long write(int fd, PyObject data) {
        byte[] b;
        if (data instanceof PyStr s) {
            b = s.bytes();
        } else if (data instanceof PyUnicode u) {
            b = PyStr.fromUnicodeDefault(u).bytes();
        } else if (data instanceof BufferProtocol bp) {
            b = bp.bufferBytes();
        } else {
            throw Py.TypeError("must be string or buffer, not " + data.getType().getName());
        }
        long r = Native.libc().write(fd, b, b.length);
        if (r < 0) {
            throw PosixModule.error(null);
        }
        return r;
    }

    /** The bytes of a str argument (a unicode is encoded in ASCII), as a C string. */
    static byte[] cString(PyObject o, String func, int argn) {
        byte[] b;
        if (o instanceof PyStr s) {
            b = s.bytes();
        } else if (o instanceof PyUnicode u) {
            b = PyStr.fromUnicodeDefault(u).bytes();
        } else {
            throw Py.TypeError(func + "() argument " + argn + " must be string, not " + o.getType().getName());
        }
        for (byte x : b) {
            if (x == 0) {
                throw Py.TypeError("must be string without null bytes, not str");
            }
        }
        byte[] c = new byte[b.length + 1];
        System.arraycopy(b, 0, c, 0, b.length);
        return c;
    }

    /** posix.fdopen: a file object on descriptor fd, named "<fdopen>"; closing it closes fd. */
    static PyObject fdopen(int fd, String orgmode, int bufsize) {
        String mode = sanitize(orgmode);
        byte[] st = new byte[StatResult.SIZE];
        LibC c = Native.libc();
        if (c.fstat(fd, st) < 0) {
            throw PosixModule.error(null);
        }
        int stMode = java.nio.ByteBuffer.wrap(st).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getInt(StatResult.AARCH64 ? 16 : 24);
        if ((stMode & S_IFMT) == S_IFDIR) {
            throw new PyException(Exceptions.IOError, Exceptions.newInstance(Exceptions.IOError,
                    PyInt.of(Errno.EISDIR), PyStr.of(Errno.strerror(Errno.EISDIR)), PyStr.of("<fdopen>")));
        }
        int flags = c.fcntl(fd, F_GETFL, 0);
        if (flags < 0) {
            throw PosixModule.error(null);
        }
        boolean plus = mode.indexOf('+') >= 0;
        boolean readable = mode.charAt(0) == 'r' || plus;
        boolean writable = mode.charAt(0) != 'r' || plus;
        int acc = flags & 3;
        // fdopen(3) refuses a mode the descriptor's access mode does not allow
        if ((readable && acc == PosixModule.O_WRONLY) || (writable && acc == PosixModule.O_RDONLY)) {
            throw PosixModule.error(Errno.EINVAL, null);
        }
        boolean append = mode.charAt(0) == 'a';
        if (append && (flags & PosixModule.O_APPEND) == 0) {
            c.fcntl(fd, F_SETFL, flags | PosixModule.O_APPEND);
        }
        FdIO raw;
        try {
            raw = FdIO.fromFd(fd, readable, writable, append || (flags & PosixModule.O_APPEND) != 0, true);
        } catch (IOException e) {
            int en = Errno.errnoOf(e);
            throw PosixModule.error(en, null);
        }
        return PyFile.fromRaw(raw, PyStr.of("<fdopen>"), orgmode, bufsize, true);
    }

    /** _PyFile_SanitizeMode. */
    private static String sanitize(String m) {
        if (m.isEmpty()) {
            throw Py.ValueError("empty mode string");
        }
        int u = m.indexOf('U');
        if (u >= 0) {
            String s = m.substring(0, u) + m.substring(u + 1);
            if (s.startsWith("w") || s.startsWith("a")) {
                throw Py.ValueError("universal newline mode can only be used with modes starting with 'r'");
            }
            return s.startsWith("r") ? s : "r" + s;
        }
        char c = m.charAt(0);
        if (c != 'r' && c != 'w' && c != 'a') {
            String shown = m.length() > 200 ? m.substring(0, 200) : m;
            throw Py.ValueError("mode string must begin with one of 'r', 'w', 'a' or 'U', not '" + shown + "'");
        }
        return m;
    }
}

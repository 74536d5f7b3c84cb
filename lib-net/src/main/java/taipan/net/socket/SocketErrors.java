package taipan.net.socket;

import taipan.runtime.*;

/**
 * The exception classes of the socket module ({@code socket.error} is an IOError, as in
 * 2.7) and the helpers raising them with real errno values and libc's messages.
 */
public final class SocketErrors {
    private SocketErrors() {}

    /** Classes made as PyErr_NewException makes them: heap classes of module "socket". */
    public static final PyType ERROR = newException("error", Exceptions.IOError);
    public static final PyType HERROR = newException("herror", ERROR);
    public static final PyType GAIERROR = newException("gaierror", ERROR);
    public static final PyType TIMEOUT = newException("timeout", ERROR);

    private static PyType newException(String name, PyType base) {
        PyDict d = new PyDict();
        d.setItem("__module__", PyStr.of("socket"));
        return (PyType) Ops.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), d);
    }

    /** {@code socket.error: [Errno n] strerror(n)}. */
    public static PyException errno(int errno) {
        return Py.envError(ERROR, errno, Native.strerror(errno), null);
    }

    /** The error the last libc call on this thread left in errno. */
    public static PyException lastErrno() {
        return errno(Native.errno());
    }

    /** {@code socket.error: message} (a one-argument error). */
    public static PyException message(String msg) {
        return new PyException(ERROR, msg);
    }

    public static PyException timeout() {
        return new PyException(TIMEOUT, "timed out");
    }

    /** getaddrinfo/getnameinfo failures: gaierror(code, gai_strerror(code)), or the errno for EAI_SYSTEM. */
    public static PyException gai(int code) {
        if (code == EAI_SYSTEM) {
            return lastErrno();
        }
        return Py.envError(GAIERROR, code, Native.libc().gai_strerror(code), null);
    }

    public static PyException herror(int code) {
        return Py.envError(HERROR, code, Native.libc().hstrerror(code), null);
    }

    static final int EAI_SYSTEM = -11;
}

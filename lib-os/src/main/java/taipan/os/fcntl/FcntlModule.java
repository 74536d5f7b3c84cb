package taipan.os.fcntl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import taipan.runtime.*;
import taipan.runtime.io.Errno;

/** {@code fcntl}: fcntl, ioctl, flock and lockf on real descriptors (Linux values). */
@PyModuleDef(name = "fcntl", doc = "This module performs file control and I/O control on file \ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object.")
public final class FcntlModule {
    private FcntlModule() {}

    @ExposedConstant static final int FD_CLOEXEC = 1, F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4,
            F_GETLK = 5, F_SETLK = 6, F_SETLKW = 7, F_GETLK64 = 5, F_SETLK64 = 6, F_SETLKW64 = 7, F_SETOWN = 8,
            F_GETOWN = 9, F_SETSIG = 10, F_GETSIG = 11, F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2, F_EXLCK = 4,
            F_SHLCK = 8, F_SETLEASE = 1024, F_GETLEASE = 1025, F_NOTIFY = 1026, FASYNC = 8192;
    @ExposedConstant static final int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8, LOCK_MAND = 32,
            LOCK_READ = 64, LOCK_WRITE = 128, LOCK_RW = 192;
    @ExposedConstant static final int DN_ACCESS = 1, DN_MODIFY = 2, DN_CREATE = 4, DN_DELETE = 8, DN_RENAME = 16,
            DN_ATTRIB = 32;
    @ExposedConstant static final long DN_MULTISHOT = 2147483648L;

    private static final int BUFSZ = 1024;

    private static FcntlLib lib() {
        return FcntlLib.Holder.LIB;
    }

    private static PyException ioError() {
        int e = FcntlLib.Holder.RUNTIME.getLastError();
        return Py.IOError(e, Errno.strerror(e), null);
    }

    /** PyObject_AsFileDescriptor. */
    static int fd(PyObject o) {
        PyObject v = o;
        if (!(o instanceof PyInt) && !(o instanceof PyLong)) {
            PyObject m = Ops.getattrOrNull(o, "fileno");
            if (m == null) {
                throw Py.TypeError("argument must be an int, or have a fileno() method");
            }
            v = Ops.call(m);
            if (!(v instanceof PyInt) && !(v instanceof PyLong)) {
                throw Py.TypeError("fileno() returned a non-integer");
            }
        }
        long n = Py.asLongArg(v);
        if (n < 0) {
            throw Py.ValueError("file descriptor cannot be a negative integer (" + n + ")");
        }
        return (int) n;
    }

    /** The integer third argument (absent: 0). */
    private static long intArg(PyObject v) {
        if (v == Py.None) {
            return 0;
        }
        if (v instanceof PyFloat) {
            throw Py.TypeError("integer argument expected, got float");
        }
        return Py.asLongArg(v);
    }

    @ExposedMethod(doc = "fcntl(fd, opt, [arg])\n\nPerform the requested operation on file descriptor fd.  The operation\nis defined by op and is operating system dependent.  These constants are\navailable from the fcntl module.  The argument arg is optional, and\ndefaults to 0; it may be an int or a string.  If arg is given as a string,\nthe return value of fcntl is a string of that length, containing the\nresulting value put in the arg buffer by the operating system.  The length\nof the arg string is not allowed to exceed 1024 bytes.  If the arg given\nis an integer or if none is specified, the result value is an integer\ncorresponding to the return value of the fcntl call in the C code.")
    static PyObject fcntl(PyObject fdObj, int op, @Default("None") PyObject arg) {
        int fd = fd(fdObj);
        if (arg instanceof PyStr || (arg instanceof BufferProtocol && !(arg instanceof PyInt))) {
            byte[] b = ((BufferProtocol) arg).bufferBytes();
            if (b.length > BUFSZ) {
                throw Py.ValueError("fcntl string arg too long");
            }
            byte[] buf = java.util.Arrays.copyOf(b, BUFSZ);
            if (lib().fcntl(fd, op, buf) < 0) {
                throw ioError();
            }
            return PyStr.of(buf, 0, b.length);
        }
        int r = lib().fcntl(fd, op, intArg(arg));
        if (r < 0) {
            throw ioError();
        }
        return PyInt.of(r);
    }

    @ExposedMethod(doc = "ioctl(fd, opt[, arg[, mutate_flag]])\n\nPerform the requested operation on file descriptor fd.  The operation is\ndefined by opt and is operating system dependent.  Typically these codes are\nretrieved from the fcntl or termios library modules.")
    static PyObject ioctl(PyObject fdObj, long op, @Default("None") PyObject arg, @Default("True") boolean mutate) {
        int fd = fd(fdObj);
        if (arg instanceof BufferProtocol bp && !(arg instanceof PyInt)) {
            byte[] b = bp.bufferBytes();
            boolean writeBack = mutate && bp.isWritableBuffer();
            if (!writeBack && b.length > BUFSZ) {
                throw Py.ValueError("ioctl string arg too long");
            }
            byte[] buf = java.util.Arrays.copyOf(b, Math.max(b.length, BUFSZ));
            int r = lib().ioctl(fd, op & 0xffffffffL, buf);
            if (r < 0) {
                throw ioError();
            }
            if (writeBack) {
                bp.storeBytes(0, buf, 0, b.length);
                return PyInt.of(r);
            }
            return PyStr.of(buf, 0, b.length);
        }
        int r = lib().ioctl(fd, op & 0xffffffffL, intArg(arg));
        if (r < 0) {
            throw ioError();
        }
        return PyInt.of(r);
    }

    @ExposedMethod(doc = "flock(fd, operation)\n\nPerform the lock operation op on file descriptor fd.  See the Unix \nmanual page for flock(2) for details.  (On some systems, this function is\nemulated using fcntl().)")
    static void flock(PyObject fdObj, int op) {
        int fd = fd(fdObj);
        while (lib().flock(fd, op) < 0) {
            if (FcntlLib.Holder.RUNTIME.getLastError() != Errno.EINTR) {
                throw ioError();
            }
            if (Safepoint.pending) {
                Safepoint.run();
            }
        }
    }

    @ExposedMethod(doc = "lockf (fd, operation, length=0, start=0, whence=0)\n\nThis is essentially a wrapper around the fcntl() locking calls.  fd is the\nfile descriptor of the file to lock or unlock, and operation is one of the\nfollowing values:\n\n    LOCK_UN - unlock\n    LOCK_SH - acquire a shared lock\n    LOCK_EX - acquire an exclusive lock\n\nWhen operation is LOCK_SH or LOCK_EX, it can also be bitwise ORed with\nLOCK_NB to avoid blocking on lock acquisition.  If LOCK_NB is used and the\nlock cannot be acquired, an IOError will be raised and the exception will\nhave an errno attribute set to EACCES or EAGAIN (depending on the operating\nsystem -- for portability, check for either value).\n\nlength is the number of bytes to lock, with the default meaning to lock to\nEOF.  start is the byte offset, relative to whence, to that the lock\nstarts.  whence is as with fileobj.seek(), specifically:\n\n    0 - relative to the start of the file (SEEK_SET)\n    1 - relative to the current buffer position (SEEK_CUR)\n    2 - relative to the end of the file (SEEK_END)")
    static void lockf(PyObject fdObj, int code, @Default("0") long length, @Default("0") long start,
                      @Default("0") int whence) {
        int fd = fd(fdObj);
        short type;
        if (code == LOCK_UN) {
            type = F_UNLCK;
        } else if ((code & LOCK_SH) != 0) {
            type = F_RDLCK;
        } else if ((code & LOCK_EX) != 0) {
            type = F_WRLCK;
        } else {
            throw Py.ValueError("unrecognized lockf argument");
        }
        // struct flock: l_type, l_whence (shorts), l_start, l_len (off_t), l_pid
        byte[] fl = new byte[32];
        ByteBuffer b = ByteBuffer.wrap(fl).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(0, type).putShort(2, (short) whence).putLong(8, start).putLong(16, length);
        int cmd = (code & LOCK_NB) != 0 ? F_SETLK : F_SETLKW;
        while (lib().fcntl(fd, cmd, fl) < 0) {
            if (FcntlLib.Holder.RUNTIME.getLastError() != Errno.EINTR || cmd != F_SETLKW) {
                throw ioError();
            }
            if (Safepoint.pending) {
                Safepoint.run();
            }
        }
    }
}

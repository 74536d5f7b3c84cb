package taipan.net.select;

import java.util.ArrayList;
import java.util.List;

import taipan.net.socket.Native;
import taipan.runtime.*;

/**
 * The {@code select} module: select(), poll objects and epoll objects over any object with
 * a fileno(). select() is built on poll(2), so it has no FD_SETSIZE limit of its own (but
 * refuses descriptors ≥ 1024 as 2.7 does). Waits are sliced so signal handlers and Ctrl-C
 * run while blocked.
 */
@PyModuleDef(name = "select", doc = "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows and OpenVMS, only sockets are supported; on Unix, all file descriptors.")
public final class SelectModule {
    private SelectModule() {}

    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;
    static final int EINTR = 4, EBADF = 9, EINVAL = 22;
    private static final int FD_SETSIZE = 1024;

    public static final PyType ERROR = newError();

    private static PyType newError() {
        PyDict d = new PyDict();
        d.setItem("__module__", PyStr.of("select"));
        return (PyType) Ops.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(Exceptions.Exception), d);
    }

    private static final String CONSTANTS = "EPOLLERR=8 EPOLLET=2147483648 EPOLLHUP=16 EPOLLIN=1 EPOLLMSG=1024 "
            + "EPOLLONESHOT=1073741824 EPOLLOUT=4 EPOLLPRI=2 EPOLLRDBAND=128 EPOLLRDNORM=64 EPOLLWRBAND=512 "
            + "EPOLLWRNORM=256 PIPE_BUF=4096 POLLERR=8 POLLHUP=16 POLLIN=1 POLLMSG=1024 POLLNVAL=32 POLLOUT=4 "
            + "POLLPRI=2 POLLRDBAND=128 POLLRDNORM=64 POLLWRBAND=512 POLLWRNORM=256";

    static void init(PyModule m) {
        for (String item : CONSTANTS.split(" ")) {
            int eq = item.indexOf('=');
            m.set(item.substring(0, eq), PyInt.of(Long.parseLong(item.substring(eq + 1))));
        }
        m.set("error", ERROR);
        m.set("epoll", PyEpoll.TYPE);
    }

    /** select.error(errno, strerror). */
    static PyException error(int errno) {
        return new PyException(ERROR, Exceptions.newInstance(ERROR, PyInt.of(errno), PyStr.of(Native.strerror(errno))));
    }

    /** PyObject_AsFileDescriptor: an int, or the result of the object's fileno(). */
    static int fileno(PyObject o) {
        long fd;
        if (o instanceof PyInt || o instanceof PyLong) {
            fd = Py.asLongArg(o);
        } else {
            PyObject meth = Ops.getattrOrNull(o, "fileno");
            if (meth == null) {
                throw Py.TypeError("argument must be an int, or have a fileno() method");
            }
            PyObject r = Ops.call(meth);
            if (!(r instanceof PyInt || r instanceof PyLong)) {
                throw Py.TypeError("fileno() returned a non-integer");
            }
            fd = Py.asLongArg(r);
        }
        if (fd < 0) {
            throw Py.ValueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        if (fd > Integer.MAX_VALUE) {
            throw Py.OverflowError("Python int too large to convert to C int");
        }
        return (int) fd;
    }

    /**
     * poll(2) on {@code pfd} (struct pollfd array) for up to {@code timeoutMs} (negative:
     * forever), in slices; returns the count ready, raising select.error(EINTR) when a
     * signal interrupted the wait and its handler did not raise.
     */
    static int pollSliced(byte[] pfd, int n, long timeoutMs) {
        long deadline = timeoutMs < 0 ? 0 : System.nanoTime() + timeoutMs * 1_000_000L;
        taipan.net.socket.Interruption intr = new taipan.net.socket.Interruption();
        while (true) {
            int slice = 200;
            if (timeoutMs >= 0) {
                long left = deadline - System.nanoTime();
                slice = (int) Math.max(0, Math.min(200, (left + 999_999) / 1_000_000));
            }
            int r = Native.libc().poll(pfd, n, slice);
            if (r < 0) {
                int e = Native.errno();
                if (e != EINTR) {
                    throw error(e);
                }
            } else if (r > 0 || (timeoutMs >= 0 && System.nanoTime() - deadline >= 0) || timeoutMs == 0) {
                return r;
            }
            if (intr.interrupted()) {
                throw error(EINTR);
            }
        }
    }

    static void putPollFd(byte[] pfd, int i, int fd, int events) {
        int o = i * 8;
        pfd[o] = (byte) fd;
        pfd[o + 1] = (byte) (fd >>> 8);
        pfd[o + 2] = (byte) (fd >>> 16);
        pfd[o + 3] = (byte) (fd >>> 24);
        pfd[o + 4] = (byte) events;
        pfd[o + 5] = (byte) (events >>> 8);
        pfd[o + 6] = 0;
        pfd[o + 7] = 0;
    }

    static int revents(byte[] pfd, int i) {
        return (pfd[i * 8 + 6] & 0xff) | (pfd[i * 8 + 7] & 0xff) << 8;
    }

    private static List<PyObject> seq(PyObject o) {
        if (!(o instanceof PyList) && !(o instanceof PyTuple) && Ops.getattrOrNull(o, "__getitem__") == null) {
            throw Py.TypeError("arguments 1-3 must be sequences");
        }
        try {
            return Ops.toList(o);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw Py.TypeError("arguments 1-3 must be sequences");
            }
            throw e;
        }
    }

    @ExposedMethod(doc = "select(rlist, wlist, xlist[, timeout]) -> (rlist, wlist, xlist)\n\nWait until one or more file descriptors are ready for some kind of I/O.\nThe first three arguments are sequences of file descriptors to be waited for:\nrlist -- wait until ready for reading\nwlist -- wait until ready for writing\nxlist -- wait for an ``exceptional condition''\nIf only one kind of condition is required, pass [] for the other lists.\nA file descriptor is either a socket or file object, or a small integer\ngotten from a fileno() method call on one of those.\n\nThe optional 4th argument specifies a timeout in seconds; it may be\na floating point number to specify fractions of seconds.  If it is absent\nor None, the call will never time out.\n\nThe return value is a tuple of three lists corresponding to the first three\narguments; each contains the subset of the corresponding file descriptors\nthat are ready.\n\n*** IMPORTANT NOTICE ***\nOn Windows and OpenVMS, only sockets are supported; on Unix, all file\ndescriptors can be used.")
    static PyObject select(PyObject rlist, PyObject wlist, PyObject xlist, @Default("None") PyObject timeout) {
        long ms;
        if (timeout == Py.None) {
            ms = -1;
        } else {
            double t;
            try {
                t = Py.asDoubleArg(timeout);
            } catch (PyException e) {
                throw Py.TypeError("timeout must be a float or None");
            }
            if (t < 0) {
                throw error(EINVAL);
            }
            ms = (long) Math.ceil(Math.min(t, 1e12) * 1000);
        }
        // descriptors are read as CPython does: a list is walked live, so a fileno() that
        // shrinks it shortens the walk
        List<List<PyObject>> lists = new ArrayList<>();
        List<Integer> fdList = new ArrayList<>();
        int[] kinds = {POLLIN, POLLOUT, POLLPRI};
        List<Integer> kindList = new ArrayList<>();
        PyObject[] args = {rlist, wlist, xlist};
        for (int l = 0; l < 3; l++) {
            List<PyObject> objs = new ArrayList<>();
            if (args[l] instanceof PyList pl) {
                for (int i = 0; i < pl.size(); i++) {
                    PyObject o = pl.get(i);
                    addFd(o, objs, fdList);
                }
            } else {
                for (PyObject o : seq(args[l])) {
                    addFd(o, objs, fdList);
                }
            }
            for (int i = 0; i < objs.size(); i++) {
                kindList.add(kinds[l]);
            }
            lists.add(objs);
        }
        int total = fdList.size();
        byte[] pfd = new byte[Math.max(total, 1) * 8];
        for (int k = 0; k < total; k++) {
            putPollFd(pfd, k, fdList.get(k), kindList.get(k));
        }
        if (total == 0) {
            pollSliced(pfd, 0, ms);
            return PyTuple.of(new PyList(), new PyList(), new PyList());
        }
        pollSliced(pfd, total, ms);
        PyList[] out = {new PyList(), new PyList(), new PyList()};
        int k = 0;
        for (int l = 0; l < 3; l++) {
            for (PyObject o : lists.get(l)) {
                int re = revents(pfd, k++);
                if ((re & POLLNVAL) != 0) {
                    throw error(EBADF);
                }
                boolean ready = switch (l) {
                    case 0 -> (re & (POLLIN | POLLHUP | POLLERR)) != 0;
                    case 1 -> (re & (POLLOUT | POLLERR)) != 0;
                    default -> (re & POLLPRI) != 0;
                };
                if (ready) {
                    out[l].append(o);
                }
            }
        }
        return PyTuple.of(out[0], out[1], out[2]);
    }

    @ExposedMethod(doc = "Returns a polling object, which supports registering and\nunregistering file descriptors, and then polling them for I/O events.")
    static PyObject poll() {
        return new PyPoll();
    }

    private static void addFd(PyObject o, List<PyObject> objs, List<Integer> fds) {
        int fd = fileno(o);
        if (fd >= FD_SETSIZE) {
            throw Py.ValueError("filedescriptor out of range in select()");
        }
        objs.add(o);
        fds.add(fd);
    }
}

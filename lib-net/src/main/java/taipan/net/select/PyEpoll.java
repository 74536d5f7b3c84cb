package taipan.net.select;

import taipan.net.socket.Native;
import taipan.net.socket.NetLibC;
import taipan.runtime.*;

/** {@code select.epoll}: the Linux epoll interface over a real epoll descriptor. */
@ExposedType(name = "select.epoll", doc = "select.epoll([sizehint=-1])\n\nReturns an epolling object\n\nsizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize internal data structures. It doesn't limit\nthe maximum number of monitored events.")
public class PyEpoll extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyEpoll.class);

    private static final int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3, EPOLL_CLOEXEC = 02000000;
    /** struct epoll_event is packed on x86_64 (12 bytes), naturally aligned elsewhere (16). */
    private static final boolean PACKED = !System.getProperty("os.arch").contains("aarch64");
    private static final int EVENT_SIZE = PACKED ? 12 : 16, DATA_OFF = PACKED ? 4 : 8;

    volatile int epfd = -1;

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject epoll_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("epoll", args, kw, new String[] {"sizehint"}, 0);
        int hint = v[0] == null ? -1 : Py.asIntArg(v[0]);
        if (hint < -1 || hint == 0) {
            throw Py.ValueError("negative sizehint");
        }
        PyEpoll e = subtype == TYPE ? new PyEpoll() : new Derived(subtype);
        int fd = Native.libc().epoll_create1(EPOLL_CLOEXEC);
        if (fd < 0) {
            throw ioError(Native.errno());
        }
        e.epfd = fd;
        return e;
    }

    @ExposedMethod(classMethod = true, doc = "fromfd(fd) -> epoll\n\nCreate an epoll object from a given control fd.")
    static PyObject fromfd(PyType cls, int fd) {
        PyEpoll e = cls == TYPE ? new PyEpoll() : new Derived(cls);
        e.epfd = fd;
        return e;
    }

    static PyException ioError(int errno) {
        return Py.IOError(errno, Native.strerror(errno), null);
    }

    private int check() {
        int f = epfd;
        if (f < 0) {
            throw Py.ValueError("I/O operation on closed epoll fd");
        }
        return f;
    }

    @ExposedMethod(doc = "close() -> None\n\nClose the epoll control file descriptor. Further operations on the epoll\nobject will raise an exception.")
    public synchronized PyObject close() {
        int f = epfd;
        if (f >= 0) {
            epfd = -1;
            Native.libc().close(f);
        }
        return Py.None;
    }

    @ExposedGet(name = "closed", doc = "True if the epoll handler is closed")
    public PyObject getClosed() {
        return Py.bool(epfd < 0);
    }

    @ExposedMethod(doc = "fileno() -> int\n\nReturn the epoll control file descriptor.")
    public long fileno() {
        return check();
    }

    private PyObject ctl(int op, PyObject fd, int events) {
        int f = check();
        int target = SelectModule.fileno(fd);
        byte[] ev = new byte[EVENT_SIZE];
        ev[0] = (byte) events;
        ev[1] = (byte) (events >>> 8);
        ev[2] = (byte) (events >>> 16);
        ev[3] = (byte) (events >>> 24);
        ev[DATA_OFF] = (byte) target;
        ev[DATA_OFF + 1] = (byte) (target >>> 8);
        ev[DATA_OFF + 2] = (byte) (target >>> 16);
        ev[DATA_OFF + 3] = (byte) (target >>> 24);
        if (Native.libc().epoll_ctl(f, op, target, ev) < 0) {
            throw ioError(Native.errno());
        }
        return Py.None;
    }

    private static int mask(PyObject m) {
        return (int) Py.asLongArg(m);
    }

    @ExposedMethod(keywords = true, doc = "register(fd[, eventmask]) -> None\n\nRegisters a new fd or raises an IOError if the fd is already registered.\nfd is the target file descriptor of the operation.\nevents is a bit set composed of the various EPOLL constants; the default\nis EPOLL_IN | EPOLL_OUT | EPOLL_PRI.\n\nThe epoll interface supports all file descriptors that support poll.")
    public PyObject register(PyObject fd, @Default("None") PyObject eventmask) {
        return ctl(EPOLL_CTL_ADD, fd, eventmask == Py.None ? 7 : mask(eventmask));
    }

    @ExposedMethod(keywords = true, doc = "modify(fd, eventmask) -> None\n\nfd is the target file descriptor of the operation\nevents is a bit set composed of the various EPOLL constants")
    public PyObject modify(PyObject fd, PyObject eventmask) {
        return ctl(EPOLL_CTL_MOD, fd, mask(eventmask));
    }

    @ExposedMethod(keywords = true, doc = "unregister(fd) -> None\n\nfd is the target file descriptor of the operation.")
    public PyObject unregister(PyObject fd) {
        return ctl(EPOLL_CTL_DEL, fd, 0);
    }

    @ExposedMethod(keywords = true, doc = "poll([timeout=-1[, maxevents=-1]]) -> [(fd, events), (...)]\n\nWait for events on the epoll file descriptor for a maximum time of timeout\nin seconds (as float). -1 makes poll wait indefinitely.\nUp to maxevents are returned to the caller.")
    public PyObject poll(@Default("-1.0") double timeout, @Default("-1") int maxevents) {
        int f = check();
        long ms = timeout < 0 ? -1 : (long) Math.ceil(timeout * 1000);
        if (maxevents == -1) {
            maxevents = 1024;
        } else if (maxevents < 1) {
            throw Py.ValueError("maxevents must be greater than 0, got " + maxevents);
        }
        byte[] evs = new byte[EVENT_SIZE * maxevents];
        NetLibC c = Native.libc();
        long deadline = ms < 0 ? 0 : System.nanoTime() + ms * 1_000_000L;
        int n;
        taipan.net.socket.Interruption intr = new taipan.net.socket.Interruption();
        while (true) {
            int slice = 200;
            if (ms >= 0) {
                long left = deadline - System.nanoTime();
                slice = (int) Math.max(0, Math.min(200, (left + 999_999) / 1_000_000));
            }
            n = c.epoll_wait(f, evs, maxevents, slice);
            if (n < 0) {
                int e = Native.errno();
                if (e != SelectModule.EINTR) {
                    throw ioError(e);
                }
            } else if (n > 0 || ms == 0 || (ms > 0 && System.nanoTime() - deadline >= 0)) {
                break;
            }
            if (intr.interrupted()) {
                throw ioError(SelectModule.EINTR);
            }
        }
        PyList out = new PyList();
        for (int i = 0; i < n; i++) {
            int o = i * EVENT_SIZE;
            int events = (evs[o] & 0xff) | (evs[o + 1] & 0xff) << 8 | (evs[o + 2] & 0xff) << 16 | (evs[o + 3] & 0xff) << 24;
            int d = o + DATA_OFF;
            int fd = (evs[d] & 0xff) | (evs[d + 1] & 0xff) << 8 | (evs[d + 2] & 0xff) << 16 | (evs[d + 3] & 0xff) << 24;
            out.append(PyTuple.of(PyInt.of(fd), PyInt.of(Integer.toUnsignedLong(events))));
        }
        return out;
    }

    public static final class Derived extends PyEpoll implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            this.type = type;
            this.dict = taipan.runtime.Derived.dictFor(type);
            this.slots = taipan.runtime.Derived.slotsFor(type);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}

package taipan.net.socket;

import taipan.runtime.*;

/**
 * {@code _socket.socket}: a socket over a real file descriptor. Timeouts follow 2.7: a
 * socket with a timeout (or non-blocking) has O_NONBLOCK set and every operation first
 * waits with poll(2) for readiness; blocking sockets also wait in short poll slices, so
 * Ctrl-C and signal handlers run while a call is blocked.
 */
@ExposedType(name = "_socket.socket", doc = "socket([family[, type[, proto]]]) -> socket object\n\nOpen a socket of the given type.  The family argument specifies the\naddress family; it defaults to AF_INET.  The type argument specifies\nwhether this is a stream (SOCK_STREAM, this is the default)\nor datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\nspecifying the default protocol.  Keyword arguments are accepted.")
public class PySocket extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin(PySocket.class);

    static final int EINTR = 4, EBADF = 9, EAGAIN = 11, EINPROGRESS = 115;
    static final int POLLIN = 1, POLLOUT = 4;
    private static final int F_GETFL = 3, F_SETFL = 4, O_NONBLOCK = 04000;
    private static final int SOL_SOCKET = 1, SO_ERROR = 4;

    volatile int fd = -1;
    /** Closes the descriptor of a socket that became unreachable while open, as 2.7's deallocation does. */
    private Closer closer;
    int family, stype, proto;
    /** Seconds; negative: blocking without timeout. */
    double timeout = -1.0;

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject socket_new(PyType subtype, PyObject[] args, String[] kw) {
        return subtype == TYPE ? new PySocket() : new Derived(subtype);
    }

    private static final String[] INIT_PARAMS = {"family", "type", "proto"};

    @Override
    public void __init__(PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("socket", args, kw, INIT_PARAMS, 0);
        int fam = v[0] == null ? SockAddr.AF_INET : Py.asIntArg(v[0]);
        int typ = v[1] == null ? 1 : Py.asIntArg(v[1]);
        int pro = v[2] == null ? 0 : Py.asIntArg(v[2]);
        int s = makingFds(() -> Native.libc().socket(fam, typ, pro));
        if (s < 0) {
            throw SocketErrors.lastErrno();
        }
        init(s, fam, typ, pro);
    }

    /** A new socket object owning {@code fd}, with the module's default timeout. */
    static PySocket wrap(int fd, int family, int type, int proto) {
        PySocket s = new PySocket();
        s.init(fd, family, type, proto);
        return s;
    }

    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    private static final class Closer implements Runnable {
        volatile int fd;

        Closer(int fd) {
            this.fd = fd;
        }

        @Override
        public void run() {
            int f = fd;
            if (f >= 0) {
                fd = -1;
                Native.libc().close(f);
            }
        }
    }

    /**
     * Runs a call that makes descriptors; when the process is out of them (EMFILE, ENFILE),
     * collects unreachable sockets (their Closers run) and tries once more.
     */
    static int makingFds(java.util.function.IntSupplier call) {
        int r = call.getAsInt();
        if (r < 0 && (Native.errno() == 24 || Native.errno() == 23)) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r = call.getAsInt();
        }
        return r;
    }

    void init(int newFd, int fam, int typ, int pro) {
        fd = newFd;
        if (closer != null) {
            closer.fd = -1;
        }
        closer = new Closer(newFd);
        CLEANER.register(this, closer);
        family = fam;
        stype = typ;
        proto = pro;
        timeout = SocketModule.defaultTimeout;
        if (timeout >= 0) {
            setNonBlocking(true);
        }
    }

    private void setNonBlocking(boolean on) {
        NetLibC c = Native.libc();
        int fl = c.fcntl(fd, F_GETFL, 0);
        if (fl < 0) {
            return; // a closed socket: the next operation reports EBADF
        }
        c.fcntl(fd, F_SETFL, on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK);
    }

    // ---- waiting --------------------------------------------------------------------------

    /** The deadline (System.nanoTime) of an operation starting now, or 0 for none. */
    private long deadline() {
        return timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : 0;
    }

    /**
     * Waits until the socket is ready for {@code events} (POLLIN/POLLOUT) or the deadline
     * passes (socket.timeout). A non-blocking socket does not wait: its call reports EAGAIN.
     */
    private void await(int events, long deadline, Interruption intr) {
        if (timeout == 0.0) {
            return;
        }
        byte[] pfd = new byte[8];
        NetLibC c = Native.libc();
        while (true) {
            int f = fd;
            if (f < 0) {
                throw SocketErrors.errno(EBADF);
            }
            int slice = 200;
            if (deadline != 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw SocketErrors.timeout();
                }
                slice = (int) Math.min(200, (left + 999_999) / 1_000_000);
            }
            Resolver.putInt(pfd, 0, f);
            pfd[4] = (byte) events;
            pfd[5] = pfd[6] = pfd[7] = 0;
            int n = c.poll(pfd, 1, slice);
            if (n > 0) {
                return;
            }
            if (n < 0) {
                int e = Native.errno();
                if (e != EINTR) {
                    throw SocketErrors.errno(e);
                }
            }
            if (intr.interrupted()) {
                throw SocketErrors.errno(EINTR);
            }
        }
    }

    /**
     * After a failed call: whether to try again (EAGAIN while a timeout runs; EINTR that no
     * Python handler caused). EINTR from a handled signal is reported, as 2.7 does.
     */
    private boolean retry(int e, Interruption intr) {
        if (e == EINTR) {
            return !intr.interrupted();
        }
        return e == EAGAIN && timeout != 0.0 && fd >= 0;
    }

    // ---- data -------------------------------------------------------------------------------

    /** The bytes of a str, buffer or bytearray argument ('s*'). */
    static byte[] data(PyObject o, String who) {
        return data(o, who, "string or buffer");
    }

    static byte[] data(PyObject o, String who, String kind) {
        if (o instanceof PyStr s) {
            return s.bytes();
        }
        if (o instanceof PyUnicode) {
            return ((PyStr) Ops.str(o)).bytes();
        }
        if (o instanceof BufferProtocol b) {
            return b.bufferBytes();
        }
        throw Py.TypeError(who + " must be " + kind + ", not " + o.getType().getName());
    }

    @ExposedMethod(doc = "send(data[, flags]) -> count\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  Return the number of bytes\nsent; this may be less than len(data) if the network is busy.")
    public long send(PyObject data, @Default("0") int flags) {
        byte[] b = data(data, "send() argument 1");
        return sendBytes(b, 0, b.length, flags, deadline());
    }

    private long sendBytes(byte[] b, int off, int len, int flags, long deadline) {
        len = Math.min(len, 1 << 22);
        jnr.ffi.Pointer chunk = Buffers.get(len);
        chunk.put(0, b, off, len);
        NetLibC c = Native.libc();
        Interruption intr = new Interruption();
        while (true) {
            await(POLLOUT, deadline, intr);
            long n = c.send(fd, chunk, len, flags);
            if (n >= 0) {
                return n;
            }
            int e = Native.errno();
            if (!retry(e, intr)) {
                throw SocketErrors.errno(e);
            }
        }
    }

    @ExposedMethod(doc = "sendall(data[, flags])\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  This calls send() repeatedly\nuntil all data is sent.  If an error occurs, it's impossible\nto tell how much data has been sent.")
    public PyObject sendall(PyObject data, @Default("0") int flags) {
        byte[] b = data(data, "sendall() argument 1");
        int off = 0;
        do {
            // as in 2.7, the timeout bounds each wait, not the whole call
            long n = sendBytes(b, off, b.length - off, flags, deadline());
            off += (int) n;
            if (Safepoint.pending) {
                Safepoint.run();
            }
        } while (off < b.length);
        return Py.None;
    }

    @ExposedMethod(doc = "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but allows specifying the destination address.\nFor IP sockets, the address is a pair (hostaddr, port).")
    public PyObject sendto(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("sendto", kw);
        if (args.length < 2 || args.length > 3) {
            throw Py.TypeError("sendto() takes 2 or 3 arguments (" + args.length + " given)");
        }
        byte[] b = data(args[0], "sendto() argument 1");
        int flags = args.length == 3 ? Py.asIntArg(args[1]) : 0;
        SockAddr.Raw addr = SockAddr.encode(args[args.length - 1], family, "sendto");
        NetLibC c = Native.libc();
        long deadline = deadline();
        Interruption intr = new Interruption();
        while (true) {
            await(POLLOUT, deadline, intr);
            long n = c.sendto(fd, b, b.length, flags, addr.bytes(), addr.length());
            if (n >= 0) {
                return PyInt.of(n);
            }
            int e = Native.errno();
            if (!retry(e, intr)) {
                throw SocketErrors.errno(e);
            }
        }
    }

    /** Receives up to {@code len} bytes (returned, exactly as many as came); addr/alen (may be null) receive the sender. */
    private byte[] receive(int len, int flags, byte[] addr, int[] alen) {
        NetLibC c = Native.libc();
        long deadline = deadline();
        Interruption intr = new Interruption();
        jnr.ffi.Pointer buf = Buffers.get(len);
        while (true) {
            await(POLLIN, deadline, intr);
            long n;
            if (addr == null) {
                n = c.recv(fd, buf, len, flags);
            } else {
                alen[0] = addr.length;
                n = c.recvfrom(fd, buf, len, flags, addr, alen);
            }
            if (n >= 0) {
                byte[] out = new byte[(int) n];
                buf.get(0, out, 0, (int) n);
                return out;
            }
            int e = Native.errno();
            if (!retry(e, intr)) {
                throw SocketErrors.errno(e);
            }
        }
    }

    @ExposedMethod(doc = "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket.  For the optional flags\nargument, see the Unix manual.  When no data is available, block until\nat least one byte is available or until the remote end is closed.  When\nthe remote end is closed and all data is read, return the empty string.")
    public PyObject recv(int bufsize, @Default("0") int flags) {
        if (bufsize < 0) {
            throw Py.ValueError("negative buffersize in recv");
        }
        return PyStr.of(receive(bufsize, flags, null, null));
    }

    @ExposedMethod(doc = "recvfrom(buffersize[, flags]) -> (data, address info)\n\nLike recv(buffersize, flags) but also return the sender's address info.")
    public PyObject recvfrom(int bufsize, @Default("0") int flags) {
        if (bufsize < 0) {
            throw Py.ValueError("negative buffersize in recvfrom");
        }
        byte[] addr = new byte[SockAddr.STORAGE];
        int[] alen = new int[1];
        byte[] data = receive(bufsize, flags, addr, alen);
        return PyTuple.of(PyStr.of(data), SockAddr.decode(addr, alen[0]));
    }

    private static BufferProtocol writable(PyObject buffer, String who) {
        if (buffer instanceof BufferProtocol b && b.isWritableBuffer()) {
            return b;
        }
        throw Py.TypeError(who + "() argument 1 must be read-write buffer, not " + buffer.getType().getName());
    }

    private int intoBuffer(PyObject buffer, int nbytes, int flags, String who, byte[] addr, int[] alen) {
        BufferProtocol b = writable(buffer, who);
        if (nbytes < 0) {
            throw Py.ValueError("negative buffersize in " + who);
        }
        int size = b.bufferLength();
        if (nbytes == 0) {
            nbytes = size;
        }
        if (size < nbytes) {
            throw Py.ValueError("buffer too small for requested bytes");
        }
        byte[] got = receive(nbytes, flags, addr, alen);
        b.storeBytes(0, got, 0, got.length);
        return got.length;
    }

    @ExposedMethod(keywords = true, doc = "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of recv() that stores its data into a buffer rather than creating \na new string.  Receive up to buffersize bytes from the socket.  If buffersize \nis not specified (or 0), receive up to the size available in the given buffer.\n\nSee recv() for documentation about the flags.")
    public long recv_into(PyObject buffer, @Default("0") int nbytes, @Default("0") int flags) {
        return intoBuffer(buffer, nbytes, flags, "recv_into", null, null);
    }

    @ExposedMethod(keywords = true, doc = "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\nLike recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info.")
    public PyObject recvfrom_into(PyObject buffer, @Default("0") int nbytes, @Default("0") int flags) {
        byte[] addr = new byte[SockAddr.STORAGE];
        int[] alen = new int[1];
        int n = intoBuffer(buffer, nbytes, flags, "recvfrom_into", addr, alen);
        return PyTuple.of(PyInt.of(n), SockAddr.decode(addr, alen[0]));
    }

    // ---- connections ------------------------------------------------------------------------

    @ExposedMethod(doc = "bind(address)\n\nBind the socket to a local address.  For IP sockets, the address is a\npair (host, port); the host must refer to the local host. For raw packet\nsockets the address is a tuple (ifname, proto [,pkttype [,hatype]])")
    public PyObject bind(PyObject address) {
        SockAddr.Raw a = SockAddr.encode(address, family, "bind");
        if (Native.libc().bind(fd, a.bytes(), a.length()) != 0) {
            throw SocketErrors.lastErrno();
        }
        return Py.None;
    }

    @ExposedMethod(doc = "listen(backlog)\n\nEnable a server to accept connections.  The backlog argument must be at\nleast 0 (if it is lower, it is set to 0); it specifies the number of\nunaccepted connections that the system will allow before refusing new\nconnections.")
    public PyObject listen(int backlog) {
        if (Native.libc().listen(fd, Math.max(backlog, 0)) != 0) {
            throw SocketErrors.lastErrno();
        }
        return Py.None;
    }

    @ExposedMethod(doc = "accept() -> (socket object, address info)\n\nWait for an incoming connection.  Return a new socket representing the\nconnection, and the address of the client.  For IP sockets, the address\ninfo is a pair (hostaddr, port).")
    public PyObject accept() {
        NetLibC c = Native.libc();
        byte[] addr = new byte[SockAddr.STORAGE];
        int[] alen = new int[1];
        long deadline = deadline();
        Interruption intr = new Interruption();
        while (true) {
            await(POLLIN, deadline, intr);
            alen[0] = addr.length;
            int s = makingFds(() -> c.accept(fd, addr, alen));
            if (s >= 0) {
                return PyTuple.of(wrap(s, family, stype, proto), SockAddr.decode(addr, alen[0]));
            }
            int e = Native.errno();
            if (!retry(e, intr)) {
                throw SocketErrors.errno(e);
            }
        }
    }

    /** connect(2) honouring the timeout; the errno (0 on success), or -1 when the timeout passed. */
    private int doConnect(PyObject address) {
        SockAddr.Raw a = SockAddr.encode(address, family, "connect");
        NetLibC c = Native.libc();
        Interruption intr = new Interruption();
        while (true) {
            if (c.connect(fd, a.bytes(), a.length()) == 0) {
                return 0;
            }
            int e = Native.errno();
            if (e == EINTR) {
                if (intr.interrupted()) {
                    return EINTR;
                }
                continue;
            }
            if (e == EINPROGRESS && timeout > 0) {
                try {
                    await(POLLOUT, deadline(), intr);
                } catch (PyException ex) {
                    if (ex.matches(SocketErrors.TIMEOUT)) {
                        return -1;
                    }
                    throw ex;
                }
                byte[] v = new byte[4];
                int[] len = {4};
                if (c.getsockopt(fd, SOL_SOCKET, SO_ERROR, v, len) != 0) {
                    return Native.errno();
                }
                return (v[0] & 0xff) | (v[1] & 0xff) << 8 | (v[2] & 0xff) << 16 | (v[3] & 0xff) << 24;
            }
            return e;
        }
    }

    @ExposedMethod(doc = "connect(address)\n\nConnect the socket to a remote address.  For IP sockets, the address\nis a pair (host, port).")
    public PyObject connect(PyObject address) {
        int e = doConnect(address);
        if (e == -1) {
            throw SocketErrors.timeout();
        }
        if (e != 0) {
            throw SocketErrors.errno(e);
        }
        return Py.None;
    }

    @ExposedMethod(doc = "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code (the errno value)\ninstead of raising an exception when an error occurs.")
    public long connect_ex(PyObject address) {
        int e = doConnect(address);
        return e == -1 ? EAGAIN : e;
    }

    @ExposedMethod(doc = "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side\nof the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR).")
    public PyObject shutdown(int how) {
        if (Native.libc().shutdown(fd, how) != 0) {
            throw SocketErrors.lastErrno();
        }
        return Py.None;
    }

    @ExposedMethod(doc = "close()\n\nClose the socket.  It cannot be used after this call.")
    public synchronized PyObject close() {
        int f = fd;
        if (f >= 0) {
            fd = -1;
            if (closer != null) {
                closer.fd = -1;
            }
            Native.libc().close(f);
        }
        return Py.None;
    }

    @ExposedMethod(doc = "fileno() -> integer\n\nReturn the integer file descriptor of the socket.")
    public long fileno() {
        return fd;
    }

    @ExposedMethod(doc = "dup() -> socket object\n\nReturn a new socket object connected to the same system resource.")
    public PyObject dup() {
        int d = makingFds(() -> Native.libc().dup(fd));
        if (d < 0) {
            throw SocketErrors.lastErrno();
        }
        return wrap(d, family, stype, proto);
    }

    @ExposedMethod(doc = "makefile([mode[, buffersize]]) -> file object\n\nReturn a regular file object corresponding to the socket.\nThe mode and buffersize arguments are as for the built-in open() function.")
    public PyObject makefile(@Default("r") String mode, @Default("-1") int bufsize) {
        if (mode.isEmpty() || "rwa".indexOf(mode.charAt(0)) < 0) {
            throw SocketErrors.errno(22);
        }
        int d = Native.libc().dup(fd);
        if (d < 0) {
            throw SocketErrors.lastErrno();
        }
        boolean plus = mode.indexOf('+') >= 0;
        try {
            taipan.runtime.io.FdIO raw = taipan.runtime.io.FdIO.fromFd(d, mode.charAt(0) == 'r' || plus,
                    mode.charAt(0) != 'r' || plus, false, true);
            return PyFile.fromRaw(raw, PyStr.of("<socket>"), mode, bufsize, true);
        } catch (java.io.IOException e) {
            Native.libc().close(d);
            throw SocketErrors.errno(EBADF);
        }
    }

    private PyObject name(boolean peer) {
        byte[] addr = new byte[SockAddr.STORAGE];
        int[] alen = {addr.length};
        NetLibC c = Native.libc();
        int rc = peer ? c.getpeername(fd, addr, alen) : c.getsockname(fd, addr, alen);
        if (rc != 0) {
            throw SocketErrors.lastErrno();
        }
        return SockAddr.decode(addr, alen[0]);
    }

    @ExposedMethod(doc = "getsockname() -> address info\n\nReturn the address of the local endpoint.  For IP sockets, the address\ninfo is a pair (hostaddr, port).")
    public PyObject getsockname() {
        return name(false);
    }

    @ExposedMethod(doc = "getpeername() -> address info\n\nReturn the address of the remote endpoint.  For IP sockets, the address\ninfo is a pair (hostaddr, port).")
    public PyObject getpeername() {
        return name(true);
    }

    // ---- options and modes ------------------------------------------------------------------

    @ExposedMethod(doc = "setsockopt(level, option, value)\n\nSet a socket option.  See the Unix manual for level and option.\nThe value argument can either be an integer or a string.")
    public PyObject setsockopt(int level, int option, PyObject value) {
        byte[] v;
        if (value instanceof PyStr s) {
            v = s.bytes();
        } else if (value instanceof PyInt || value instanceof PyLong || value instanceof PyBool) {
            v = new byte[4];
            Resolver.putInt(v, 0, Py.asIntArg(value));
        } else if (value instanceof BufferProtocol b && !(value instanceof PyUnicode)) {
            v = b.bufferBytes();
        } else {
            throw Py.TypeError("setsockopt() argument 3 must be string or read-only buffer, not " + value.getType().getName());
        }
        if (Native.libc().setsockopt(fd, level, option, v, v.length) != 0) {
            throw SocketErrors.lastErrno();
        }
        return Py.None;
    }

    @ExposedMethod(doc = "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option.  See the Unix manual for level and option.\nIf a nonzero buffersize argument is given, the return value is a\nstring of that length; otherwise it is an integer.")
    public PyObject getsockopt(int level, int option, @Default("0") int buflen) {
        NetLibC c = Native.libc();
        if (buflen == 0) {
            byte[] v = new byte[4];
            int[] len = {4};
            if (c.getsockopt(fd, level, option, v, len) != 0) {
                throw SocketErrors.lastErrno();
            }
            return PyInt.of((v[0] & 0xff) | (v[1] & 0xff) << 8 | (v[2] & 0xff) << 16 | (v[3] & 0xff) << 24);
        }
        if (buflen < 0 || buflen > 1024) {
            throw SocketErrors.message("getsockopt buflen out of range");
        }
        byte[] v = new byte[buflen];
        int[] len = {buflen};
        if (c.getsockopt(fd, level, option, v, len) != 0) {
            throw SocketErrors.lastErrno();
        }
        return PyStr.of(v, 0, len[0]);
    }

    /** A timeout argument: None (blocking) or seconds ≥ 0; -1 stands for None. */
    static double timeoutArg(PyObject value) {
        if (value == Py.None) {
            return -1.0;
        }
        double t = Py.asDoubleArg(value);
        if (t < 0) {
            throw Py.ValueError("Timeout value out of range");
        }
        return t;
    }

    @ExposedMethod(doc = "settimeout(timeout)\n\nSet a timeout on socket operations.  'timeout' can be a float,\ngiving in seconds, or None.  Setting a timeout of None disables\nthe timeout feature and is equivalent to setblocking(1).\nSetting a timeout of zero is the same as setblocking(0).")
    public PyObject settimeout(PyObject value) {
        timeout = timeoutArg(value);
        setNonBlocking(timeout >= 0);
        return Py.None;
    }

    @ExposedMethod(doc = "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated with socket \noperations. A timeout of None indicates that timeouts on socket \noperations are disabled.")
    public PyObject gettimeout() {
        return timeout < 0 ? Py.None : new PyFloat(timeout);
    }

    @ExposedMethod(doc = "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false).\nsetblocking(True) is equivalent to settimeout(None);\nsetblocking(False) is equivalent to settimeout(0.0).")
    public PyObject setblocking(PyObject flag) {
        long on = Py.asLongArg(flag);
        timeout = on != 0 ? -1.0 : 0.0;
        setNonBlocking(on == 0);
        return Py.None;
    }

    @ExposedGet(name = "family", doc = "the socket family")
    public PyObject getFamily() {
        return PyInt.of(family);
    }

    @ExposedGet(name = "type", doc = "the socket type")
    public PyObject getSockType() {
        return PyInt.of(stype);
    }

    @ExposedGet(name = "proto", doc = "the socket protocol")
    public PyObject getProto() {
        return PyInt.of(proto);
    }

    @ExposedGet(name = "timeout", doc = "the socket timeout")
    public PyObject getTimeout() {
        return new PyFloat(timeout);
    }

    @Override
    public PyObject __repr__() {
        return PyStr.of("<socket object, fd=" + fd + ", family=" + family + ", type=" + stype + ", protocol=" + proto + ">");
    }

    public static final class Derived extends PySocket implements taipan.runtime.Derived {
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

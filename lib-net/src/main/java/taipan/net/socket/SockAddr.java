package taipan.net.socket;

import java.nio.charset.StandardCharsets;

import taipan.runtime.*;

/**
 * Conversion between Python socket addresses and {@code struct sockaddr} bytes (Linux
 * layouts): AF_INET {@code (host, port)}, AF_INET6 {@code (host, port, flowinfo, scope_id)},
 * AF_UNIX a path (a leading NUL makes a Linux abstract name).
 */
public final class SockAddr {
    private SockAddr() {}

    public static final int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    /** sizeof(struct sockaddr_storage). */
    public static final int STORAGE = 128;

    /** A struct sockaddr and its length. */
    public record Raw(byte[] bytes, int length) {}

    /** The sockaddr for {@code addr} given to {@code caller} (bind, connect, sendto...) on a socket of {@code family}. */
    public static Raw encode(PyObject addr, int family, String caller) {
        switch (family) {
            case AF_UNIX:
                return unix(addr);
            case AF_INET: {
                PyTuple t = tuple(addr, "AF_INET", caller);
                if (t.size() != 2) {
                    throw Py.TypeError("getsockaddrarg() takes exactly 2 arguments (" + t.size() + " given)");
                }
                String host = hostArg(t.get(0));
                int port = port(t.get(1), "getsockaddrarg");
                byte[] ip = Resolver.ipAddress(host, AF_INET);
                return inet(ip, port);
            }
            case AF_INET6: {
                PyTuple t = tuple(addr, "AF_INET6", caller);
                if (t.size() < 2 || t.size() > 4) {
                    throw Py.TypeError("getsockaddrarg() takes at least 2 arguments (" + t.size() + " given)");
                }
                String host = hostArg(t.get(0));
                int port = port(t.get(1), "getsockaddrarg");
                int flow = t.size() > 2 ? Py.asIntArg(t.get(2)) : 0;
                int scope = t.size() > 3 ? Py.asIntArg(t.get(3)) : 0;
                byte[] ip = Resolver.ipAddress(host, AF_INET6);
                return inet6(ip, port, flow, scope);
            }
            default:
                throw SocketErrors.message("getsockaddrarg: bad family");
        }
    }

    private static PyTuple tuple(PyObject addr, String fam, String caller) {
        if (!(addr instanceof PyTuple t)) {
            throw Py.TypeError("getsockaddrarg: " + fam + " address must be tuple, not " + addr.getType().getName());
        }
        return t;
    }

    static String hostArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.toString();
        }
        if (o instanceof PyUnicode u) {
            return u.toString();
        }
        throw Py.TypeError("coercing to Unicode: need string or buffer, " + o.getType().getName() + " found");
    }

    static int port(PyObject o, String who) {
        long p = Py.asLongArg(o);
        if (p < 0 || p > 0xffff) {
            throw Py.OverflowError(who + ": port must be 0-65535.");
        }
        return (int) p;
    }

    static Raw unix(PyObject addr) {
        byte[] path;
        if (addr instanceof PyStr s) {
            path = s.bytes();
        } else if (addr instanceof PyUnicode u) {
            path = u.toString().getBytes(StandardCharsets.UTF_8);
        } else {
            throw Py.TypeError("argument must be string or read-only character buffer, not " + addr.getType().getName());
        }
        if (path.length > 107) {
            throw SocketErrors.message("AF_UNIX path too long");
        }
        byte[] b = new byte[110];
        b[0] = (byte) AF_UNIX;
        System.arraycopy(path, 0, b, 2, path.length);
        // abstract names (leading NUL) are exactly as long as given; paths end at their NUL
        int len = 2 + path.length + (path.length > 0 && path[0] == 0 ? 0 : 1);
        return new Raw(b, len);
    }

    public static Raw inet(byte[] ip4, int port) {
        byte[] b = new byte[16];
        b[0] = (byte) AF_INET;
        b[2] = (byte) (port >> 8);
        b[3] = (byte) port;
        System.arraycopy(ip4, 0, b, 4, 4);
        return new Raw(b, 16);
    }

    public static Raw inet6(byte[] ip6, int port, int flow, int scope) {
        byte[] b = new byte[28];
        b[0] = (byte) AF_INET6;
        b[2] = (byte) (port >> 8);
        b[3] = (byte) port;
        b[4] = (byte) (flow >>> 24);
        b[5] = (byte) (flow >>> 16);
        b[6] = (byte) (flow >>> 8);
        b[7] = (byte) flow;
        System.arraycopy(ip6, 0, b, 8, 16);
        b[24] = (byte) scope;
        b[25] = (byte) (scope >>> 8);
        b[26] = (byte) (scope >>> 16);
        b[27] = (byte) (scope >>> 24);
        return new Raw(b, 28);
    }

    static int family(byte[] b) {
        return (b[0] & 0xff) | (b[1] & 0xff) << 8;
    }

    /** The Python form of the sockaddr in {@code b[0:len]}. */
    public static PyObject decode(byte[] b, int len) {
        if (len < 2) {
            return Py.None;
        }
        int fam = family(b);
        switch (fam) {
            case AF_INET: {
                byte[] ip = java.util.Arrays.copyOfRange(b, 4, 8);
                int port = (b[2] & 0xff) << 8 | (b[3] & 0xff);
                return PyTuple.of(PyStr.of(Resolver.ntop(AF_INET, ip)), PyInt.of(port));
            }
            case AF_INET6: {
                byte[] ip = java.util.Arrays.copyOfRange(b, 8, 24);
                int port = (b[2] & 0xff) << 8 | (b[3] & 0xff);
                long flow = ((b[4] & 0xffL) << 24) | ((b[5] & 0xff) << 16) | ((b[6] & 0xff) << 8) | (b[7] & 0xff);
                long scope = (b[24] & 0xffL) | ((b[25] & 0xff) << 8) | ((b[26] & 0xff) << 16) | ((b[27] & 0xffL) << 24);
                return PyTuple.of(PyStr.of(Resolver.ntop(AF_INET6, ip)), PyInt.of(port), PyInt.of(flow), PyInt.of(scope));
            }
            case AF_UNIX: {
                int n = len - 2;
                if (n > 0 && b[2] != 0) {
                    // a path: up to its NUL
                    int end = 2;
                    while (end < len && b[end] != 0) {
                        end++;
                    }
                    n = end - 2;
                }
                return PyStr.of(b, 2, 2 + Math.max(n, 0));
            }
            default:
                return PyTuple.of(PyInt.of(fam), PyStr.of(b, 2, Math.min(len, 16)));
        }
    }
}

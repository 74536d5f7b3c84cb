package taipan.net.socket;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.byref.PointerByReference;
import taipan.runtime.*;

/** Name resolution through libc: getaddrinfo, getnameinfo, the hostent lookups, textual addresses. */
public final class Resolver {
    private Resolver() {}

    public static final int AI_PASSIVE = 1, AI_NUMERICHOST = 4, SOCK_DGRAM = 2;

    /** One getaddrinfo result. */
    public record AddrInfo(int family, int socktype, int protocol, String canonname, byte[] addr, int addrlen) {}

    /** getaddrinfo(3); the error is raised as gaierror. */
    public static List<AddrInfo> getaddrinfo(String host, String port, int family, int socktype, int proto, int flags) {
        byte[] hints = new byte[48];
        putInt(hints, 0, flags);
        putInt(hints, 4, family);
        putInt(hints, 8, socktype);
        putInt(hints, 12, proto);
        PointerByReference ref = new PointerByReference();
        NetLibC c = Native.libc();
        int rc = c.getaddrinfo(host, port, hints, ref);
        if (rc != 0) {
            throw SocketErrors.gai(rc);
        }
        Pointer first = ref.getValue();
        List<AddrInfo> out = new ArrayList<>();
        try {
            for (Pointer p = first; p != null && p.address() != 0; p = p.getPointer(40)) {
                int len = p.getInt(16);
                byte[] addr = new byte[Math.max(len, 0)];
                Pointer a = p.getPointer(24);
                if (a != null && len > 0) {
                    a.get(0, addr, 0, len);
                }
                Pointer cn = p.getPointer(32);
                String canon = cn == null || cn.address() == 0 ? "" : cn.getString(0);
                out.add(new AddrInfo(p.getInt(4), p.getInt(8), p.getInt(12), canon, addr, len));
            }
        } finally {
            c.freeaddrinfo(first);
        }
        return out;
    }

    static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }

    /** The dotted quad {@code s} as 4 bytes, or null when it is not one. */
    static byte[] dottedQuad(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] r = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                char ch = p.charAt(k);
                if (ch < '0' || ch > '9') {
                    return null;
                }
                v = v * 10 + (ch - '0');
            }
            if (v > 255) {
                return null;
            }
            r[i] = (byte) v;
        }
        return r;
    }

    /**
     * The address of {@code host} for family {@code af} (AF_INET gives 4 bytes, AF_INET6 16,
     * AF_UNSPEC either), as CPython's setipaddr finds it: "" is the wildcard address,
     * "&lt;broadcast&gt;" the broadcast one, a dotted quad is taken as it is, anything else
     * goes through getaddrinfo.
     */
    public static byte[] ipAddress(String host, int af) {
        if (host.isEmpty()) {
            List<AddrInfo> r = getaddrinfo(null, "0", af, SOCK_DGRAM, 0, AI_PASSIVE);
            return addressBytes(r.get(0));
        }
        if (host.equals("<broadcast>") || host.equals("255.255.255.255")) {
            if (af != SockAddr.AF_INET && af != SockAddr.AF_UNSPEC) {
                throw SocketErrors.message("address family mismatched");
            }
            return new byte[] {-1, -1, -1, -1};
        }
        if (af == SockAddr.AF_INET || af == SockAddr.AF_UNSPEC) {
            byte[] q = dottedQuad(host);
            if (q != null) {
                return q;
            }
        }
        List<AddrInfo> r = getaddrinfo(host, null, af, 0, 0, 0);
        return addressBytes(r.get(0));
    }

    static byte[] addressBytes(AddrInfo ai) {
        if (ai.family() == SockAddr.AF_INET) {
            return java.util.Arrays.copyOfRange(ai.addr(), 4, 8);
        }
        if (ai.family() == SockAddr.AF_INET6) {
            return java.util.Arrays.copyOfRange(ai.addr(), 8, 24);
        }
        throw SocketErrors.message("unknown address family");
    }

    /** inet_ntop for a 4- or 16-byte address. */
    public static String ntop(int af, byte[] ip) {
        if (af == SockAddr.AF_INET) {
            return (ip[0] & 0xff) + "." + (ip[1] & 0xff) + "." + (ip[2] & 0xff) + "." + (ip[3] & 0xff);
        }
        byte[] dst = new byte[64];
        Pointer p = Native.libc().inet_ntop(af, ip, dst, dst.length);
        if (p == null || p.address() == 0) {
            throw SocketErrors.lastErrno();
        }
        return cString(dst);
    }

    static String cString(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    public static String gethostname() {
        byte[] buf = new byte[1024];
        if (Native.libc().gethostname(buf, buf.length - 1) != 0) {
            throw SocketErrors.lastErrno();
        }
        return cString(buf);
    }

    /** A struct hostent as (name, aliases, addresses), for gethostbyname_ex and gethostbyaddr. */
    static PyObject hostent(Pointer h, int af) {
        String name = h.getPointer(0).getString(0);
        PyList aliases = new PyList();
        Pointer al = h.getPointer(8);
        for (int i = 0; al != null; i++) {
            Pointer s = al.getPointer(8L * i);
            if (s == null || s.address() == 0) {
                break;
            }
            aliases.append(PyStr.of(s.getString(0)));
        }
        int type = h.getInt(16);
        int len = h.getInt(20);
        PyList addrs = new PyList();
        Pointer list = h.getPointer(24);
        for (int i = 0; list != null; i++) {
            Pointer a = list.getPointer(8L * i);
            if (a == null || a.address() == 0) {
                break;
            }
            byte[] ip = new byte[len];
            a.get(0, ip, 0, len);
            addrs.append(PyStr.of(ntop(type, ip)));
        }
        return PyTuple.of(PyStr.of(name), aliases, addrs);
    }

    public static PyObject gethostbyname_ex(String name) {
        ipAddress(name, SockAddr.AF_INET); // raises gaierror for unknown names, as 2.7 does
        jnr.ffi.Runtime rt = Native.runtime();
        Pointer ret = Memory.allocateDirect(rt, 32);
        int buflen = 16384;
        Pointer buf = Memory.allocateDirect(rt, buflen);
        PointerByReference result = new PointerByReference();
        int[] herr = new int[1];
        Native.libc().gethostbyname_r(name, ret, buf, buflen, result, herr);
        Pointer h = result.getValue();
        if (h == null || h.address() == 0) {
            throw SocketErrors.herror(herr[0]);
        }
        return hostent(ret, SockAddr.AF_INET);
    }

    public static PyObject gethostbyaddr(String host) {
        byte[] ip = ipAddress(host, SockAddr.AF_UNSPEC);
        int af = ip.length == 4 ? SockAddr.AF_INET : SockAddr.AF_INET6;
        jnr.ffi.Runtime rt = Native.runtime();
        Pointer ret = Memory.allocateDirect(rt, 32);
        int buflen = 16384;
        Pointer buf = Memory.allocateDirect(rt, buflen);
        PointerByReference result = new PointerByReference();
        int[] herr = new int[1];
        Native.libc().gethostbyaddr_r(ip, ip.length, af, ret, buf, buflen, result, herr);
        Pointer h = result.getValue();
        if (h == null || h.address() == 0) {
            throw SocketErrors.herror(herr[0]);
        }
        return hostent(ret, af);
    }
}

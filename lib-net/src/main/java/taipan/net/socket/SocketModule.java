package taipan.net.socket;

import java.util.List;

import jnr.ffi.Pointer;
import taipan.runtime.*;

/** The {@code _socket} module: sockets over real descriptors, name resolution, byte-order and address helpers. */
@PyModuleDef(name = "_socket", doc = "Implementation module for socket operations.\n\nSee the socket module for documentation.")
public final class SocketModule {
    private SocketModule() {}

    /** The default timeout of new sockets (seconds; negative: none). */
    static volatile double defaultTimeout = -1.0;

    /** The Linux (x86_64) values CPython 2.7's _socket exposes. */
    private static final String CONSTANTS = """
            AF_APPLETALK=5 AF_ASH=18 AF_ATMPVC=8 AF_ATMSVC=20 AF_AX25=3 AF_BRIDGE=7 AF_DECnet=12 AF_ECONET=19
            AF_INET=2 AF_INET6=10 AF_IPX=4 AF_IRDA=23 AF_KEY=15 AF_LLC=26 AF_NETBEUI=13 AF_NETLINK=16
            AF_NETROM=6 AF_PACKET=17 AF_PPPOX=24 AF_ROSE=11 AF_ROUTE=16 AF_SECURITY=14 AF_SNA=22 AF_TIPC=30
            AF_UNIX=1 AF_UNSPEC=0 AF_WANPIPE=25 AF_X25=9
            AI_ADDRCONFIG=32 AI_ALL=16 AI_CANONNAME=2 AI_NUMERICHOST=4 AI_NUMERICSERV=1024 AI_PASSIVE=1 AI_V4MAPPED=8
            EAI_ADDRFAMILY=-9 EAI_AGAIN=-3 EAI_BADFLAGS=-1 EAI_FAIL=-4 EAI_FAMILY=-6 EAI_MEMORY=-10 EAI_NODATA=-5
            EAI_NONAME=-2 EAI_OVERFLOW=-12 EAI_SERVICE=-8 EAI_SOCKTYPE=-7 EAI_SYSTEM=-11
            INADDR_ALLHOSTS_GROUP=3758096385 INADDR_ANY=0 INADDR_BROADCAST=4294967295 INADDR_LOOPBACK=2130706433
            INADDR_MAX_LOCAL_GROUP=3758096639 INADDR_NONE=4294967295 INADDR_UNSPEC_GROUP=3758096384
            IPPORT_RESERVED=1024 IPPORT_USERRESERVED=5000
            IPPROTO_AH=51 IPPROTO_DSTOPTS=60 IPPROTO_EGP=8 IPPROTO_ESP=50 IPPROTO_FRAGMENT=44 IPPROTO_GRE=47
            IPPROTO_HOPOPTS=0 IPPROTO_ICMP=1 IPPROTO_ICMPV6=58 IPPROTO_IDP=22 IPPROTO_IGMP=2 IPPROTO_IP=0
            IPPROTO_IPIP=4 IPPROTO_IPV6=41 IPPROTO_NONE=59 IPPROTO_PIM=103 IPPROTO_PUP=12 IPPROTO_RAW=255
            IPPROTO_ROUTING=43 IPPROTO_RSVP=46 IPPROTO_TCP=6 IPPROTO_TP=29 IPPROTO_UDP=17
            IPV6_CHECKSUM=7 IPV6_DONTFRAG=62 IPV6_DSTOPTS=59 IPV6_HOPLIMIT=52 IPV6_HOPOPTS=54 IPV6_JOIN_GROUP=20
            IPV6_LEAVE_GROUP=21 IPV6_MULTICAST_HOPS=18 IPV6_MULTICAST_IF=17 IPV6_MULTICAST_LOOP=19 IPV6_NEXTHOP=9
            IPV6_PATHMTU=61 IPV6_PKTINFO=50 IPV6_RECVDSTOPTS=58 IPV6_RECVHOPLIMIT=51 IPV6_RECVHOPOPTS=53
            IPV6_RECVPATHMTU=60 IPV6_RECVPKTINFO=49 IPV6_RECVRTHDR=56 IPV6_RECVTCLASS=66 IPV6_RTHDR=57
            IPV6_RTHDRDSTOPTS=55 IPV6_RTHDR_TYPE_0=0 IPV6_TCLASS=67 IPV6_UNICAST_HOPS=16 IPV6_V6ONLY=26
            IP_ADD_MEMBERSHIP=35 IP_DEFAULT_MULTICAST_LOOP=1 IP_DEFAULT_MULTICAST_TTL=1 IP_DROP_MEMBERSHIP=36
            IP_HDRINCL=3 IP_MAX_MEMBERSHIPS=20 IP_MULTICAST_IF=32 IP_MULTICAST_LOOP=34 IP_MULTICAST_TTL=33
            IP_OPTIONS=4 IP_RECVOPTS=6 IP_RECVRETOPTS=7 IP_RETOPTS=7 IP_TOS=1 IP_TTL=2
            MSG_CTRUNC=8 MSG_DONTROUTE=4 MSG_DONTWAIT=64 MSG_EOR=128 MSG_OOB=1 MSG_PEEK=2 MSG_TRUNC=32 MSG_WAITALL=256
            NETLINK_DNRTMSG=14 NETLINK_FIREWALL=3 NETLINK_IP6_FW=13 NETLINK_NFLOG=5 NETLINK_ROUTE=0
            NETLINK_USERSOCK=2 NETLINK_XFRM=6
            NI_DGRAM=16 NI_MAXHOST=1025 NI_MAXSERV=32 NI_NAMEREQD=8 NI_NOFQDN=4 NI_NUMERICHOST=1 NI_NUMERICSERV=2
            PACKET_BROADCAST=1 PACKET_FASTROUTE=6 PACKET_HOST=0 PACKET_LOOPBACK=5 PACKET_MULTICAST=2
            PACKET_OTHERHOST=3 PACKET_OUTGOING=4 PF_PACKET=17
            SHUT_RD=0 SHUT_RDWR=2 SHUT_WR=1
            SOCK_DGRAM=2 SOCK_RAW=3 SOCK_RDM=4 SOCK_SEQPACKET=5 SOCK_STREAM=1
            SOL_IP=0 SOL_SOCKET=1 SOL_TCP=6 SOL_TIPC=271 SOL_UDP=17 SOMAXCONN=4096
            SO_ACCEPTCONN=30 SO_BROADCAST=6 SO_DEBUG=1 SO_DONTROUTE=5 SO_ERROR=4 SO_KEEPALIVE=9 SO_LINGER=13
            SO_OOBINLINE=10 SO_RCVBUF=8 SO_RCVLOWAT=18 SO_RCVTIMEO=20 SO_REUSEADDR=2 SO_REUSEPORT=15 SO_SNDBUF=7
            SO_SNDLOWAT=19 SO_SNDTIMEO=21 SO_TYPE=3
            TCP_CORK=3 TCP_DEFER_ACCEPT=9 TCP_INFO=11 TCP_KEEPCNT=6 TCP_KEEPIDLE=4 TCP_KEEPINTVL=5 TCP_LINGER2=8
            TCP_MAXSEG=2 TCP_NODELAY=1 TCP_QUICKACK=12 TCP_SYNCNT=7 TCP_WINDOW_CLAMP=10
            """;

    static void init(PyModule m) {
        for (String item : CONSTANTS.trim().split("\\s+")) {
            int eq = item.indexOf('=');
            long v = Long.parseLong(item.substring(eq + 1));
            m.set(item.substring(0, eq), PyInt.of(v));
        }
        m.set("has_ipv6", Py.True);
        m.set("error", SocketErrors.ERROR);
        m.set("herror", SocketErrors.HERROR);
        m.set("gaierror", SocketErrors.GAIERROR);
        m.set("timeout", SocketErrors.TIMEOUT);
        m.set("socket", PySocket.TYPE);
        m.set("SocketType", PySocket.TYPE);
    }

    // ---- host names -------------------------------------------------------------------------

    @ExposedMethod(doc = "gethostname() -> string\n\nReturn the current host name.")
    static PyObject gethostname() {
        return PyStr.of(Resolver.gethostname());
    }

    @ExposedMethod(doc = "gethostbyname(host) -> address\n\nReturn the IP address (a string of the form '255.255.255.255') for a host.")
    static PyObject gethostbyname(PyObject host) {
        requireStr(host, "gethostbyname() argument 1");
        byte[] ip = Resolver.ipAddress(SockAddr.hostArg(host), SockAddr.AF_INET);
        return PyStr.of(Resolver.ntop(SockAddr.AF_INET, ip));
    }

    @ExposedMethod(doc = "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number.")
    static PyObject gethostbyname_ex(PyObject host) {
        requireStr(host, "gethostbyname_ex() argument 1");
        return Resolver.gethostbyname_ex(SockAddr.hostArg(host));
    }

    @ExposedMethod(doc = "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number.")
    static PyObject gethostbyaddr(PyObject host) {
        requireStr(host, "gethostbyaddr() argument 1");
        return Resolver.gethostbyaddr(SockAddr.hostArg(host));
    }

    private static final String[] GAI_PARAMS = {"host", "port", "family", "socktype", "proto", "flags"};

    @ExposedMethod(doc = "getaddrinfo(host, port [, family, socktype, proto, flags])\n    -> list of (family, socktype, proto, canonname, sockaddr)\n\nResolve host and port into addrinfo struct.")
    static PyObject getaddrinfo(PyObject[] args, String[] kw) {
        PyObject[] v = ArgParser.parse("getaddrinfo", args, kw, GAI_PARAMS, 2);
        String host;
        if (v[0] == Py.None) {
            host = null;
        } else if (v[0] instanceof PyStr || v[0] instanceof PyUnicode) {
            host = SockAddr.hostArg(v[0]);
        } else {
            throw SocketErrors.message("getaddrinfo() argument 1 must be string or None");
        }
        String port;
        if (v[1] instanceof PyInt || v[1] instanceof PyLong) {
            port = Long.toString(Py.asLongArg(v[1]));
        } else if (v[1] instanceof PyStr s) {
            port = s.toString();
        } else if (v[1] == Py.None) {
            port = null;
        } else {
            throw SocketErrors.message("getaddrinfo() argument 2 must be integer or string");
        }
        int family = v[2] == null ? 0 : Py.asIntArg(v[2]);
        int socktype = v[3] == null ? 0 : Py.asIntArg(v[3]);
        int proto = v[4] == null ? 0 : Py.asIntArg(v[4]);
        int flags = v[5] == null ? 0 : Py.asIntArg(v[5]);
        List<Resolver.AddrInfo> res = Resolver.getaddrinfo(host, port, family, socktype, proto, flags);
        PyList out = new PyList();
        for (Resolver.AddrInfo ai : res) {
            out.append(PyTuple.of(PyInt.of(ai.family()), PyInt.of(ai.socktype()), PyInt.of(ai.protocol()),
                    PyStr.of(ai.canonname()), SockAddr.decode(ai.addr(), ai.addrlen())));
        }
        return out;
    }

    @ExposedMethod(doc = "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr.")
    static PyObject getnameinfo(PyObject sockaddr, int flags) {
        if (!(sockaddr instanceof PyTuple t)) {
            throw Py.TypeError("getnameinfo() argument 1 must be a tuple");
        }
        if (t.size() < 2 || t.size() > 4) {
            throw Py.TypeError("getnameinfo() argument 1 must be a tuple of 2 to 4 items");
        }
        String host = SockAddr.hostArg(t.get(0));
        int port = Py.asIntArg(t.get(1));
        int flow = t.size() > 2 ? Py.asIntArg(t.get(2)) : 0;
        int scope = t.size() > 3 ? Py.asIntArg(t.get(3)) : 0;
        List<Resolver.AddrInfo> res = Resolver.getaddrinfo(host, Integer.toString(port), 0, Resolver.SOCK_DGRAM, 0,
                Resolver.AI_NUMERICHOST);
        if (res.size() != 1) {
            throw SocketErrors.message("sockaddr resolved to multiple addresses");
        }
        Resolver.AddrInfo ai = res.get(0);
        byte[] sa = ai.addr();
        if (ai.family() == SockAddr.AF_INET) {
            if (t.size() != 2) {
                throw SocketErrors.message("IPv4 sockaddr must be 2 tuple");
            }
        } else if (ai.family() == SockAddr.AF_INET6) {
            sa = SockAddr.inet6(java.util.Arrays.copyOfRange(sa, 8, 24), port, flow, scope).bytes();
        }
        byte[] hbuf = new byte[1025];
        byte[] sbuf = new byte[32];
        int rc = Native.libc().getnameinfo(sa, ai.addrlen(), hbuf, hbuf.length, sbuf, sbuf.length, flags);
        if (rc != 0) {
            throw SocketErrors.gai(rc);
        }
        return PyTuple.of(PyStr.of(Resolver.cString(hbuf)), PyStr.of(Resolver.cString(sbuf)));
    }

    static void requireStr(PyObject o, String who) {
        if (!(o instanceof PyStr) && !(o instanceof PyUnicode)) {
            throw Py.TypeError(who + " must be string, not " + o.getType().getName());
        }
    }

    private static String protoArg(PyObject proto) {
        return proto == null || proto == Py.None ? null : Py.asJavaString(proto);
    }

    @ExposedMethod(doc = "getservbyname(servicename[, protocolname]) -> integer\n\nReturn a port number from a service name and protocol name.\nThe optional protocol name, if given, should be 'tcp' or 'udp',\notherwise any protocol will match.")
    static synchronized long getservbyname(String name, @Default("None") PyObject proto) {
        Pointer p = Native.libc().getservbyname(name, protoArg(proto));
        if (p == null || p.address() == 0) {
            throw SocketErrors.message("service/proto not found");
        }
        return Short.toUnsignedInt(Short.reverseBytes(p.getShort(16)));
    }

    @ExposedMethod(doc = "getservbyport(port[, protocolname]) -> string\n\nReturn the service name from a port number and protocol name.\nThe optional protocol name, if given, should be 'tcp' or 'udp',\notherwise any protocol will match.")
    static synchronized PyObject getservbyport(int port, @Default("None") PyObject proto) {
        if (port < 0 || port > 0xffff) {
            throw Py.OverflowError("getservbyport: port must be 0-65535.");
        }
        Pointer p = Native.libc().getservbyport(Short.reverseBytes((short) port) & 0xffff, protoArg(proto));
        if (p == null || p.address() == 0) {
            throw SocketErrors.message("port/proto not found");
        }
        return PyStr.of(p.getPointer(0).getString(0));
    }

    @ExposedMethod(doc = "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol.  (Rarely used.)")
    static synchronized long getprotobyname(String name) {
        Pointer p = Native.libc().getprotobyname(name);
        if (p == null || p.address() == 0) {
            throw SocketErrors.message("protocol not found");
        }
        return p.getInt(16);
    }

    // ---- sockets ------------------------------------------------------------------------------

    @ExposedMethod(doc = "socketpair([family[, type[, proto]]]) -> (socket object, socket object)\n\nCreate a pair of socket objects from the sockets returned by the platform\nsocketpair() function.\nThe arguments are the same as for socket() except the default family is\nAF_UNIX if defined on the platform; otherwise, the default is AF_INET.")
    static PyObject socketpair(@Default("1") int family, @Default("1") int type, @Default("0") int proto) {
        int[] sv = new int[2];
        if (PySocket.makingFds(() -> Native.libc().socketpair(family, type, proto, sv)) != 0) {
            throw SocketErrors.lastErrno();
        }
        return PyTuple.of(PySocket.wrap(sv[0], family, type, proto), PySocket.wrap(sv[1], family, type, proto));
    }

    @ExposedMethod(doc = "fromfd(fd, family, type[, proto]) -> socket object\n\nCreate a socket object from a duplicate of the given\nfile descriptor.\nThe remaining arguments are the same as for socket().")
    static PyObject fromfd(int fd, int family, int type, @Default("0") int proto) {
        int d = Native.libc().dup(fd);
        if (d < 0) {
            throw SocketErrors.lastErrno();
        }
        return PySocket.wrap(d, family, type, proto);
    }

    @ExposedMethod(doc = "getdefaulttimeout() -> timeout\n\nReturns the default timeout in seconds (float) for new socket objects.\nA value of None indicates that new socket objects have no timeout.\nWhen the socket module is first imported, the default is None.")
    static PyObject getdefaulttimeout() {
        double t = defaultTimeout;
        return t < 0 ? Py.None : new PyFloat(t);
    }

    @ExposedMethod(doc = "setdefaulttimeout(timeout)\n\nSet the default timeout in seconds (float) for new socket objects.\nA value of None indicates that new socket objects have no timeout.\nWhen the socket module is first imported, the default is None.")
    static PyObject setdefaulttimeout(PyObject timeout) {
        defaultTimeout = PySocket.timeoutArg(timeout);
        return Py.None;
    }

    // ---- byte order -----------------------------------------------------------------------------

    /** ntohs/htons take a C int ('i'), refused when negative. */
    private static int short16(PyObject x) {
        int v = Py.asIntArg(x);
        if (v < 0) {
            throw Py.OverflowError("can't convert negative number to unsigned long");
        }
        return v;
    }

    /** ntohl/htonl: an int is cut to 32 bits, a long must fit in them. */
    private static int long32(PyObject x) {
        if (x instanceof PyInt i) {
            if (i.value < 0) {
                throw Py.OverflowError("can't convert negative number to unsigned long");
            }
            return (int) i.value;
        }
        if (x instanceof PyLong l) {
            java.math.BigInteger b = l.value;
            if (b.signum() < 0) {
                throw Py.OverflowError("can't convert negative value to unsigned long");
            }
            if (b.bitLength() > 64) {
                throw Py.OverflowError("long int too large to convert");
            }
            if (b.bitLength() > 32) {
                throw Py.OverflowError("long int larger than 32 bits");
            }
            return b.intValue();
        }
        throw Py.TypeError("expected int/long, " + x.getType().getName() + " found");
    }

    @ExposedMethod(doc = "ntohs(integer) -> integer\n\nConvert a 16-bit integer from network to host byte order.")
    static long ntohs(PyObject x) {
        return Short.toUnsignedInt(Short.reverseBytes((short) short16(x)));
    }

    @ExposedMethod(doc = "htons(integer) -> integer\n\nConvert a 16-bit integer from host to network byte order.")
    static long htons(PyObject x) {
        return ntohs(x);
    }

    @ExposedMethod(doc = "ntohl(integer) -> integer\n\nConvert a 32-bit integer from network to host byte order.")
    static PyObject ntohl(PyObject x) {
        return PyLong.of(Integer.toUnsignedLong(Integer.reverseBytes(long32(x))));
    }

    @ExposedMethod(doc = "htonl(integer) -> integer\n\nConvert a 32-bit integer from host to network byte order.")
    static PyObject htonl(PyObject x) {
        return ntohl(x);
    }

    // ---- textual addresses -----------------------------------------------------------------------

    @ExposedMethod(doc = "inet_aton(string) -> packed 32-bit IP representation\n\nConvert an IP address in string format (123.45.67.89) to the 32-bit packed\nbinary format used in low-level network functions.")
    static PyObject inet_aton(String ip) {
        byte[] out = new byte[4];
        if (Native.libc().inet_aton(ip, out) == 0) {
            throw SocketErrors.message("illegal IP address string passed to inet_aton");
        }
        return PyStr.of(out);
    }

    @ExposedMethod(doc = "inet_ntoa(packed_ip) -> ip_address_string\n\nConvert an IP address from 32-bit packed binary format to string format")
    static PyObject inet_ntoa(PyObject packed) {
        byte[] b = PySocket.data(packed, "inet_ntoa() argument 1", "string or read-only buffer");
        if (b.length != 4) {
            throw SocketErrors.message("packed IP wrong length for inet_ntoa");
        }
        return PyStr.of(Resolver.ntop(SockAddr.AF_INET, b));
    }

    @ExposedMethod(doc = "inet_pton(af, ip) -> packed IP address string\n\nConvert an IP address from string format to a packed string suitable\nfor use with low-level network functions.")
    static PyObject inet_pton(int af, String ip) {
        byte[] out = new byte[16];
        int rc = Native.libc().inet_pton(af, ip, out);
        if (rc < 0) {
            throw SocketErrors.lastErrno();
        }
        if (rc == 0) {
            throw SocketErrors.message("illegal IP address string passed to inet_pton");
        }
        return PyStr.of(out, 0, af == SockAddr.AF_INET ? 4 : 16);
    }

    @ExposedMethod(doc = "inet_ntop(af, packed_ip) -> string formatted IP address\n\nConvert a packed IP address of the given family to string format.")
    static PyObject inet_ntop(int af, PyObject packed) {
        byte[] b = PySocket.data(packed, "inet_ntop() argument 2", "string or read-only buffer");
        if (af == SockAddr.AF_INET) {
            if (b.length != 4) {
                throw Py.ValueError("invalid length of packed IP address string");
            }
        } else if (af == SockAddr.AF_INET6) {
            if (b.length != 16) {
                throw Py.ValueError("invalid length of packed IP address string");
            }
        } else {
            throw Py.ValueError("unknown address family " + af);
        }
        return PyStr.of(Resolver.ntop(af, b));
    }
}

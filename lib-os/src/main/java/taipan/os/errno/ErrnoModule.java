package taipan.os.errno;

import taipan.runtime.*;

/**
 * {@code errno}: the Linux errno names and numbers, and {@code errorcode} mapping each
 * number to its name (for numbers with two names, the one CPython 2.7 reports).
 */
@PyModuleDef(name = "errno", doc = "This module makes available standard errno system symbols.\n\nThe value of each symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\nThe dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could return 'No such file or directory'.")
public final class ErrnoModule {
    private ErrnoModule() {}

    /** value name, in errno order; of two names for one number the second is errorcode's. */
    private static final String TABLE = "1 EPERM 2 ENOENT 3 ESRCH 4 EINTR 5 EIO 6 ENXIO 7 E2BIG 8 ENOEXEC 9 EBADF"
            + " 10 ECHILD 11 EWOULDBLOCK 11 EAGAIN 12 ENOMEM 13 EACCES 14 EFAULT 15 ENOTBLK 16 EBUSY 17 EEXIST"
            + " 18 EXDEV 19 ENODEV 20 ENOTDIR 21 EISDIR 22 EINVAL 23 ENFILE 24 EMFILE 25 ENOTTY 26 ETXTBSY"
            + " 27 EFBIG 28 ENOSPC 29 ESPIPE 30 EROFS 31 EMLINK 32 EPIPE 33 EDOM 34 ERANGE 35 EDEADLK"
            + " 35 EDEADLOCK 36 ENAMETOOLONG 37 ENOLCK 38 ENOSYS 39 ENOTEMPTY 40 ELOOP 42 ENOMSG 43 EIDRM"
            + " 44 ECHRNG 45 EL2NSYNC 46 EL3HLT 47 EL3RST 48 ELNRNG 49 EUNATCH 50 ENOCSI 51 EL2HLT 52 EBADE"
            + " 53 EBADR 54 EXFULL 55 ENOANO 56 EBADRQC 57 EBADSLT 59 EBFONT 60 ENOSTR 61 ENODATA 62 ETIME"
            + " 63 ENOSR 64 ENONET 65 ENOPKG 66 EREMOTE 67 ENOLINK 68 EADV 69 ESRMNT 70 ECOMM 71 EPROTO"
            + " 72 EMULTIHOP 73 EDOTDOT 74 EBADMSG 75 EOVERFLOW 76 ENOTUNIQ 77 EBADFD 78 EREMCHG 79 ELIBACC"
            + " 80 ELIBBAD 81 ELIBSCN 82 ELIBMAX 83 ELIBEXEC 84 EILSEQ 85 ERESTART 86 ESTRPIPE 87 EUSERS"
            + " 88 ENOTSOCK 89 EDESTADDRREQ 90 EMSGSIZE 91 EPROTOTYPE 92 ENOPROTOOPT 93 EPROTONOSUPPORT"
            + " 94 ESOCKTNOSUPPORT 95 EOPNOTSUPP 95 ENOTSUP 96 EPFNOSUPPORT 97 EAFNOSUPPORT 98 EADDRINUSE"
            + " 99 EADDRNOTAVAIL 100 ENETDOWN 101 ENETUNREACH 102 ENETRESET 103 ECONNABORTED 104 ECONNRESET"
            + " 105 ENOBUFS 106 EISCONN 107 ENOTCONN 108 ESHUTDOWN 109 ETOOMANYREFS 110 ETIMEDOUT"
            + " 111 ECONNREFUSED 112 EHOSTDOWN 113 EHOSTUNREACH 114 EALREADY 115 EINPROGRESS 116 ESTALE"
            + " 117 EUCLEAN 118 ENOTNAM 119 ENAVAIL 120 EISNAM 121 EREMOTEIO 122 EDQUOT";

    static void init(PyModule m) {
        PyDict errorcode = new PyDict();
        String[] t = TABLE.split(" ");
        for (int i = 0; i < t.length; i += 2) {
            PyInt v = PyInt.of(Integer.parseInt(t[i]));
            PyStr name = PyStr.intern(t[i + 1]);
            m.set(t[i + 1], v);
            errorcode.setItem(v, name);
        }
        m.set("errorcode", errorcode);
    }
}

package taipan.os.termios;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import taipan.runtime.*;

/**
 * {@code termios}: terminal attributes through libc (glibc's struct termios: four flag
 * words, c_line, NCCS=32 control characters, then the two speeds).
 */
@PyModuleDef(name = "termios", doc = "This module provides an interface to the Posix calls for tty I/O control.\nFor a complete description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself.")
public final class TermiosModule {
    private TermiosModule() {}

    /** The libc calls (struct termios passed as its 60 bytes). */
    public interface Lib {
        int tcgetattr(int fd, @Out byte[] t);
        int tcsetattr(int fd, int when, @In byte[] t);
        int cfsetispeed(@In @Out byte[] t, int speed);
        int cfsetospeed(@In @Out byte[] t, int speed);
        int cfgetispeed(@In byte[] t);
        int cfgetospeed(@In byte[] t);
        int tcsendbreak(int fd, int duration);
        int tcdrain(int fd);
        int tcflush(int fd, int queue);
        int tcflow(int fd, int action);
    }

    private static final class Holder {
        static final Lib LIB = LibraryLoader.create(Lib.class).load("c");
        static final jnr.ffi.Runtime RUNTIME = jnr.ffi.Runtime.getRuntime(LIB);
    }

    private static final int NCCS = 32, SIZE = 60, CC = 17, ICANON = 2, VTIME = 5, VMIN = 6;

    /** Name=value pairs (Linux). */
    private static final String CONSTANTS = "B0=0 B110=3 B115200=4098 B1200=9 B134=4 B150=5 B1800=10 B19200=14 B200=6 B230400=4099 B2400=11 "
            + "B300=7 B38400=15 B460800=4100 B4800=12 B50=1 B57600=4097 B600=8 B75=2 B9600=13 BRKINT=2 BS0=0 "
            + "BS1=8192 BSDLY=8192 CBAUD=4111 CBAUDEX=4096 CDSUSP=25 CEOF=4 CEOL=0 CEOT=4 CERASE=127 CFLUSH=15 "
            + "CIBAUD=269418496 CINTR=3 CKILL=21 CLNEXT=22 CLOCAL=2048 CQUIT=28 CR0=0 CR1=512 CR2=1024 CR3=1536 "
            + "CRDLY=1536 CREAD=128 CRPRNT=18 CRTSCTS=2147483648 CS5=0 CS6=16 CS7=32 CS8=48 CSIZE=48 CSTART=17 "
            + "CSTOP=19 CSTOPB=64 CSUSP=26 CWERASE=23 ECHO=8 ECHOCTL=512 ECHOE=16 ECHOK=32 ECHOKE=2048 ECHONL=64 "
            + "ECHOPRT=1024 EXTA=14 EXTB=15 FF0=0 FF1=32768 FFDLY=32768 FIOASYNC=21586 FIOCLEX=21585 FIONBIO=21537 "
            + "FIONCLEX=21584 FIONREAD=21531 FLUSHO=4096 HUPCL=1024 ICANON=2 ICRNL=256 IEXTEN=32768 IGNBRK=1 "
            + "IGNCR=128 IGNPAR=4 IMAXBEL=8192 INLCR=64 INPCK=16 IOCSIZE_MASK=1073676288 IOCSIZE_SHIFT=16 ISIG=1 "
            + "ISTRIP=32 IUCLC=512 IXANY=2048 IXOFF=4096 IXON=1024 NCC=8 NCCS=32 NL0=0 NL1=256 NLDLY=256 "
            + "NOFLSH=128 N_MOUSE=2 N_PPP=3 N_SLIP=1 N_STRIP=4 N_TTY=0 OCRNL=8 OFDEL=128 OFILL=64 OLCUC=2 ONLCR=4 "
            + "ONLRET=32 ONOCR=16 OPOST=1 PARENB=256 PARMRK=8 PARODD=512 PENDIN=16384 TAB0=0 TAB1=2048 TAB2=4096 "
            + "TAB3=6144 TABDLY=6144 TCFLSH=21515 TCGETA=21509 TCGETS=21505 TCIFLUSH=0 TCIOFF=2 TCIOFLUSH=2 "
            + "TCION=3 TCOFLUSH=1 TCOOFF=0 TCOON=1 TCSADRAIN=1 TCSAFLUSH=2 TCSANOW=0 TCSBRK=21513 TCSBRKP=21541 "
            + "TCSETA=21510 TCSETAF=21512 TCSETAW=21511 TCSETS=21506 TCSETSF=21508 TCSETSW=21507 TCXONC=21514 "
            + "TIOCCONS=21533 TIOCEXCL=21516 TIOCGETD=21540 TIOCGICOUNT=21597 TIOCGLCKTRMIOS=21590 TIOCGPGRP=21519 "
            + "TIOCGSERIAL=21534 TIOCGSOFTCAR=21529 TIOCGWINSZ=21523 TIOCINQ=21531 TIOCLINUX=21532 TIOCMBIC=21527 "
            + "TIOCMBIS=21526 TIOCMGET=21525 TIOCMIWAIT=21596 TIOCMSET=21528 TIOCM_CAR=64 TIOCM_CD=64 TIOCM_CTS=32 "
            + "TIOCM_DSR=256 TIOCM_DTR=2 TIOCM_LE=1 TIOCM_RI=128 TIOCM_RNG=128 TIOCM_RTS=4 TIOCM_SR=16 TIOCM_ST=8 "
            + "TIOCNOTTY=21538 TIOCNXCL=21517 TIOCOUTQ=21521 TIOCPKT=21536 TIOCPKT_DATA=0 TIOCPKT_DOSTOP=32 "
            + "TIOCPKT_FLUSHREAD=1 TIOCPKT_FLUSHWRITE=2 TIOCPKT_NOSTOP=16 TIOCPKT_START=8 TIOCPKT_STOP=4 "
            + "TIOCSCTTY=21518 TIOCSERCONFIG=21587 TIOCSERGETLSR=21593 TIOCSERGETMULTI=21594 TIOCSERGSTRUCT=21592 "
            + "TIOCSERGWILD=21588 TIOCSERSETMULTI=21595 TIOCSERSWILD=21589 TIOCSER_TEMT=1 TIOCSETD=21539 "
            + "TIOCSLCKTRMIOS=21591 TIOCSPGRP=21520 TIOCSSERIAL=21535 TIOCSSOFTCAR=21530 TIOCSTI=21522 "
            + "TIOCSWINSZ=21524 TOSTOP=256 VDISCARD=13 VEOF=4 VEOL=11 VEOL2=16 VERASE=2 VINTR=0 VKILL=3 VLNEXT=15 "
            + "VMIN=6 VQUIT=1 VREPRINT=12 VSTART=8 VSTOP=9 VSUSP=10 VSWTC=7 VSWTCH=7 VT0=0 VT1=16384 VTDLY=16384 "
            + "VTIME=5 VWERASE=14 XCASE=4 XTABS=6144 ";

    static PyType error;

    static void init(PyModule m) {
        for (String pair : CONSTANTS.trim().split(" ")) {
            int eq = pair.indexOf('=');
            m.set(pair.substring(0, eq), PyInt.of(Long.parseLong(pair.substring(eq + 1))));
        }
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("termios"));
        error = (PyType) Ops.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(Exceptions.Exception), ns);
        m.set("error", error);
    }

    private static PyException failure() {
        int e = Holder.RUNTIME.getLastError();
        return new PyException(error, Exceptions.newInstance(error, PyInt.of(e),
                PyStr.of(taipan.runtime.io.Errno.strerror(e))));
    }

    /** An int, or an object with fileno(). */
    private static int fd(PyObject o) {
        PyObject v = o;
        if (!(o instanceof PyInt) && !(o instanceof PyLong)) {
            PyObject m = Ops.getattrOrNull(o, "fileno");
            if (m == null) {
                throw Py.TypeError("argument must be an int, or have a fileno() method");
            }
            v = Ops.call(m);
        }
        return (int) Py.asLongArg(v);
    }

    private static int word(byte[] t, int i) {
        return (t[i] & 0xff) | (t[i + 1] & 0xff) << 8 | (t[i + 2] & 0xff) << 16 | (t[i + 3] & 0xff) << 24;
    }

    private static void putWord(byte[] t, int i, long v) {
        for (int k = 0; k < 4; k++) {
            t[i + k] = (byte) (v >>> (8 * k));
        }
    }

    @ExposedMethod(doc = "tcgetattr(fd) -> list_of_attrs\n\nGet the tty attributes for file descriptor fd, as follows:\n[iflag, oflag, cflag, lflag, ispeed, ospeed, cc] where cc is a list\nof the tty special characters (each a string of length 1, except the items\nwith indices VMIN and VTIME, which are integers when these fields are\ndefined).  The interpretation of the flags and the speeds as well as the\nindexing in the cc array must be done using the symbolic constants defined\nin this module.")
    static PyObject tcgetattr(PyObject fdObj) {
        byte[] t = new byte[SIZE];
        if (Holder.LIB.tcgetattr(fd(fdObj), t) < 0) {
            throw failure();
        }
        int lflag = word(t, 12);
        PyList cc = new PyList();
        for (int i = 0; i < NCCS; i++) {
            cc.append(PyStr.ofChar(t[CC + i] & 0xff));
        }
        if ((lflag & ICANON) == 0) {
            cc.__setitem__(PyInt.of(VMIN), PyInt.of(t[CC + VMIN] & 0xff));
            cc.__setitem__(PyInt.of(VTIME), PyInt.of(t[CC + VTIME] & 0xff));
        }
        PyList out = new PyList();
        for (int i = 0; i < 4; i++) {
            out.append(PyInt.of(word(t, 4 * i) & 0xffffffffL));
        }
        out.append(PyInt.of(Holder.LIB.cfgetispeed(t) & 0xffffffffL));
        out.append(PyInt.of(Holder.LIB.cfgetospeed(t) & 0xffffffffL));
        out.append(cc);
        return out;
    }

    @ExposedMethod(doc = "tcsetattr(fd, when, attributes) -> None\n\nSet the tty attributes for file descriptor fd.\nThe attributes to be set are taken from the attributes argument, which\nis a list like the one returned by tcgetattr(). The when argument\ndetermines when the attributes are changed: termios.TCSANOW to\nchange immediately, termios.TCSADRAIN to change after transmitting all\nqueued output, or termios.TCSAFLUSH to change after transmitting all\nqueued output and discarding all queued input. ")
    static void tcsetattr(PyObject fdObj, int when, PyObject attrs) {
        int fd = fd(fdObj);
        if (!(attrs instanceof PyList l) || l.__len__() != 7) {
            throw Py.TypeError("tcsetattr, arg 3: must be 7 element list");
        }
        byte[] t = new byte[SIZE];
        // start from the current settings: c_line and anything not in the list stay
        if (Holder.LIB.tcgetattr(fd, t) < 0) {
            throw failure();
        }
        PyObject[] a = Ops.toArray(attrs);
        for (int i = 0; i < 4; i++) {
            putWord(t, 4 * i, Py.asLongArg(a[i]));
        }
        long ispeed = Py.asLongArg(a[4]), ospeed = Py.asLongArg(a[5]);
        if (!(a[6] instanceof PyList cc) || cc.__len__() != NCCS) {
            throw Py.TypeError("tcsetattr: attributes[6] must be " + NCCS + " element list");
        }
        PyObject[] c = Ops.toArray(cc);
        for (int i = 0; i < NCCS; i++) {
            if (c[i] instanceof PyStr s && s.size() == 1) {
                t[CC + i] = (byte) s.byteAt(0);
            } else if (c[i] instanceof PyInt n) {
                t[CC + i] = (byte) n.value;
            } else {
                throw Py.TypeError("tcsetattr: elements of attributes must be characters or integers");
            }
        }
        if (Holder.LIB.cfsetispeed(t, (int) ispeed) < 0 || Holder.LIB.cfsetospeed(t, (int) ospeed) < 0
                || Holder.LIB.tcsetattr(fd, when, t) < 0) {
            throw failure();
        }
    }

    @ExposedMethod(doc = "tcsendbreak(fd, duration) -> None\n\nSend a break on file descriptor fd.\nA zero duration sends a break for 0.25-0.5 seconds; a nonzero duration\nhas a system dependent meaning.")
    static void tcsendbreak(PyObject fd, int duration) {
        if (Holder.LIB.tcsendbreak(fd(fd), duration) < 0) {
            throw failure();
        }
    }

    @ExposedMethod(doc = "tcdrain(fd) -> None\n\nWait until all output written to file descriptor fd has been transmitted.")
    static void tcdrain(PyObject fd) {
        if (Holder.LIB.tcdrain(fd(fd)) < 0) {
            throw failure();
        }
    }

    @ExposedMethod(doc = "tcflush(fd, queue) -> None\n\nDiscard queued data on file descriptor fd.\nThe queue selector specifies which queue: termios.TCIFLUSH for the input\nqueue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for\nboth queues. ")
    static void tcflush(PyObject fd, int queue) {
        if (Holder.LIB.tcflush(fd(fd), queue) < 0) {
            throw failure();
        }
    }

    @ExposedMethod(doc = "tcflow(fd, action) -> None\n\nSuspend or resume input or output on file descriptor fd.\nThe action argument can be termios.TCOOFF to suspend output,\ntermios.TCOON to restart output, termios.TCIOFF to suspend input,\nor termios.TCION to restart input.")
    static void tcflow(PyObject fd, int action) {
        if (Holder.LIB.tcflow(fd(fd), action) < 0) {
            throw failure();
        }
    }
}

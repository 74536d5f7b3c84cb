package taipan.os.posix;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jnr.ffi.Pointer;
import taipan.runtime.*;
import taipan.runtime.io.Errno;
import taipan.runtime.io.FdIO;
import taipan.runtime.io.RawIO;

/**
 * {@code posix}: the operating system calls behind {@code os}, made through libc (jnr-ffi),
 * so descriptors, the working directory, the environment and errno are the process's own.
 * Failures raise {@code OSError(errno, strerror[, filename])} as CPython 2.7 does.
 */
@PyModuleDef(name = "posix", doc = "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.")
public final class PosixModule {
    private PosixModule() {}

    @ExposedConstant static final int F_OK = 0, R_OK = 4, W_OK = 2, X_OK = 1;
    @ExposedConstant static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200,
            O_NOCTTY = 0400, O_TRUNC = 01000, O_APPEND = 02000, O_NONBLOCK = 04000, O_NDELAY = 04000,
            O_DSYNC = 010000, O_ASYNC = 020000, O_DIRECT = 040000, O_LARGEFILE = 0, O_DIRECTORY = 0200000,
            O_NOFOLLOW = 0400000, O_NOATIME = 01000000, O_SYNC = 04010000, O_RSYNC = 04010000;
    @ExposedConstant static final int WNOHANG = 1, WUNTRACED = 2, WCONTINUED = 8;
    @ExposedConstant static final int NGROUPS_MAX = 65536, TMP_MAX = 238328;
    @ExposedConstant static final int EX_OK = 0, EX_USAGE = 64, EX_DATAERR = 65, EX_NOINPUT = 66, EX_NOUSER = 67,
            EX_NOHOST = 68, EX_UNAVAILABLE = 69, EX_SOFTWARE = 70, EX_OSERR = 71, EX_OSFILE = 72,
            EX_CANTCREAT = 73, EX_IOERR = 74, EX_TEMPFAIL = 75, EX_PROTOCOL = 76, EX_NOPERM = 77, EX_CONFIG = 78;

    private static final int AT_FDCWD = -100;
    private static final long UTIME_NOW = (1L << 30) - 1;

    static void init(PyModule m) {
        m.set("error", Exceptions.OSError);
        m.set("stat_result", StatResult.TYPE);
        m.set("statvfs_result", StatResult.VFS_TYPE);
        m.set("environ", Environ.initial());
        m.set("sysconf_names", Confnames.dict(Confnames.SYSCONF));
        m.set("pathconf_names", Confnames.dict(Confnames.PATHCONF));
        m.set("confstr_names", Confnames.dict(Confnames.CONFSTR));
    }

    // ---- errors -------------------------------------------------------------------------------

    /** OSError for errno, with the file name when there is one (a C string: its terminator is dropped). */
    public static PyException error(int errno, byte[] cpath) {
        PyObject[] args = cpath == null
                ? new PyObject[] {PyInt.of(errno), PyStr.of(Errno.strerror(errno))}
                : new PyObject[] {PyInt.of(errno), PyStr.of(Errno.strerror(errno)), PathArg.filename(cpath)};
        return new PyException(Exceptions.OSError, Exceptions.newInstance(Exceptions.OSError, args));
    }

    /** OSError for the errno the last libc call left. */
    public static PyException error(byte[] cpath) {
        return error(Native.errno(), cpath);
    }

    private static void check(int rc, byte[] cpath) {
        if (rc < 0) {
            throw error(cpath);
        }
    }

    private static LibC libc() {
        return Native.libc();
    }

    // ---- the working directory -------------------------------------------------------------

    private static byte[] cwd() {
        for (int size = 1024;; size *= 2) {
            byte[] buf = new byte[size];
            Pointer p = libc().getcwd(buf, size);
            if (p != null) {
                int n = 0;
                while (buf[n] != 0) {
                    n++;
                }
                return java.util.Arrays.copyOf(buf, n);
            }
            int e = Native.errno();
            if (e != Errno.ERANGE) {
                throw error(e, null);
            }
        }
    }

    @ExposedMethod(doc = "getcwd() -> path\n\nReturn a string representing the current working directory.")
    static PyObject getcwd() {
        return PyStr.of(cwd());
    }

    @ExposedMethod(doc = "getcwdu() -> path\n\nReturn a unicode string representing the current working directory.")
    static PyObject getcwdu() {
        return PathArg.result(cwd(), true);
    }

    @ExposedMethod(doc = "chdir(path)\n\nChange the current working directory to the specified path.")
    static void chdir(PyObject path) {
        byte[] p = PathArg.of(path, "chdir");
        check(libc().chdir(p), p);
    }

    @ExposedMethod(doc = "fchdir(fildes)\n\nChange to the directory of the given file descriptor.  fildes must be\nopened on a directory, not a file.")
    static void fchdir(PyObject fd) {
        check(libc().fchdir(Descriptors.fdOf(fd)), null);
    }

    @ExposedMethod(doc = "chroot(path)\n\nChange root directory to path.")
    static void chroot(PyObject path) {
        byte[] p = PathArg.of(path, "chroot");
        check(libc().chroot(p), p);
    }

    // ---- directories and names ---------------------------------------------------------------

    @ExposedMethod(doc = "listdir(path) -> list_of_strings\n\nReturn a list containing the names of the entries in the directory.\n\n\tpath: path of directory to list\n\nThe list is in arbitrary order.  It does not include the special\nentries '.' and '..' even if they are present in the directory.")
    static PyObject listdir(PyObject path) {
        byte[] p = PathArg.of(path, "listdir");
        boolean unicode = path instanceof PyUnicode;
        LibC c = libc();
        Pointer dir = c.opendir(p);
        if (dir == null) {
            throw error(p);
        }
        PyList out = new PyList();
        try {
            for (Pointer ent = c.readdir(dir); ent != null; ent = c.readdir(dir)) {
                // struct dirent: d_ino, d_off (8 bytes each), d_reclen (2), d_type (1), d_name
                int len = ent.indexOf(19, (byte) 0);
                byte[] name = new byte[len];
                ent.get(19, name, 0, len);
                if ((len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.')) {
                    continue;
                }
                out.append(PathArg.result(name, unicode));
            }
        } finally {
            c.closedir(dir);
        }
        return out;
    }

    @ExposedMethod(doc = "mkdir(path [, mode=0777])\n\nCreate a directory.")
    static void mkdir(PyObject path, @Default("0777") int mode) {
        byte[] p = PathArg.of(path, "mkdir");
        check(libc().mkdir(p, mode), p);
    }

    @ExposedMethod(doc = "rmdir(path)\n\nRemove a directory.")
    static void rmdir(PyObject path) {
        byte[] p = PathArg.of(path, "rmdir");
        check(libc().rmdir(p), p);
    }

    @ExposedMethod(doc = "unlink(path)\n\nRemove a file (same as remove(path)).")
    static void unlink(PyObject path) {
        byte[] p = PathArg.of(path, "unlink");
        check(libc().unlink(p), p);
    }

    @ExposedMethod(doc = "remove(path)\n\nRemove a file (same as unlink(path)).")
    static void remove(PyObject path) {
        byte[] p = PathArg.of(path, "remove");
        check(libc().unlink(p), p);
    }

    @ExposedMethod(doc = "rename(old, new)\n\nRename a file or directory.")
    static void rename(PyObject src, PyObject dst) {
        check(libc().rename(PathArg.of(src, "rename"), PathArg.of(dst, "rename")), null);
    }

    @ExposedMethod(doc = "symlink(src, dst)\n\nCreate a symbolic link pointing to src named dst.")
    static void symlink(PyObject src, PyObject dst) {
        check(libc().symlink(PathArg.of(src, "symlink"), PathArg.of(dst, "symlink")), null);
    }

    @ExposedMethod(doc = "link(src, dst)\n\nCreate a hard link to a file.")
    static void link(PyObject src, PyObject dst) {
        check(libc().link(PathArg.of(src, "link"), PathArg.of(dst, "link")), null);
    }

    @ExposedMethod(doc = "readlink(path) -> path\n\nReturn a string representing the path to which the symbolic link points.")
    static PyObject readlink(PyObject path) {
        byte[] p = PathArg.of(path, "readlink");
        for (int size = 4096;; size *= 4) {
            byte[] buf = new byte[size];
            long n = libc().readlink(p, buf, size);
            if (n < 0) {
                throw error(p);
            }
            if (n < size) {
                return PathArg.result(java.util.Arrays.copyOf(buf, (int) n), path instanceof PyUnicode);
            }
        }
    }

    @ExposedMethod(doc = "mkfifo(filename [, mode=0666])\n\nCreate a FIFO (a POSIX named pipe).")
    static void mkfifo(PyObject path, @Default("0666") int mode) {
        byte[] p = PathArg.of(path, "mkfifo");
        check(libc().mkfifo(p, mode), null);
    }

    @ExposedMethod(doc = "mknod(filename [, mode=0600, device])\n\nCreate a filesystem node (file, device special file or named pipe)\nnamed filename. mode specifies both the permissions to use and the\ntype of node to be created, being combined (bitwise OR) with one of\nS_IFREG, S_IFCHR, S_IFBLK, and S_IFIFO. For S_IFCHR and S_IFBLK,\ndevice defines the newly created device special file (probably using\nos.makedev()), otherwise it is ignored.")
    static void mknod(PyObject path, @Default("0600") int mode, @Default("0") long device) {
        byte[] p = PathArg.of(path, "mknod");
        check(libc().mknod(p, mode, device), null);
    }

    @ExposedMethod(doc = "major(device) -> major number\nExtracts a device major number from a raw device number.")
    static long major(long dev) {
        return ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
    }

    @ExposedMethod(doc = "minor(device) -> minor number\nExtracts a device minor number from a raw device number.")
    static long minor(long dev) {
        return (dev & 0xff) | ((dev >>> 12) & ~0xffL);
    }

    @ExposedMethod(doc = "makedev(major, minor) -> device number\nComposes a raw device number from the major and minor device numbers.")
    static long makedev(long major, long minor) {
        return ((major & 0xfff) << 8) | ((major & ~0xfffL) << 32) | (minor & 0xff) | ((minor & ~0xffL) << 12);
    }

    // ---- stat -------------------------------------------------------------------------------

    @ExposedMethod(doc = "stat(path) -> stat result\n\nPerform a stat system call on the given path.")
    static PyObject stat(PyObject path) {
        byte[] p = PathArg.of(path, "stat");
        byte[] buf = new byte[StatResult.SIZE];
        check(libc().stat(p, buf), p);
        return StatResult.from(buf);
    }

    @ExposedMethod(doc = "lstat(path) -> stat result\n\nLike stat(path), but do not follow symbolic links.")
    static PyObject lstat(PyObject path) {
        byte[] p = PathArg.of(path, "lstat");
        byte[] buf = new byte[StatResult.SIZE];
        check(libc().lstat(p, buf), p);
        return StatResult.from(buf);
    }

    @ExposedMethod(doc = "fstat(fd) -> stat result\n\nLike stat(), but for an open file descriptor.")
    static PyObject fstat(int fd) {
        byte[] buf = new byte[StatResult.SIZE];
        check(libc().fstat(fd, buf), null);
        return StatResult.from(buf);
    }

    @ExposedMethod(doc = "statvfs(path) -> statvfs result\n\nPerform a statvfs system call on the given path.")
    static PyObject statvfs(PyObject path) {
        byte[] p = PathArg.of(path, "statvfs");
        byte[] buf = new byte[128];
        check(libc().statvfs(p, buf), p);
        return StatResult.fromVfs(buf);
    }

    @ExposedMethod(doc = "fstatvfs(fd) -> statvfs result\n\nPerform an fstatvfs system call on the given fd.")
    static PyObject fstatvfs(int fd) {
        byte[] buf = new byte[128];
        check(libc().fstatvfs(fd, buf), null);
        return StatResult.fromVfs(buf);
    }

    @ExposedMethod(doc = "stat_float_times([newval]) -> oldval\n\nDetermine whether os.[lf]stat represents time stamps as float objects.\nIf newval is True, future calls to stat() return floats, if it is False,\nfuture calls return ints. \nIf newval is omitted, return the current setting.\n")
    static PyObject stat_float_times(@Default("-1") int newval) {
        if (newval == -1) {
            return Py.bool(StatResult.floatTimes);
        }
        StatResult.floatTimes = newval != 0;
        return Py.None;
    }

    // ---- permissions and times ---------------------------------------------------------------

    @ExposedMethod(doc = "access(path, mode) -> True if granted, False otherwise\n\nUse the real uid/gid to test for access to a path.  Note that most\noperations will use the effective uid/gid, therefore this routine can\nbe used in a suid/sgid environment to test if the invoking user has the\nspecified access to the path.  The mode argument can be F_OK to test\nexistence, or the inclusive-OR of R_OK, W_OK, and X_OK.")
    static boolean access(PyObject path, int mode) {
        return libc().access(PathArg.of(path, "access"), mode) == 0;
    }

    @ExposedMethod(doc = "chmod(path, mode)\n\nChange the access permissions of a file.")
    static void chmod(PyObject path, int mode) {
        byte[] p = PathArg.of(path, "chmod");
        check(libc().chmod(p, mode), p);
    }

    @ExposedMethod(doc = "fchmod(fd, mode)\n\nChange the access permissions of the file given by file\ndescriptor fd.")
    static void fchmod(int fd, int mode) {
        check(libc().fchmod(fd, mode), null);
    }

    @ExposedMethod(doc = "chown(path, uid, gid)\n\nChange the owner and group id of path to the numeric uid and gid.")
    static void chown(PyObject path, PyObject uid, PyObject gid) {
        byte[] p = PathArg.of(path, "chown");
        check(libc().chown(p, uid(uid), gid(gid)), p);
    }

    @ExposedMethod(doc = "lchown(path, uid, gid)\n\nChange the owner and group id of path to the numeric uid and gid.\nThis function will not follow symbolic links.")
    static void lchown(PyObject path, PyObject uid, PyObject gid) {
        byte[] p = PathArg.of(path, "lchown");
        check(libc().lchown(p, uid(uid), gid(gid)), p);
    }

    @ExposedMethod(doc = "fchown(fd, uid, gid)\n\nChange the owner and group id of the file given by file descriptor\nfd to the numeric uid and gid.")
    static void fchown(int fd, PyObject uid, PyObject gid) {
        check(libc().fchown(fd, uid(uid), gid(gid)), null);
    }

    @ExposedMethod(doc = "utime(path, (atime, mtime))\nutime(path, None)\n\nSet the access and modified time of the file to the given values.  If the\nsecond form is used, set the access and modified times to the current time.")
    static void utime(PyObject path, PyObject times) {
        byte[] p = PathArg.of(path, "utime");
        long[] ts = null;
        if (times != Py.None) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw Py.TypeError("utime() arg 2 must be a tuple (atime, mtime)");
            }
            ts = new long[4];
            timespec(t.get(0), ts, 0);
            timespec(t.get(1), ts, 2);
        }
        check(libc().utimensat(AT_FDCWD, p, ts, 0), p);
    }

    /** A time as seconds and nanoseconds, at microsecond precision as 2.7's utimes() call has it. */
    private static void timespec(PyObject v, long[] ts, int at) {
        if (v instanceof PyFloat f) {
            double d = f.value;
            double sec = Math.floor(d);
            long usec = (long) ((d - sec) * 1e6);
            ts[at] = (long) sec;
            ts[at + 1] = usec * 1000;
        } else {
            ts[at] = Descriptors.intArg(v);
            ts[at + 1] = 0;
        }
    }

    @ExposedMethod(doc = "umask(new_mask) -> old_mask\n\nSet the current numeric umask and return the previous umask.")
    static int umask(int mask) {
        return libc().umask(mask);
    }

    /** A uid_t argument: -1 or 0 to 2**32-1, with 2.7's OverflowError otherwise. */
    static int uid(PyObject v) {
        return id(v, "user");
    }

    static int gid(PyObject v) {
        return id(v, "group");
    }

    private static int id(PyObject v, String what) {
        if (!(v instanceof PyInt) && !(v instanceof PyLong)) {
            throw Py.TypeError("an integer is required");
        }
        if (Ops.richCompareBool(v, PyInt.of(-1), CompareOp.LT)) {
            throw Py.OverflowError(what + " id is less than minimum");
        }
        if (Ops.richCompareBool(v, PyInt.of(0xffffffffL), CompareOp.GT)) {
            throw Py.OverflowError(what + " id is greater than maximum");
        }
        return (int) Py.asLongArg(v);
    }

    // ---- processes and users ---------------------------------------------------------------------

    @ExposedMethod(doc = "getpid() -> pid\n\nReturn the current process id")
    static long getpid() {
        return ProcessHandle.current().pid();
    }

    @ExposedMethod(doc = "getppid() -> ppid\n\nReturn the parent's process id.")
    static int getppid() {
        return libc().getppid();
    }

    @ExposedMethod(doc = "getuid() -> uid\n\nReturn the current process's user id.")
    static long getuid() {
        return libc().getuid() & 0xffffffffL;
    }

    @ExposedMethod(doc = "geteuid() -> euid\n\nReturn the current process's effective user id.")
    static long geteuid() {
        return libc().geteuid() & 0xffffffffL;
    }

    @ExposedMethod(doc = "getgid() -> gid\n\nReturn the current process's group id.")
    static long getgid() {
        return libc().getgid() & 0xffffffffL;
    }

    @ExposedMethod(doc = "getegid() -> egid\n\nReturn the current process's effective group id.")
    static long getegid() {
        return libc().getegid() & 0xffffffffL;
    }

    @ExposedMethod(doc = "getgroups() -> list of group IDs\n\nReturn list of supplemental group IDs for the process.")
    static PyObject getgroups() {
        int n = libc().getgroups(0, null);
        check(n, null);
        int[] g = new int[Math.max(n, 1)];
        n = libc().getgroups(n, g);
        check(n, null);
        PyList out = new PyList();
        for (int i = 0; i < n; i++) {
            out.append(PyInt.of(g[i] & 0xffffffffL));
        }
        return out;
    }

    @ExposedMethod(doc = "getpgrp() -> pgrp\n\nReturn the current process group id.")
    static int getpgrp() {
        return libc().getpgrp();
    }

    @ExposedMethod(doc = "getpgid(pid) -> pgid\n\nCall the system call getpgid().")
    static int getpgid(int pid) {
        int r = libc().getpgid(pid);
        check(r, null);
        return r;
    }

    @ExposedMethod(doc = "setpgid(pid, pgrp)\n\nCall the system call setpgid().")
    static void setpgid(int pid, int pgrp) {
        check(libc().setpgid(pid, pgrp), null);
    }

    @ExposedMethod(doc = "setpgrp()\n\nMake this process the process group leader.")
    static void setpgrp() {
        check(libc().setpgid(0, 0), null);
    }

    @ExposedMethod(doc = "getsid(pid) -> sid\n\nCall the system call getsid().")
    static int getsid(int pid) {
        int r = libc().getsid(pid);
        check(r, null);
        return r;
    }

    @ExposedMethod(doc = "setsid()\n\nCall the system call setsid().")
    static void setsid() {
        check(libc().setsid(), null);
    }

    @ExposedMethod(doc = "setuid(uid)\n\nSet the current process's user id.")
    static void setuid(PyObject uid) {
        check(libc().setuid(uid(uid)), null);
    }

    @ExposedMethod(doc = "seteuid(uid)\n\nSet the current process's effective user id.")
    static void seteuid(PyObject uid) {
        check(libc().seteuid(uid(uid)), null);
    }

    @ExposedMethod(doc = "setgid(gid)\n\nSet the current process's group id.")
    static void setgid(PyObject gid) {
        check(libc().setgid(gid(gid)), null);
    }

    @ExposedMethod(doc = "setegid(gid)\n\nSet the current process's effective group id.")
    static void setegid(PyObject gid) {
        check(libc().setegid(gid(gid)), null);
    }

    @ExposedMethod(doc = "setreuid(ruid, euid)\n\nSet the current process's real and effective user ids.")
    static void setreuid(PyObject ruid, PyObject euid) {
        check(libc().setreuid(uid(ruid), uid(euid)), null);
    }

    @ExposedMethod(doc = "setregid(rgid, egid)\n\nSet the current process's real and effective group ids.")
    static void setregid(PyObject rgid, PyObject egid) {
        check(libc().setregid(gid(rgid), gid(egid)), null);
    }

    @ExposedMethod(doc = "nice(inc) -> new_priority\n\nDecrease the priority of process by inc and return the new priority.")
    static int nice(int inc) {
        Native.setErrno(0);
        int r = libc().nice(inc);
        if (r == -1 && Native.errno() != 0) {
            throw error(null);
        }
        return r;
    }

    @ExposedMethod(doc = "kill(pid, sig)\n\nKill a process with a signal.")
    static void kill(int pid, int sig) {
        check(libc().kill(pid, sig), null);
    }

    @ExposedMethod(doc = "killpg(pgid, sig)\n\nKill a process group with a signal.")
    static void killpg(int pgid, int sig) {
        check(libc().killpg(pgid, sig), null);
    }

    @ExposedMethod(names = "_exit", doc = "_exit(status)\n\nExit to the system with specified status, without normal exit processing.")
    static void exit(int status) {
        Runtime.getRuntime().halt(status);
    }

    @ExposedMethod(doc = "abort() -> does not return!\n\nAbort the interpreter immediately.  This 'dumps core' or otherwise fails\nin the hardest way possible on the hosting operating system.")
    static void abort() {
        libc().kill((int) ProcessHandle.current().pid(), 6);
        Runtime.getRuntime().halt(134);
    }

    @ExposedMethod(doc = "getlogin() -> string\n\nReturn the actual login name.")
    static PyObject getlogin() {
        Pointer p = libc().getlogin();
        if (p == null) {
            throw error(null);
        }
        return PyStr.of(cString(p));
    }

    @ExposedMethod(doc = "ttyname(fd) -> string\n\nReturn the name of the terminal device connected to 'fd'.")
    static PyObject ttyname(int fd) {
        Pointer p = libc().ttyname(fd);
        if (p == null) {
            throw error(null);
        }
        return PyStr.of(cString(p));
    }

    @ExposedMethod(doc = "ctermid() -> string\n\nReturn the name of the controlling terminal for this process.")
    static PyObject ctermid() {
        byte[] buf = new byte[256];
        libc().ctermid(buf);
        return PyStr.of(cString(buf));
    }

    static byte[] cString(Pointer p) {
        int n = p.indexOf(0, (byte) 0);
        byte[] b = new byte[n];
        p.get(0, b, 0, n);
        return b;
    }

    static byte[] cString(byte[] buf) {
        int n = 0;
        while (n < buf.length && buf[n] != 0) {
            n++;
        }
        return java.util.Arrays.copyOf(buf, n);
    }

    // ---- system information ----------------------------------------------------------------------

    @ExposedMethod(doc = "uname() -> (sysname, nodename, release, version, machine)\n\nReturn a tuple identifying the current operating system.")
    static PyObject uname() {
        byte[] buf = new byte[6 * 65];
        check(libc().uname(buf), null);
        PyObject[] f = new PyObject[5];
        for (int i = 0; i < 5; i++) {
            f[i] = PyStr.of(cString(java.util.Arrays.copyOfRange(buf, i * 65, (i + 1) * 65)));
        }
        return PyTuple.of(f);
    }

    @ExposedMethod(doc = "times() -> (utime, stime, cutime, cstime, elapsed_time)\n\nReturn a tuple of floating point numbers indicating process times.")
    static PyObject times() {
        long[] t = new long[4];
        long elapsed = libc().times(t);
        if (elapsed == -1) {
            throw error(null);
        }
        double hz = libc().sysconf(2); // _SC_CLK_TCK
        return PyTuple.of(new PyFloat(t[0] / hz), new PyFloat(t[1] / hz), new PyFloat(t[2] / hz),
                new PyFloat(t[3] / hz), new PyFloat(elapsed / hz));
    }

    @ExposedMethod(doc = "getloadavg() -> (float, float, float)\n\nReturn the number of processes in the system run queue averaged over\nthe last 1, 5, and 15 minutes or raises OSError if the load average\nwas unobtainable")
    static PyObject getloadavg() {
        double[] l = new double[3];
        if (libc().getloadavg(l, 3) != 3) {
            throw Py.OSError(0, "Load averages are unobtainable", null);
        }
        return PyTuple.of(new PyFloat(l[0]), new PyFloat(l[1]), new PyFloat(l[2]));
    }

    @ExposedMethod(doc = "urandom(n) -> str\n\nReturn n random bytes suitable for cryptographic use.")
    static PyObject urandom(int n) {
        if (n < 0) {
            throw Py.ValueError("negative argument not allowed");
        }
        byte[] b = new byte[n];
        try (FileInputStream in = new FileInputStream("/dev/urandom")) {
            int off = 0;
            while (off < n) {
                int r = in.read(b, off, n - off);
                if (r < 0) {
                    throw Py.OSError(Errno.EIO, Errno.strerror(Errno.EIO), null);
                }
                off += r;
            }
        } catch (IOException e) {
            int en = Errno.errnoOf(e);
            throw Py.OSError(en, Errno.strerror(en), null);
        }
        return PyStr.of(b);
    }

    @ExposedMethod(doc = "strerror(code) -> string\n\nTranslate an error code to a message string.")
    static PyObject strerror(int code) {
        return PyStr.of(code == 0 ? "Success" : Errno.strerror(code));
    }

    // ---- the environment -----------------------------------------------------------------------

    @ExposedMethod(doc = "putenv(key, value)\n\nChange or add an environment variable.")
    static void putenv(PyObject key, PyObject value) {
        byte[] k = Descriptors.cString(key, "putenv", 1), v = Descriptors.cString(value, "putenv", 2);
        if (indexOf(k, (byte) '=') >= 0) {
            throw Py.ValueError("illegal environment variable name");
        }
        check(libc().setenv(k, v, 1), null);
    }

    @ExposedMethod(doc = "unsetenv(key)\n\nDelete an environment variable.")
    static void unsetenv(PyObject key) {
        libc().unsetenv(Descriptors.cString(key, "unsetenv", 1));
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    // ---- wait status macros -------------------------------------------------------------------

    @ExposedMethod(doc = "WIFEXITED(status) -> bool\n\nReturn true if the process returning 'status' exited using the exit()\nsystem call.")
    static boolean WIFEXITED(int status) {
        return (status & 0x7f) == 0;
    }

    @ExposedMethod(doc = "WEXITSTATUS(status) -> integer\n\nReturn the process return code from 'status'.")
    static int WEXITSTATUS(int status) {
        return (status >> 8) & 0xff;
    }

    @ExposedMethod(doc = "WIFSIGNALED(status) -> bool\n\nReturn True if the process returning 'status' was terminated by a signal.")
    static boolean WIFSIGNALED(int status) {
        return ((byte) ((status & 0x7f) + 1) >> 1) > 0;
    }

    @ExposedMethod(doc = "WTERMSIG(status) -> integer\n\nReturn the signal that terminated the process that provided the 'status'\nvalue.")
    static int WTERMSIG(int status) {
        return status & 0x7f;
    }

    @ExposedMethod(doc = "WIFSTOPPED(status) -> bool\n\nReturn True if the process returning 'status' was stopped.")
    static boolean WIFSTOPPED(int status) {
        return (status & 0xff) == 0x7f;
    }

    @ExposedMethod(doc = "WSTOPSIG(status) -> integer\n\nReturn the signal that stopped the process that provided\nthe 'status' value.")
    static int WSTOPSIG(int status) {
        return (status >> 8) & 0xff;
    }

    @ExposedMethod(doc = "WCOREDUMP(status) -> bool\n\nReturn True if the process returning 'status' was dumped to a core file.")
    static boolean WCOREDUMP(int status) {
        return (status & 0x80) != 0;
    }

    @ExposedMethod(doc = "WIFCONTINUED(status) -> bool\n\nReturn True if the process returning 'status' was continued from a\njob control stop.")
    static boolean WIFCONTINUED(int status) {
        return status == 0xffff;
    }

    // ---- descriptors ---------------------------------------------------------------------------------

    @ExposedMethod(doc = "open(filename, flag [, mode=0777]) -> fd\n\nOpen a file (for low level IO).")
    static int open(PyObject path, int flags, @Default("0777") int mode) {
        byte[] p = PathArg.of(path, "open");
        int fd = libc().open(p, flags, mode);
        check(fd, p);
        return fd;
    }

    @ExposedMethod(doc = "read(fd, buffersize) -> string\n\nRead a file descriptor.")
    static PyObject read(int fd, int n) {
        return Descriptors.read(fd, n);
    }

    @ExposedMethod(doc = "write(fd, string) -> byteswritten\n\nWrite a string to a file descriptor.")
    static long write(int fd, PyObject data) {
        return Descriptors.write(fd, data);
    }

    @ExposedMethod(doc = "close(fd)\n\nClose a file descriptor (for low level IO).")
    static void close(int fd) {
        check(libc().close(fd), null);
    }

    @ExposedMethod(doc = "closerange(fd_low, fd_high)\n\nCloses all file descriptors in [fd_low, fd_high), ignoring errors.")
    static void closerange(int low, int high) {
        for (int i = Math.max(low, 0); i < high; i++) {
            libc().close(i);
        }
    }

    @ExposedMethod(doc = "lseek(fd, pos, how) -> newpos\n\nSet the current position of a file descriptor.\nReturn the new cursor position in bytes, starting from the beginning.")
    static long lseek(int fd, long pos, int how) {
        long r = libc().lseek(fd, pos, how);
        if (r < 0) {
            throw error(null);
        }
        return r;
    }

    @ExposedMethod(doc = "dup(fd) -> fd2\n\nReturn a duplicate of a file descriptor.")
    static int dup(int fd) {
        int r = libc().dup(fd);
        check(r, null);
        return r;
    }

    @ExposedMethod(doc = "dup2(old_fd, new_fd)\n\nDuplicate file descriptor.")
    static void dup2(int fd, int fd2) {
        check(libc().dup2(fd, fd2), null);
    }

    @ExposedMethod(doc = "pipe() -> (read_end, write_end)\n\nCreate a pipe.")
    static PyObject pipe() {
        int[] fds = new int[2];
        check(libc().pipe(fds), null);
        return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
    }

    @ExposedMethod(doc = "fsync(fildes)\n\nforce write of file with filedescriptor to disk.")
    static void fsync(PyObject fd) {
        check(libc().fsync(Descriptors.fdOf(fd)), null);
    }

    @ExposedMethod(doc = "fdatasync(fildes)\n\nforce write of file with filedescriptor to disk.\n does not force update of metadata.")
    static void fdatasync(PyObject fd) {
        check(libc().fdatasync(Descriptors.fdOf(fd)), null);
    }

    @ExposedMethod(doc = "ftruncate(fd, length)\n\nTruncate a file to a specified length.")
    static void ftruncate(int fd, long length) {
        check(libc().ftruncate(fd, length), null);
    }

    @ExposedMethod(doc = "isatty(fd) -> bool\n\nReturn True if the file descriptor 'fd' is an open file descriptor\nconnected to the slave end of a terminal.")
    static boolean isatty(int fd) {
        return libc().isatty(fd) == 1;
    }

    @ExposedMethod(doc = "fdopen(fd [, mode='r' [, bufsize]]) -> file_object\n\nReturn an open file object connected to a file descriptor.")
    static PyObject fdopen(int fd, @Default("r") String mode, @Default("-1") int bufsize) {
        return Descriptors.fdopen(fd, mode, bufsize);
    }


    // ---- programs ------------------------------------------------------------------------------

    private static final byte[] SH = "/bin/sh".getBytes();

    private static java.util.List<byte[]> shellArgs(PyObject command) {
        byte[] cmd = Descriptors.cString(command, "system", 1);
        return java.util.List.of("sh".getBytes(), "-c".getBytes(), java.util.Arrays.copyOf(cmd, cmd.length - 1));
    }

    @ExposedMethod(doc = "system(command) -> exit_status\n\nExecute the command (a string) in a subshell.")
    static int system(PyObject command) {
        int pid = Spawn.spawn(SH, false, shellArgs(command), null);
        return Spawn.waitFor(pid);
    }

    @ExposedMethod(doc = "popen(command [, mode='r' [, bufsize]]) -> pipe\n\nOpen a pipe to/from a command returning a file object.")
    static PyObject popen(PyObject command, @Default("r") String mode, @Default("-1") int bufsize) {
        java.util.List<byte[]> args = shellArgs(command);
        boolean reading = mode.startsWith("r");
        if (!reading && !mode.startsWith("w")) {
            throw error(Errno.EINVAL, null);
        }
        int[] fds = new int[2];
        // the parent's ends are close-on-exec, so other children never hold them open
        check(libc().pipe2(fds, 02000000), null);
        int pid;
        try {
            pid = reading ? Spawn.spawn(SH, false, args, null, fds[1], 1) : Spawn.spawn(SH, false, args, null, fds[0], 0);
        } catch (PyException e) {
            libc().close(fds[0]);
            libc().close(fds[1]);
            throw e;
        }
        libc().close(reading ? fds[1] : fds[0]);
        int mine = reading ? fds[0] : fds[1];
        try {
            FdIO raw = FdIO.fromFd(mine, reading, !reading, false, true);
            return PyFile.fromRaw(new PopenIO(raw, pid), command, mode, bufsize, true);
        } catch (java.io.IOException e) {
            libc().close(mine);
            throw error(Errno.errnoOf(e), null);
        }
    }

    @ExposedMethod(doc = "waitpid(pid, options) -> (pid, status)\n\nWait for completion of a given child process.")
    static PyObject waitpid(int pid, int options) {
        int[] status = new int[1];
        while (true) {
            int r = libc().waitpid(pid, status, options);
            if (r >= 0) {
                return PyTuple.of(PyInt.of(r), PyInt.of(status[0]));
            }
            int e = Native.errno();
            if (e != Errno.EINTR) {
                throw error(e, null);
            }
            if (Safepoint.pending) {
                Safepoint.run();
            }
        }
    }

    @ExposedMethod(doc = "wait() -> (pid, status)\n\nWait for completion of a child process.")
    static PyObject wait_() {
        return waitpid(-1, 0);
    }

    @ExposedMethod(doc = "execv(path, args)\n\nExecute an executable path with arguments, replacing current process.\n\n\tpath: path of executable file\n\targs: tuple or list of strings")
    static void execv(PyObject path, PyObject args) {
        byte[] p = PathArg.of(path, "execv");
        java.util.List<byte[]> argv = Spawn.argv(args, "execv", 2);
        if (argv.isEmpty()) {
            throw Py.ValueError("execv() arg 2 must not be empty");
        }
        PyFile.flushAll();
        libc().execv(p, new Spawn.CStrings(argv).array);
        throw error(null);
    }

    @ExposedMethod(doc = "execve(path, args, env)\n\nExecute a path with arguments and environment, replacing current process.\n\n\tpath: path of executable file\n\targs: tuple or list of arguments\n\tenv: dictionary of strings mapping to strings")
    static void execve(PyObject path, PyObject args, PyObject env) {
        byte[] p = PathArg.of(path, "execve");
        java.util.List<byte[]> argv = Spawn.argv(args, "execve", 2);
        java.util.List<byte[]> envp = Spawn.envp(env, "execve", 3);
        PyFile.flushAll();
        libc().execve(p, new Spawn.CStrings(argv).array, new Spawn.CStrings(envp).array);
        throw error(null);
    }

    /**
     * The os.spawn* functions' work: P_WAIT (0) waits and returns the exit code (minus the
     * signal number), else returns the pid. As with fork and exec, a program that cannot
     * be started exits with 127.
     */
    @ExposedMethod(names = "_spawn", doc = "_spawn(mode, file, args, env, search) -> code or pid")
    static int spawn(int mode, PyObject file, PyObject args, PyObject env, boolean search) {
        byte[] f = PathArg.bytes(file);
        java.util.List<byte[]> argv = Spawn.argv(args, "spawnv", 3);
        java.util.List<byte[]> envp = env == Py.None ? null : Spawn.envp(env, "spawnve", 4);
        int pid;
        try {
            pid = Spawn.spawn(f, search, argv, envp);
        } catch (PyException e) {
            if (mode == 0 && e.matches(Exceptions.OSError)) {
                return 127;
            }
            throw e;
        }
        if (mode != 0) {
            return pid;
        }
        int st = Spawn.waitFor(pid);
        return WIFSIGNALED(st) ? -WTERMSIG(st) : WEXITSTATUS(st);
    }

    // ---- more ids ---------------------------------------------------------------------------------

    @ExposedMethod(doc = "getresuid() -> (ruid, euid, suid)\n\nGet tuple of the current process's real, effective, and saved user ids.")
    static PyObject getresuid() {
        int[] r = new int[1], e = new int[1], s = new int[1];
        check(libc().getresuid(r, e, s), null);
        return PyTuple.of(PyInt.of(r[0] & 0xffffffffL), PyInt.of(e[0] & 0xffffffffL), PyInt.of(s[0] & 0xffffffffL));
    }

    @ExposedMethod(doc = "getresgid() -> (rgid, egid, sgid)\n\nGet tuple of the current process's real, effective, and saved group ids.")
    static PyObject getresgid() {
        int[] r = new int[1], e = new int[1], s = new int[1];
        check(libc().getresgid(r, e, s), null);
        return PyTuple.of(PyInt.of(r[0] & 0xffffffffL), PyInt.of(e[0] & 0xffffffffL), PyInt.of(s[0] & 0xffffffffL));
    }

    @ExposedMethod(doc = "setresuid(ruid, euid, suid)\n\nSet the current process's real, effective, and saved user ids.")
    static void setresuid(PyObject r, PyObject e, PyObject s) {
        check(libc().setresuid(uid(r), uid(e), uid(s)), null);
    }

    @ExposedMethod(doc = "setresgid(rgid, egid, sgid)\n\nSet the current process's real, effective, and saved group ids.")
    static void setresgid(PyObject r, PyObject e, PyObject s) {
        check(libc().setresgid(gid(r), gid(e), gid(s)), null);
    }

    @ExposedMethod(doc = "setgroups(list)\n\nSet the groups of the current process to list.")
    static void setgroups(PyObject groups) {
        if (Ops.getattrOrNull(groups, "__len__") == null || Ops.getattrOrNull(groups, "__getitem__") == null) {
            throw Py.TypeError("setgroups argument must be a sequence");
        }
        PyObject[] items = Ops.toArray(groups);
        if (items.length > NGROUPS_MAX) {
            throw Py.ValueError("too many groups");
        }
        int[] g = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyInt) && !(items[i] instanceof PyLong)) {
                throw Py.TypeError("groups must be integers");
            }
            g[i] = (int) Py.asLongArg(items[i]);
        }
        check(libc().setgroups(g.length, g), null);
    }

    @ExposedMethod(doc = "initgroups(username, gid) -> None\n\nCall the system initgroups() to initialize the group access list with all of\nthe groups of which the specified username is a member, plus the specified\ngroup id.")
    static void initgroups(PyObject user, PyObject gid) {
        check(libc().initgroups(Descriptors.cString(user, "initgroups", 1), gid(gid)), null);
    }

    @ExposedMethod(doc = "tcgetpgrp(fd) -> pgid\n\nReturn the process group associated with the terminal given by a fd.")
    static int tcgetpgrp(int fd) {
        int r = libc().tcgetpgrp(fd);
        check(r, null);
        return r;
    }

    @ExposedMethod(doc = "tcsetpgrp(fd, pgid)\n\nSet the process group associated with the terminal given by a fd.")
    static void tcsetpgrp(int fd, int pgid) {
        check(libc().tcsetpgrp(fd, pgid), null);
    }


    @ExposedMethod(doc = "confstr(name) -> string\n\nReturn a string-valued system configuration variable.")
    static PyObject confstr(PyObject name) {
        int n = Confnames.code(name, Confnames.CONFSTR);
        Native.setErrno(0);
        long len = libc().confstr(n, null, 0);
        if (len == 0) {
            if (Native.errno() != 0) {
                throw error(null);
            }
            return Py.None;
        }
        byte[] buf = new byte[(int) len];
        libc().confstr(n, buf, len);
        return PyStr.of(buf, 0, (int) len - 1);
    }

    @ExposedMethod(doc = "openpty() -> (master_fd, slave_fd)\n\nOpen a pseudo-terminal, returning open fd's for both master and slave end.\n")
    static PyObject openpty() {
        int[] master = new int[1], slave = new int[1];
        check(libc().openpty(master, slave, null, null, null), null);
        return PyTuple.of(PyInt.of(master[0]), PyInt.of(slave[0]));
    }

    @ExposedMethod(doc = "tmpfile() -> file object\n\nCreate a temporary file with no directory entries.")
    static PyObject tmpfile() {
        String dir = System.getenv("TMPDIR");
        byte[] template = ((dir == null || dir.isEmpty() ? "/tmp" : dir) + "/tmpfXXXXXX\0").getBytes();
        int fd = libc().mkstemp(template);
        if (fd < 0) {
            throw error(null);
        }
        libc().unlink(template);
        try {
            FdIO raw = FdIO.fromFd(fd, true, true, false, true);
            return PyFile.fromRaw(raw, PyStr.of("<tmpfile>"), "w+b", -1, true);
        } catch (java.io.IOException e) {
            libc().close(fd);
            throw error(Errno.errnoOf(e), null);
        }
    }

    // ---- configuration values -------------------------------------------------------------------

    @ExposedMethod(doc = "sysconf(name) -> integer\n\nReturn an integer-valued system configuration variable.")
    static long sysconf(PyObject name) {
        int n = Confnames.code(name, Confnames.SYSCONF);
        Native.setErrno(0);
        long r = libc().sysconf(n);
        if (r == -1 && Native.errno() != 0) {
            throw error(null);
        }
        return r;
    }

    @ExposedMethod(doc = "pathconf(path, name) -> integer\n\nReturn the configuration limit name for the file or directory path.\nIf there is no limit, return -1.")
    static long pathconf(PyObject path, PyObject name) {
        int n = Confnames.code(name, Confnames.PATHCONF);
        byte[] p = PathArg.of(path, "pathconf");
        Native.setErrno(0);
        long r = libc().pathconf(p, n);
        if (r == -1 && Native.errno() != 0) {
            throw error(p);
        }
        return r;
    }

    @ExposedMethod(doc = "fpathconf(fd, name) -> integer\n\nReturn the configuration limit name for the file descriptor fd.\nIf there is no limit, return -1.")
    static long fpathconf(int fd, PyObject name) {
        int n = Confnames.code(name, Confnames.PATHCONF);
        Native.setErrno(0);
        long r = libc().fpathconf(fd, n);
        if (r == -1 && Native.errno() != 0) {
            throw error(null);
        }
        return r;
    }
}

package taipan.os.posixsubprocess;

import java.io.ByteArrayOutputStream;
import java.util.List;

import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import taipan.os.posix.Native;
import taipan.os.posix.PathArg;
import taipan.os.posix.PosixModule;
import taipan.os.posix.Spawn;
import taipan.runtime.*;
import taipan.runtime.io.Errno;

/**
 * {@code _posixsubprocess}: what subprocess.Popen needs below Python — starting a child
 * with its standard descriptors moved, a working directory and the other descriptors
 * closed (posix_spawn: the JVM is never forked), and exchanging data with it over several
 * pipes at once (poll).
 */
@PyModuleDef(name = "_posixsubprocess", doc = "Helpers for subprocess: starting children and talking to them.")
public final class PosixSubprocessModule {
    private PosixSubprocessModule() {}

    private static final short POLLIN = 1, POLLOUT = 4;
    private static final int CHUNK = 32768, PIPE_BUF = 4096;

    @ExposedMethod(doc = "spawn(executable, args, env, cwd, p2cread, c2pwrite, errwrite, close_fds, search) -> pid\n\n"
            + "Start executable (looked up on PATH when search) with args; env None keeps this process's\n"
            + "environment; the three descriptors (or -1) become the child's 0, 1 and 2.")
    static int spawn(PyObject[] a, String[] kw) {
        if (a.length != 9 || (kw != null && kw.length > 0)) {
            throw Py.TypeError("spawn() takes exactly 9 arguments (" + a.length + " given)");
        }
        byte[] file = PathArg.bytes(a[0]);
        List<byte[]> argv = Spawn.argv(a[1], "execv", 2);
        List<byte[]> envp = a[2] == Py.None ? null : Spawn.envp(a[2], "execve", 3);
        byte[] cwd = a[3] == Py.None ? null : PathArg.of(a[3], "chdir");
        int p2cread = Py.asIntArg(a[4]), c2pwrite = Py.asIntArg(a[5]), errwrite = Py.asIntArg(a[6]);
        boolean closeFds = Ops.isTrue(a[7]);
        boolean search = Ops.isTrue(a[8]);
        int[] moves = new int[6];
        int n = 0;
        int[][] pairs = {{p2cread, 0}, {c2pwrite, 1}, {errwrite, 2}};
        for (int[] p : pairs) {
            if (p[0] >= 0) {
                moves[n++] = p[0];
                moves[n++] = p[1];
            }
        }
        return Spawn.spawn(file, search, argv, envp, cwd, closeFds ? 3 : -1, java.util.Arrays.copyOf(moves, n));
    }

    @ExposedMethod(doc = "cloexec_pipe() -> (read_end, write_end)\n\nA pipe whose ends children do not inherit.")
    static PyObject cloexec_pipe() {
        int[] fds = new int[2];
        if (Native.libc().pipe2(fds, 02000000) < 0) {
            throw PosixModule.error(null);
        }
        return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
    }

    @ExposedMethod(doc = "communicate(stdin, input, stdout, stderr) -> (out, err)\n\n"
            + "Writes input to the file stdin and reads stdout and stderr (files or None) to their end,\n"
            + "all at once; each file is closed when done.")
    static PyObject communicate(PyObject stdin, PyObject input, PyObject stdout, PyObject stderr) {
        PyObject[] files = {stdin, stdout, stderr};
        int[] fds = new int[3];
        for (int i = 0; i < 3; i++) {
            fds[i] = files[i] == Py.None ? -1 : Py.asIntArg(Ops.invoke(files[i], "fileno"));
        }
        byte[] data = input == Py.None ? new byte[0] : PathArg.bytes(input);
        int written = 0;
        if (fds[0] >= 0 && data.length == 0) {
            Ops.invoke(stdin, "close");
            fds[0] = -1;
        }
        ByteArrayOutputStream[] out = {null, new ByteArrayOutputStream(), new ByteArrayOutputStream()};
        jnr.ffi.Runtime rt = Native.runtime();
        Pointer pfds = Memory.allocateDirect(rt, 8 * 3);
        byte[] buf = new byte[CHUNK];
        while (fds[0] >= 0 || fds[1] >= 0 || fds[2] >= 0) {
            int[] which = new int[3];
            int n = 0;
            for (int i = 0; i < 3; i++) {
                if (fds[i] >= 0) {
                    pfds.putInt(8L * n, fds[i]);
                    pfds.putShort(8L * n + 4, i == 0 ? POLLOUT : POLLIN);
                    pfds.putShort(8L * n + 6, (short) 0);
                    which[n++] = i;
                }
            }
            int r = Native.libc().poll(pfds, n, -1);
            if (r < 0) {
                int e = Native.errno();
                if (e != Errno.EINTR) {
                    throw PosixModule.error(e, null);
                }
                if (Safepoint.pending) {
                    Safepoint.run();
                }
                continue;
            }
            for (int k = 0; k < n; k++) {
                int i = which[k];
                short revents = pfds.getShort(8L * k + 6);
                if (revents == 0) {
                    continue;
                }
                if (i == 0) {
                    int len = Math.min(PIPE_BUF, data.length - written);
                    long w = Native.libc().write(fds[0], java.util.Arrays.copyOfRange(data, written, written + len), len);
                    if (w < 0 && Native.errno() != Errno.EPIPE && Native.errno() != Errno.EINTR) {
                        throw PosixModule.error(null);
                    }
                    written += Math.max(0, (int) w);
                    if (w < 0 && Native.errno() == Errno.EPIPE || written >= data.length) {
                        Ops.invoke(stdin, "close");
                        fds[0] = -1;
                    }
                } else {
                    long got = Native.libc().read(fds[i], buf, CHUNK);
                    if (got < 0 && Native.errno() == Errno.EINTR) {
                        continue;
                    }
                    if (got < 0) {
                        throw PosixModule.error(null);
                    }
                    if (got == 0) {
                        Ops.invoke(files[i], "close");
                        fds[i] = -1;
                    } else {
                        out[i].write(buf, 0, (int) got);
                    }
                }
            }
        }
        return PyTuple.of(stdout == Py.None ? Py.None : PyStr.of(out[1].toByteArray()),
                stderr == Py.None ? Py.None : PyStr.of(out[2].toByteArray()));
    }
}

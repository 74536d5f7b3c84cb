package taipan.os.posix;

import java.util.ArrayList;
import java.util.List;

import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import taipan.runtime.*;

/**
 * Starting programs without forking the JVM: posix_spawn(p) with the descriptor moves a
 * caller asks for and an empty signal mask; waiting through waitpid.
 */
public final class Spawn {
    private Spawn() {}

    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;

    /** A NUL-terminated array of C strings, with the memory that holds them. */
    static final class CStrings {
        final Pointer array;
        final List<Pointer> keep = new ArrayList<>();

        CStrings(List<byte[]> items) {
            jnr.ffi.Runtime rt = Native.runtime();
            array = Memory.allocateDirect(rt, 8L * (items.size() + 1));
            for (int i = 0; i < items.size(); i++) {
                byte[] b = items.get(i);
                Pointer s = Memory.allocateDirect(rt, b.length + 1);
                s.put(0, b, 0, b.length);
                s.putByte(b.length, (byte) 0);
                keep.add(s);
                array.putPointer(8L * i, s);
            }
            array.putAddress(8L * items.size(), 0L);
        }
    }

    /** The process environment (libc's environ, which putenv changes). */
    static Pointer environ() {
        long addr = com.kenai.jffi.Library.getDefault().getSymbolAddress("environ");
        return Native.runtime().getMemoryManager().newPointer(addr).getPointer(0);
    }

    /**
     * Starts {@code file} (searched on PATH when {@code search}) with argv and envp (null:
     * this process's environment). {@code moves} holds (fd, newfd) pairs to dup2 in the child.
     * Returns the pid; an errno failure raises OSError.
     */
    static int spawn(byte[] file, boolean search, List<byte[]> argv, List<byte[]> envp, int... moves) {
        return spawn(file, search, argv, envp, null, -1, moves);
    }

    /**
     * As above, also changing to directory {@code cwd} (null: stay) and closing every
     * descriptor from {@code closeFrom} up (-1: none) in the child, after the moves.
     */
    public static int spawn(byte[] file, boolean search, List<byte[]> argv, List<byte[]> envp, byte[] cwd,
                            int closeFrom, int... moves) {
        LibC c = Native.libc();
        jnr.ffi.Runtime rt = Native.runtime();
        Pointer actions = Memory.allocateDirect(rt, 256);
        Pointer attr = Memory.allocateDirect(rt, 512);
        Pointer sigset = Memory.allocateDirect(rt, 128);
        c.posix_spawn_file_actions_init(actions);
        c.posix_spawnattr_init(attr);
        try {
            for (int i = 0; i + 1 < moves.length; i += 2) {
                c.posix_spawn_file_actions_adddup2(actions, moves[i], moves[i + 1]);
            }
            if (closeFrom >= 0) {
                c.posix_spawn_file_actions_addclosefrom_np(actions, closeFrom);
            }
            if (cwd != null) {
                c.posix_spawn_file_actions_addchdir_np(actions, cwd);
            }
            c.sigemptyset(sigset);
            c.posix_spawnattr_setsigmask(attr, sigset);
            c.posix_spawnattr_setflags(attr, POSIX_SPAWN_SETSIGMASK);
            CStrings args = new CStrings(argv);
            CStrings env = envp == null ? null : new CStrings(envp);
            byte[] f = java.util.Arrays.copyOf(file, file.length + 1);
            int[] pid = new int[1];
            PyFile.flushAll();
            int rc = search ? c.posix_spawnp(pid, f, actions, attr, args.array, env == null ? environ() : env.array)
                    : c.posix_spawn(pid, f, actions, attr, args.array, env == null ? environ() : env.array);
            if (rc != 0) {
                throw PosixModule.error(rc, null);
            }
            return pid[0];
        } finally {
            c.posix_spawn_file_actions_destroy(actions);
            c.posix_spawnattr_destroy(attr);
        }
    }

    /** waitpid, retried on EINTR after running signal handlers; returns the status. */
    public static int waitFor(int pid) {
        int[] status = new int[1];
        while (true) {
            int r = Native.libc().waitpid(pid, status, 0);
            if (r >= 0) {
                return status[0];
            }
            int e = Native.errno();
            if (e != taipan.runtime.io.Errno.EINTR) {
                throw PosixModule.error(e, null);
            }
            if (Safepoint.pending) {
                Safepoint.run();
            }
        }
    }

    /** The items of an argv sequence (tuple or list of str), with CPython's errors. */
    public static List<byte[]> argv(PyObject seq, String func, int argn) {
        if (!(seq instanceof PyTuple) && !(seq instanceof PyList)) {
            throw Py.TypeError(func + "() arg " + argn + " must be a tuple or list");
        }
        List<byte[]> out = new ArrayList<>();
        for (PyObject o : Ops.toArray(seq)) {
            if (o instanceof PyStr s) {
                out.add(s.bytes());
            } else if (o instanceof PyUnicode u) {
                out.add(PathArg.encode(u));
            } else {
                throw Py.TypeError(func + "() arg " + argn + " must contain only strings");
            }
        }
        return out;
    }

    /** "key=value" entries of an environment mapping, with CPython's errors. */
    public static List<byte[]> envp(PyObject env, String func, int argn) {
        PyObject keys = Ops.getattrOrNull(env, "keys");
        if (keys == null) {
            throw Py.TypeError(func + "() arg " + argn + " must be a mapping object");
        }
        List<byte[]> out = new ArrayList<>();
        for (PyObject k : Ops.toArray(Ops.call(keys))) {
            PyObject v = Ops.getitem(env, k);
            if (!(k instanceof PyStr ks)) {
                throw Py.TypeError(func + "() arg " + argn + " contains a non-string key");
            }
            if (!(v instanceof PyStr vs)) {
                throw Py.TypeError(func + "() arg " + argn + " contains a non-string value");
            }
            byte[] kb = ks.bytes(), vb = vs.bytes();
            byte[] e = new byte[kb.length + 1 + vb.length];
            System.arraycopy(kb, 0, e, 0, kb.length);
            e[kb.length] = '=';
            System.arraycopy(vb, 0, e, kb.length + 1, vb.length);
            out.add(e);
        }
        return out;
    }
}

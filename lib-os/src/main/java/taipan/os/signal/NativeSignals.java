package taipan.os.signal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.Out;

/**
 * The C signal helper ({@code src/main/c/taipansig.c}, built into this jar) and the watcher
 * thread that turns its self-pipe bytes into a safe-point request for the main thread.
 */
final class NativeSignals {
    private NativeSignals() {}

    static final int DEFAULT = 0, IGNORE = 1, CATCH = 2, FOREIGN = 3;
    /** The private no-op signal that interrupts the main thread's blocking call (SIGRTMAX-4). */
    static final int WAKE_SIGNAL = 60;

    /** The helper's functions; negative results are -errno. */
    public interface Lib {
        int tp_init(int wakeSig);

        int tp_get(int sig);

        int tp_set(int sig, int mode);

        int tp_siginterrupt(int sig, int flag);

        int tp_take_tripped();

        int tp_take(int sig);

        int tp_peek(int sig);

        int tp_wait();

        int tp_set_wakeup_fd(int fd);

        int tp_alarm(int seconds);

        int tp_setitimer(int which, double value, double interval, @Out double[] old);

        int tp_getitimer(int which, @Out double[] out);
    }

    private static volatile Lib lib;

    static Lib lib() {
        Lib l = lib;
        if (l == null) {
            synchronized (NativeSignals.class) {
                l = lib;
                if (l == null) {
                    l = LibraryLoader.create(Lib.class).failImmediately().load(libraryPath());
                    lib = l;
                }
            }
        }
        return l;
    }

    /** The helper as a file: in place when the jar is unpacked, else a private copy. */
    private static String libraryPath() {
        String name = "libtaipansig.so";
        URL url = NativeSignals.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("signal helper " + name + " missing from the class path");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI()).toString();
            }
            Path tmp = Files.createTempFile("taipansig", ".so");
            tmp.toFile().deleteOnExit();
            try (InputStream in = url.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return tmp.toString();
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot load the signal helper: " + e, e);
        }
    }

    private static boolean started;

    /**
     * Sets up the self-pipe and starts the watcher; called once, from the main Python
     * thread (its thread id is the one the wake signal targets).
     */
    static synchronized void start(Runnable onSignal) {
        if (started) {
            return;
        }
        Lib l = lib();
        int fd = l.tp_init(WAKE_SIGNAL);
        if (fd < 0) {
            throw new IllegalStateException("signal helper: tp_init failed, errno " + -fd);
        }
        Thread watcher = new Thread(() -> {
            while (l.tp_wait() > 0) {
                onSignal.run();
            }
        }, "taipan-signal-watcher");
        watcher.setDaemon(true);
        watcher.start();
        started = true;
    }
}

package taipan.runtime.io;

import java.io.FileDescriptor;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Access to the integer descriptors behind the JDK's {@link FileDescriptor} and
 * {@link FileChannel} objects. The fields are private to java.base: reading them needs
 * {@code --add-opens java.base/java.io=ALL-UNNAMED} (and {@code java.base/sun.nio.ch} for
 * channels), which bin/taipan passes. Without them every method here degrades: descriptor
 * numbers are unknown (-1) and {@link #newFileDescriptor} fails with an IOException.
 */
public final class Fds {
    private Fds() {}

    /** Why a descriptor number is unavailable, for error messages. */
    public static final String NEEDS_ADD_OPENS =
            "file descriptors are not accessible (run the JVM with --add-opens java.base/java.io=ALL-UNNAMED"
            + " --add-opens java.base/sun.nio.ch=ALL-UNNAMED)";

    private static final Field FD_FIELD = field(FileDescriptor.class, "fd");
    private static final Method TRUNCATE0 = truncate0();

    private static Field field(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Method truncate0() {
        for (String cn : new String[] {"sun.nio.ch.UnixFileDispatcherImpl", "sun.nio.ch.FileDispatcherImpl"}) {
            try {
                Method m = Class.forName(cn).getDeclaredMethod("truncate0", FileDescriptor.class, long.class);
                m.setAccessible(true);
                return m;
            } catch (ReflectiveOperationException | RuntimeException e) {
                // next candidate
            }
        }
        return null;
    }

    /** Whether descriptor numbers can be read and made (the JVM was started with the add-opens). */
    public static boolean accessible() {
        return FD_FIELD != null;
    }

    /** The descriptor number of {@code fd}, or -1 when closed, invalid or not accessible. */
    public static int fdOf(FileDescriptor fd) {
        if (fd == null || FD_FIELD == null) {
            return -1;
        }
        try {
            return FD_FIELD.getInt(fd);
        } catch (IllegalAccessException e) {
            return -1;
        }
    }

    /** A FileDescriptor for the descriptor number {@code n} (0, 1, 2 give the JDK's own). */
    public static FileDescriptor newFileDescriptor(int n) throws IOException {
        switch (n) {
            case 0: return FileDescriptor.in;
            case 1: return FileDescriptor.out;
            case 2: return FileDescriptor.err;
            default: break;
        }
        if (n < 0) {
            throw new ErrnoException(Errno.EBADF);
        }
        if (FD_FIELD == null) {
            throw new IOException(NEEDS_ADD_OPENS);
        }
        FileDescriptor fd = new FileDescriptor();
        try {
            FD_FIELD.setInt(fd, n);
        } catch (IllegalAccessException e) {
            throw new IOException(NEEDS_ADD_OPENS);
        }
        return fd;
    }

    /** The FileDescriptor a JDK file channel works on, or null when not accessible. */
    public static FileDescriptor fdOf(FileChannel ch) {
        for (Class<?> c = ch.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == FileDescriptor.class && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    try {
                        f.setAccessible(true);
                        return (FileDescriptor) f.get(ch);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /**
     * {@code ftruncate(fd, length)} through the JDK's own native, when accessible; returns
     * false when it is not (the caller then falls back on FileChannel operations).
     */
    static boolean ftruncate(FileDescriptor fd, long length) throws IOException {
        if (TRUNCATE0 == null || fd == null) {
            return false;
        }
        try {
            TRUNCATE0.invoke(null, fd, length);
            return true;
        } catch (IllegalAccessException e) {
            return false;
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof IOException io) {
                throw io;
            }
            return false;
        }
    }

    /**
     * {@code isatty(n)}: true when the descriptor is open on a terminal device, read from
     * /proc/self/fd (Linux).
     */
    public static boolean isatty(int n) {
        if (n < 0) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + n)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console")
                    || target.equals("/dev/ptmx");
        } catch (IOException | RuntimeException e) {
            if (n <= 1) {
                return System.console() != null;
            }
            return false;
        }
    }
}

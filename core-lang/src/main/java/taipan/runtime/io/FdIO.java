package taipan.runtime.io;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A real file descriptor, driven through the JDK's {@link FileChannel}s (read/write/lseek/
 * ftruncate/fstat on the descriptor itself, so the OS offset is the one {@code os.lseek},
 * {@code os.read} or a forked child see).
 *
 * <p>Made by {@link #open} (open(2) flags), {@link #fromFd} (an existing descriptor number,
 * e.g. for {@code os.fdopen}) or {@link #standard} (0, 1, 2). The JDK cannot open a file
 * O_RDWR|O_APPEND: that combination ({@code 'a+'}) opens O_RDWR and moves to the end before
 * each write, which differs from the kernel's append only for concurrent writers.
 */
public final class FdIO implements RawIO {
    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3, O_CREAT = 0100, O_EXCL = 0200,
            O_TRUNC = 01000, O_APPEND = 02000;

    private final FileChannel rch;
    private final FileChannel wch;
    private final FileDescriptor fdObj;
    private int fd;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    /** O_RDWR|O_APPEND emulated: seek to the end before each write. */
    private final boolean emulateAppend;
    /** The JDK channel is in append mode: its position() answers the size, so the offset is tracked here. */
    private final boolean jdkAppend;
    private long appendPos = -1;
    private final boolean closeFd;
    private volatile boolean closed;
    private int tty = -1;

    private FdIO(FileChannel rch, FileChannel wch, FileDescriptor fdObj, int fd, boolean append, boolean emulateAppend,
                 boolean jdkAppend, boolean closeFd) {
        this.rch = rch;
        this.wch = wch;
        this.fdObj = fdObj;
        this.fd = fd;
        this.readable = rch != null;
        this.writable = wch != null;
        this.append = append;
        this.emulateAppend = emulateAppend;
        this.jdkAppend = jdkAppend;
        this.closeFd = closeFd;
    }

    private static FdIO[] standard = new FdIO[3];

    /**
     * Loads the error path's classes now: when descriptors run out, loading a class from a
     * directory of classes would fail too.
     */
    private static final ErrnoException PRELOADED = new ErrnoException(Errno.errnoOf(new java.io.IOException()));

    /** The standard descriptor 0, 1 or 2 (one object per process; closing it leaves the descriptor open). */
    public static synchronized FdIO standard(int n) {
        FdIO io = standard[n];
        if (io == null) {
            switch (n) {
                case 0:
                    io = new FdIO(new FileInputStream(FileDescriptor.in).getChannel(), null, FileDescriptor.in, 0, false,
                            false, false, false);
                    break;
                case 1:
                    io = new FdIO(null, new FileOutputStream(FileDescriptor.out).getChannel(), FileDescriptor.out, 1, false,
                            false, false, false);
                    break;
                default:
                    io = new FdIO(null, new FileOutputStream(FileDescriptor.err).getChannel(), FileDescriptor.err, 2, false,
                            false, false, false);
                    break;
            }
            standard[n] = io;
        }
        return io;
    }

    /**
     * Wraps the open descriptor {@code n} ({@code os.fdopen}): reads and writes as the
     * caller says the descriptor allows ({@code append}: it was opened O_APPEND);
     * {@code closeFd}: {@link #close} closes the descriptor.
     */
    public static FdIO fromFd(int n, boolean readable, boolean writable, boolean append, boolean closeFd) throws IOException {
        FileDescriptor fdo = Fds.newFileDescriptor(n);
        FileChannel r = readable ? new FileInputStream(fdo).getChannel() : null;
        FileChannel w = writable ? new FileOutputStream(fdo).getChannel() : null;
        return new FdIO(r, w, fdo, n, append, false, false, closeFd);
    }

    /**
     * {@code open(2)}: {@code flags} are O_RDONLY/O_WRONLY/O_RDWR with O_CREAT, O_EXCL,
     * O_TRUNC, O_APPEND (others are ignored); {@code mode} the permission bits of a created
     * file (before the umask). The path must not be empty.
     */
    public static FdIO open(String path, int flags, int mode) throws IOException {
        if (path.isEmpty() || path.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.ENOENT);
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            throw new ErrnoException(Errno.ENOENT);
        }
        int acc = flags & O_ACCMODE;
        Set<OpenOption> opts = new HashSet<>();
        boolean rd = acc == O_RDONLY || acc == O_RDWR;
        boolean wr = acc == O_WRONLY || acc == O_RDWR;
        if (rd) {
            opts.add(StandardOpenOption.READ);
        }
        if (wr) {
            opts.add(StandardOpenOption.WRITE);
        }
        boolean app = (flags & O_APPEND) != 0 && wr;
        boolean jdkAppend = app && !rd;
        boolean trunc = (flags & O_TRUNC) != 0 && wr;
        if (jdkAppend) {
            opts.add(StandardOpenOption.APPEND);
        } else if (trunc) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        FileChannel ch;
        try {
            if ((flags & O_CREAT) != 0 && (mode & 0777) != 0666) {
                FileAttribute<Set<PosixFilePermission>> perms = PosixFilePermissions.asFileAttribute(permissions(mode));
                ch = FileChannel.open(p, opts, perms);
            } else {
                ch = FileChannel.open(p, opts);
            }
        } catch (FileSystemException e) {
            throw Errno.of(e);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw new ErrnoException(Errno.EINVAL);
        } catch (SecurityException e) {
            throw new ErrnoException(Errno.EACCES);
        }
        if (jdkAppend && trunc) {
            ch.truncate(0);
        }
        FileDescriptor fdo = Fds.fdOf(ch);
        return new FdIO(rd ? ch : null, wr ? ch : null, fdo, Fds.fdOf(fdo), app, app && rd, jdkAppend, true);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(bits[i]);
            }
        }
        return s;
    }

    private FileChannel anyChannel() throws IOException {
        if (closed) {
            throw new ErrnoException(Errno.EBADF);
        }
        return rch != null ? rch : wch;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed || rch == null) {
            throw new ErrnoException(Errno.EBADF);
        }
        try {
            int n = rch.read(ByteBuffer.wrap(b, off, len));
            if (n < 0) {
                return 0;
            }
            if (n == 0 && len > 0) {
                throw new ErrnoException(Errno.EAGAIN); // a non-blocking descriptor with nothing to read
            }
            return n;
        } catch (NonReadableChannelException e) {
            throw new ErrnoException(Errno.EBADF);
        } catch (ErrnoException e) {
            throw e;
        } catch (IOException e) {
            throw Errno.of(e);
        }
    }

    @Override
    public int write(byte[] b, int off, int len) throws IOException {
        if (closed || wch == null) {
            throw new ErrnoException(Errno.EBADF);
        }
        try {
            if (emulateAppend) {
                wch.position(wch.size());
            }
            int n = wch.write(ByteBuffer.wrap(b, off, len));
            if (n == 0 && len > 0) {
                throw new ErrnoException(Errno.EAGAIN);
            }
            appendPos = -1;
            return n;
        } catch (NonWritableChannelException e) {
            throw new ErrnoException(Errno.EBADF);
        } catch (ErrnoException e) {
            throw e;
        } catch (IOException e) {
            throw Errno.of(e);
        }
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        FileChannel ch = anyChannel();
        long target;
        try {
            switch (whence) {
                case SEEK_SET:
                    target = offset;
                    break;
                case SEEK_CUR:
                    target = tell() + offset;
                    break;
                case SEEK_END:
                    target = ch.size() + offset;
                    break;
                default:
                    throw new ErrnoException(Errno.EINVAL);
            }
            if (target < 0) {
                throw new ErrnoException(Errno.EINVAL);
            }
            ch.position(target);
        } catch (ErrnoException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ErrnoException(Errno.EINVAL);
        } catch (IOException e) {
            throw Errno.of(e);
        }
        if (jdkAppend) {
            appendPos = target;
        }
        return target;
    }

    @Override
    public long tell() throws IOException {
        FileChannel ch = anyChannel();
        try {
            if (jdkAppend) {
                return appendPos >= 0 ? appendPos : ch.size();
            }
            return ch.position();
        } catch (IOException e) {
            throw Errno.of(e);
        }
    }

    @Override
    public void truncate(long length) throws IOException {
        FileChannel ch = anyChannel();
        if (length < 0) {
            throw new ErrnoException(Errno.EINVAL);
        }
        try {
            if (Fds.ftruncate(fdObj, length)) {
                return;
            }
            if (wch == null) {
                throw new ErrnoException(Errno.EINVAL);
            }
            long size = ch.size();
            if (length < size) {
                long pos = ch.position();
                ch.truncate(length);
                ch.position(pos);
            } else if (length > size) {
                wch.write(ByteBuffer.wrap(new byte[1]), length - 1);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (NonWritableChannelException e) {
            throw new ErrnoException(Errno.EINVAL);
        } catch (IOException e) {
            throw Errno.of(e);
        }
    }

    @Override
    public long size() throws IOException {
        try {
            return anyChannel().size();
        } catch (ErrnoException e) {
            throw e;
        } catch (IOException e) {
            throw Errno.of(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!closeFd) {
            return;
        }
        try {
            if (rch != null) {
                rch.close();
            }
            if (wch != null && wch != rch) {
                wch.close();
            }
        } catch (IOException e) {
            throw Errno.of(e);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public int fileno() throws IOException {
        if (fd < 0) {
            fd = Fds.fdOf(fdObj);
            if (fd < 0) {
                throw new IOException(Fds.NEEDS_ADD_OPENS);
            }
        }
        return fd;
    }

    @Override
    public boolean isatty() {
        if (tty < 0) {
            int n = fd >= 0 ? fd : Fds.fdOf(fdObj);
            tty = Fds.isatty(n) ? 1 : 0;
        }
        return tty == 1;
    }

    @Override
    public boolean readable() {
        return readable;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public boolean append() {
        return append;
    }

    /** The JDK descriptor object (for code that builds other JDK streams on the same descriptor). */
    public FileDescriptor fileDescriptor() {
        return fdObj;
    }
}

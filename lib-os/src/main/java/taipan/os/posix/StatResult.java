package taipan.os.posix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import taipan.runtime.*;

/** {@code posix.stat_result} and {@code posix.statvfs_result}, filled from the C structs. */
final class StatResult {
    private StatResult() {}

    static final PyType TYPE = PyStructSequence.newType("posix.stat_result",
            "stat_result: Result from stat or lstat.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
                    + "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
                    + "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
                    + "or st_flags, they are available as attributes only.\n\n"
                    + "See os.stat for more information.",
            new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
                "st_atime", "st_mtime", "st_ctime", "st_blksize", "st_blocks", "st_rdev"},
            new String[] {"protection bits", "inode", "device", "number of hard links", "user ID of owner",
                "group ID of owner", "total size, in bytes", "integer time of last access",
                "integer time of last modification", "integer time of last change", "time of last access",
                "time of last modification", "time of last change", "blocksize for filesystem I/O",
                "number of blocks allocated", "device type (if inode device)"}, 10, true);

    static final PyType VFS_TYPE = PyStructSequence.newType("posix.statvfs_result",
            "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n"
                    + "or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n"
                    + "See os.statvfs for more information.",
            new String[] {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
                "f_flag", "f_namemax"}, null, 10, true);

    static volatile boolean floatTimes = true;

    static final boolean AARCH64 = "aarch64".equals(System.getProperty("os.arch"));

    /** sizeof(struct stat). */
    static final int SIZE = AARCH64 ? 128 : 144;

    /** Builds a stat_result from a struct stat (x86_64 or the generic aarch64 layout). */
    static PyObject from(byte[] buf) {
        ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
        long dev = b.getLong(0), ino = b.getLong(8), nlink, rdev, size, blksize, blocks;
        int mode, uid, gid;
        if (AARCH64) {
            mode = b.getInt(16);
            nlink = b.getInt(20) & 0xffffffffL;
            uid = b.getInt(24);
            gid = b.getInt(28);
            rdev = b.getLong(32);
            size = b.getLong(48);
            blksize = b.getInt(56);
            blocks = b.getLong(64);
        } else {
            nlink = b.getLong(16);
            mode = b.getInt(24);
            uid = b.getInt(28);
            gid = b.getInt(32);
            rdev = b.getLong(40);
            size = b.getLong(48);
            blksize = b.getLong(56);
            blocks = b.getLong(64);
        }
        long[] sec = {b.getLong(72), b.getLong(88), b.getLong(104)};
        long[] nsec = {b.getLong(80), b.getLong(96), b.getLong(112)};
        PyObject[] v = new PyObject[16];
        v[0] = PyInt.of(mode & 0xffffffffL);
        v[1] = unsigned(ino);
        v[2] = unsigned(dev);
        v[3] = PyInt.of(nlink);
        v[4] = PyInt.of(uid & 0xffffffffL);
        v[5] = PyInt.of(gid & 0xffffffffL);
        v[6] = PyInt.of(size);
        for (int i = 0; i < 3; i++) {
            v[7 + i] = PyInt.of(sec[i]);
            v[10 + i] = floatTimes ? new PyFloat(sec[i] + nsec[i] * 1e-9) : PyInt.of(sec[i]);
        }
        v[13] = PyInt.of(blksize);
        v[14] = PyInt.of(blocks);
        v[15] = unsigned(rdev);
        return PyStructSequence.of(TYPE, v);
    }

    /** Builds a statvfs_result from a struct statvfs (LP64: eleven unsigned longs, then flag and namemax). */
    static PyObject fromVfs(byte[] buf) {
        ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
        // f_bsize f_frsize f_blocks f_bfree f_bavail f_files f_ffree f_favail f_fsid f_flag f_namemax
        long[] f = new long[11];
        for (int i = 0; i < 11; i++) {
            f[i] = b.getLong(i * 8);
        }
        return PyStructSequence.of(VFS_TYPE, PyInt.of(f[0]), PyInt.of(f[1]), unsigned(f[2]), unsigned(f[3]),
                unsigned(f[4]), unsigned(f[5]), unsigned(f[6]), unsigned(f[7]), PyInt.of(f[9]), PyInt.of(f[10]));
    }

    private static PyObject unsigned(long v) {
        if (v >= 0) {
            return PyInt.of(v);
        }
        return Ops.add(PyInt.of(v & Long.MAX_VALUE), Ops.lshift(PyInt.of(1), PyInt.of(63)));
    }
}

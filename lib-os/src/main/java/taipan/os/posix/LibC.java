package taipan.os.posix;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

/**
 * The libc calls posix makes, bound by jnr-ffi (LP64 Linux: size_t, ssize_t, off_t and
 * time_t are Java longs). Paths are NUL-terminated byte arrays, so file names keep their
 * exact bytes. Every call saves errno ({@link Native#errno}).
 */
public interface LibC {
    Pointer getcwd(@Out byte[] buf, long size);
    int chdir(@In byte[] path);
    int fchdir(int fd);
    int chroot(@In byte[] path);
    int mkdir(@In byte[] path, int mode);
    int rmdir(@In byte[] path);
    int unlink(@In byte[] path);
    int rename(@In byte[] from, @In byte[] to);
    int symlink(@In byte[] target, @In byte[] link);
    int link(@In byte[] target, @In byte[] link);
    long readlink(@In byte[] path, @Out byte[] buf, long size);
    int chmod(@In byte[] path, int mode);
    int fchmod(int fd, int mode);
    int chown(@In byte[] path, int uid, int gid);
    int lchown(@In byte[] path, int uid, int gid);
    int fchown(int fd, int uid, int gid);
    /** times: {atime sec, atime nsec, mtime sec, mtime nsec}, or null for now. */
    int utimensat(int dirfd, @In byte[] path, @In long[] times, int flags);
    int access(@In byte[] path, int mode);
    int umask(int mask);
    int mkfifo(@In byte[] path, int mode);
    int mknod(@In byte[] path, int mode, long dev);
    int truncate(@In byte[] path, long length);

    int stat(@In byte[] path, @Out byte[] buf);
    int lstat(@In byte[] path, @Out byte[] buf);
    int fstat(int fd, @Out byte[] buf);
    int statvfs(@In byte[] path, @Out byte[] buf);
    int fstatvfs(int fd, @Out byte[] buf);

    Pointer opendir(@In byte[] path);
    Pointer readdir(Pointer dir);
    int closedir(Pointer dir);

    int open(@In byte[] path, int flags, int mode);
    long read(int fd, @Out byte[] buf, long count);
    long write(int fd, @In byte[] buf, long count);
    int close(int fd);
    long lseek(int fd, long offset, int whence);
    int dup(int fd);
    int dup2(int fd, int fd2);
    int pipe(@Out int[] fds);
    int fsync(int fd);
    int fdatasync(int fd);
    int ftruncate(int fd, long length);
    int isatty(int fd);
    int fcntl(int fd, int cmd, int arg);
    Pointer ttyname(int fd);

    int pipe2(@Out int[] fds, int flags);
    int waitpid(int pid, @Out int[] status, int options);
    int execv(@In byte[] path, Pointer argv);
    int execve(@In byte[] path, Pointer argv, Pointer envp);
    int posix_spawn(@Out int[] pid, @In byte[] path, Pointer fileActions, Pointer attr, Pointer argv, Pointer envp);
    int posix_spawnp(@Out int[] pid, @In byte[] file, Pointer fileActions, Pointer attr, Pointer argv, Pointer envp);
    int posix_spawn_file_actions_init(Pointer fileActions);
    int posix_spawn_file_actions_adddup2(Pointer fileActions, int fd, int newfd);
    int posix_spawn_file_actions_addclose(Pointer fileActions, int fd);
    int posix_spawn_file_actions_destroy(Pointer fileActions);
    int posix_spawn_file_actions_addchdir_np(Pointer fileActions, @In byte[] path);
    int posix_spawn_file_actions_addclosefrom_np(Pointer fileActions, int from);
    int poll(Pointer fds, long nfds, int timeout);
    int posix_spawnattr_init(Pointer attr);
    int posix_spawnattr_setflags(Pointer attr, short flags);
    int posix_spawnattr_setsigmask(Pointer attr, Pointer sigset);
    int posix_spawnattr_destroy(Pointer attr);
    int sigemptyset(Pointer sigset);
    int getresuid(@Out int[] r, @Out int[] e, @Out int[] s);
    int getresgid(@Out int[] r, @Out int[] e, @Out int[] s);
    int setresuid(int r, int e, int s);
    int setresgid(int r, int e, int s);
    int setgroups(long size, @In int[] list);
    int initgroups(@In byte[] user, int group);
    int tcgetpgrp(int fd);
    int tcsetpgrp(int fd, int pgrp);
    long confstr(int name, @Out byte[] buf, long len);

    int openpty(@Out int[] master, @Out int[] slave, Pointer name, Pointer termp, Pointer winp);
    int mkstemp(@In @Out byte[] template);

    int getppid();
    int getuid();
    int geteuid();
    int getgid();
    int getegid();
    int getpgrp();
    int getpgid(int pid);
    int setpgid(int pid, int pgid);
    int getsid(int pid);
    int setsid();
    int setuid(int uid);
    int seteuid(int uid);
    int setgid(int gid);
    int setegid(int gid);
    int setreuid(int ruid, int euid);
    int setregid(int rgid, int egid);
    int getgroups(int size, @Out int[] list);
    int nice(int inc);
    int kill(int pid, int sig);
    int killpg(int pgrp, int sig);

    int setenv(@In byte[] name, @In byte[] value, int overwrite);
    int unsetenv(@In byte[] name);

    int uname(@Out byte[] buf);
    long times(@Out long[] buf);
    int getloadavg(@Out double[] loadavg, int n);
    long sysconf(int name);
    long pathconf(@In byte[] path, int name);
    long fpathconf(int fd, int name);
    Pointer getlogin();
    Pointer ctermid(@Out byte[] buf);
}

# posix/os file and directory operations, in a temporary directory made here
import os, errno, stat, sys

base = '/tmp/taipan-os-test-%d' % os.getpid()
os.mkdir(base, 0755)

def show(label, f, *args):
    try:
        r = f(*args)
        print label, repr(r)
    except EnvironmentError as e:
        print label, type(e).__name__, e.errno, errno.errorcode.get(e.errno), e.strerror, \
            repr(e.filename).replace(base, '<base>')
    except Exception as e:
        print label, type(e).__name__, e

p = os.path.join(base, 'a.txt')
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0644)
print 'fd is int', isinstance(fd, int), fd > 2
print 'write', os.write(fd, 'hello world\n')
print 'write buffer', os.write(fd, buffer('abc'))
print 'lseek', os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END)
os.ftruncate(fd, 5)
print 'fstat size', os.fstat(fd).st_size
os.fsync(fd)
print 'isatty', os.isatty(fd)
os.close(fd)
show('close again', os.close, fd)
fd = os.open(p, os.O_RDONLY)
print 'read', repr(os.read(fd, 100)), repr(os.read(fd, 100))
print 'lseek set', os.lseek(fd, 1, 0), repr(os.read(fd, 2))
fd2 = os.dup(fd)
print 'dup read', repr(os.read(fd2, 10))
os.close(fd2)
os.close(fd)
show('read -1', os.read, 0, -1)
show('open missing', os.open, os.path.join(base, 'missing'), os.O_RDONLY)
show('open excl', os.open, p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)

st = os.stat(p)
print 'stat', stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) & 0777 == 0644 & ~(os.umask(022) & 0777), st.st_size
print 'stat tuple', len(st), st[stat.ST_SIZE], st[6] == st.st_size, type(st[7]), type(st.st_mtime)
print 'stat fields', st.n_fields, st.n_sequence_fields, st.n_unnamed_fields
print 'stat_result type', type(st).__name__, type(st).__module__, os.stat_result is type(st)
print 'stat nlink', st.st_nlink, st.st_uid == os.getuid(), st.st_gid >= 0
os.chmod(p, 0600)
print 'chmod', oct(stat.S_IMODE(os.stat(p).st_mode))
os.utime(p, (1000000000, 1200000000.5))
st = os.stat(p)
print 'utime', st.st_atime, st.st_mtime, st[stat.ST_MTIME]
os.stat_float_times(False)
print 'int times', type(os.stat(p).st_mtime), os.stat_float_times()
os.stat_float_times(True)
print 'access', os.access(p, os.R_OK), os.access(p, os.X_OK), os.access(p + 'x', os.F_OK)

d = os.path.join(base, 'sub')
os.mkdir(d)
show('mkdir again', os.mkdir, d)
show('rmdir file', os.rmdir, p)
show('listdir file', os.listdir, p)
show('unlink dir', os.unlink, d)
open(os.path.join(d, 'x'), 'w').close()
show('rmdir nonempty', os.rmdir, d)
print 'listdir', sorted(os.listdir(base))
print 'listdir unicode', sorted(os.listdir(unicode(base)))
os.rename(os.path.join(d, 'x'), os.path.join(d, 'y'))
print 'renamed', os.listdir(d)
show('rename missing', os.rename, os.path.join(d, 'x'), os.path.join(d, 'z'))
os.symlink('a.txt', os.path.join(base, 'link'))
print 'readlink', os.readlink(os.path.join(base, 'link')), repr(os.readlink(unicode(os.path.join(base, 'link'))))
print 'lstat', stat.S_ISLNK(os.lstat(os.path.join(base, 'link')).st_mode), stat.S_ISLNK(os.stat(os.path.join(base, 'link')).st_mode)
show('readlink file', os.readlink, p)
show('symlink exists', os.symlink, 'a.txt', os.path.join(base, 'link'))
os.link(p, os.path.join(base, 'hard'))
print 'nlink', os.stat(p).st_nlink, os.path.samefile(p, os.path.join(base, 'hard'))
show('link missing', os.link, p + 'x', os.path.join(base, 'hard2'))
os.remove(os.path.join(base, 'hard'))
show('remove missing', os.remove, os.path.join(base, 'hard'))
show('stat int', os.stat, 1)
show('stat None', os.stat, None)
show('stat nul', os.stat, 'a\0b')
show('utime bad', os.utime, p, 1)
show('utime bad2', os.utime, p, (1,))
show('chmod missing', os.chmod, p + 'x', 0)

r, w = os.pipe()
os.write(w, 'through the pipe')
os.close(w)
print 'pipe', repr(os.read(r, 100)), repr(os.read(r, 100))
os.close(r)

fd = os.open(p, os.O_RDWR)
f = os.fdopen(fd, 'r+')
print 'fdopen', f.name, f.mode, f.fileno() == fd
print repr(f.read())
f.seek(0)
f.write('HELLO')
f.close()
show('fd closed by file', os.close, fd)
print open(p).read()
f = os.fdopen(os.open(p, os.O_RDONLY))
print 'fdopen default', f.mode, repr(f.readline())
f.close()
show('fdopen bad mode', os.fdopen, 0, 'x')
show('fdopen dir', os.fdopen, os.open(base, os.O_RDONLY))
f = open(p, 'a')
print 'file fstat', os.fstat(f.fileno()).st_size
f.close()

os.unlink(os.path.join(base, 'link'))
os.unlink(os.path.join(d, 'y'))
os.rmdir(d)
os.unlink(p)
os.rmdir(base)
print 'cleaned', os.path.exists(base)

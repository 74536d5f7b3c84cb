# os.environ, ids, process information, wait macros, errno and stat modules
import os, errno, stat, sys

print 'environ type', type(os.environ).__name__, isinstance(os.environ['PATH'], str)
os.environ['TAIPAN_A'] = 'one'
print 'set', os.environ['TAIPAN_A'], os.getenv('TAIPAN_A'), 'TAIPAN_A' in os.environ
os.putenv('TAIPAN_B', 'two')
print 'putenv not in environ', os.getenv('TAIPAN_B'), os.getenv('TAIPAN_B', 'dflt')
del os.environ['TAIPAN_A']
print 'deleted', os.getenv('TAIPAN_A'), 'TAIPAN_A' in os.environ
os.environ.update({'TAIPAN_C': 'c'}, TAIPAN_D='d')
print 'update', os.environ['TAIPAN_C'], os.environ['TAIPAN_D']
print 'pop', os.environ.pop('TAIPAN_C'), os.environ.pop('TAIPAN_C', 'gone')
print 'copy', type(os.environ.copy()).__name__, os.environ.copy()['TAIPAN_D']
print 'keys', 'TAIPAN_D' in os.environ.keys(), 'TAIPAN_D' in list(os.environ)
try:
    os.putenv('A=B', 'x')
except ValueError as e:
    print 'putenv =', e
try:
    os.environ['TAIPAN_E'] = 5
except TypeError as e:
    print 'environ int', e

print 'ids', os.getuid() >= 0, os.geteuid() == os.getuid(), os.getgid() >= 0, os.getegid() >= 0
print 'pids', os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid()
print 'groups', isinstance(os.getgroups(), list)
print 'pgrp', os.getpgrp() == os.getpgid(0)
old = os.umask(027)
print 'umask', oct(os.umask(old))
u = os.uname()
print 'uname', len(u), u[0], isinstance(u[1], str)
t = os.times()
print 'times', len(t), [type(x).__name__ for x in t]
print 'loadavg', len(os.getloadavg())
r = os.urandom(16)
print 'urandom', type(r).__name__, len(r), len(os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print 'urandom -1', e
print 'strerror', os.strerror(errno.ENOENT), '|', os.strerror(errno.EACCES), '|', os.strerror(0), '|', os.strerror(9999)
print 'error', os.error is OSError, os.error.__name__
e = OSError(2, 'No such file or directory', 'x')
print 'OSError', str(e), e.errno, e.filename, e.args
try:
    os.kill(os.getpid(), 0)
    print 'kill 0 ok'
except OSError as e:
    print 'kill', e
print 'sysconf', os.sysconf('SC_CLK_TCK'), os.sysconf_names['SC_PAGESIZE'], os.sysconf('SC_PAGESIZE') > 0
try:
    os.sysconf('nope')
except ValueError as e:
    print 'sysconf nope', e
print 'pathconf', os.pathconf('/', 'PC_NAME_MAX'), os.fpathconf(0, 'PC_PIPE_BUF') > 0 or True
print 'statvfs', os.statvfs('/').f_bsize > 0, len(os.statvfs('/'))
print 'dev', os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)), os.makedev(259, 70000)

for status in [0, 256, 9, 0x89, 0x137f, 0xffff]:
    print 'status %#x' % status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), \
        os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WCOREDUMP(status), os.WIFCONTINUED(status)

print 'O flags', os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.O_NONBLOCK, \
    os.O_NOCTTY, os.O_SYNC, os.O_DIRECTORY, os.O_NOFOLLOW
print 'access flags', os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.EX_OK, os.EX_USAGE, os.WNOHANG, os.WUNTRACED
print 'os all', 'makedirs' in os.__all__, 'walk' in os.__all__, 'getenv' in os.__all__, 'stat' in os.__all__, \
    'path' in os.__all__, '_exit' in dir(os)

print 'errno', errno.EPERM, errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK, errno.EDEADLOCK, \
    errno.ENOTSUP, errno.EOPNOTSUPP, errno.EDQUOT
print 'errorcode', len(errno.errorcode), errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], \
    sorted(errno.errorcode.items())[:5]
print 'errno names', len([n for n in dir(errno) if n.startswith('E')])

print 'stat consts', stat.ST_MODE, stat.ST_MTIME, stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_IFSOCK, stat.S_IFIFO, \
    stat.S_IFCHR, stat.S_IFBLK, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX, stat.S_IRWXU, stat.S_IRUSR, stat.S_IXOTH
mode = os.stat('/tmp').st_mode
print 'stat funcs', stat.S_ISDIR(mode), stat.S_ISREG(mode), oct(stat.S_IFMT(mode)), stat.S_IMODE(0104755) == 04755
print 'stat isx', [f(stat.S_IFCHR | 0644) for f in (stat.S_ISCHR, stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK)]
print 'stat all', sorted(n for n in dir(stat) if not n.startswith('_'))

# fcntl (fcntl, flock, lockf), grp and commands
import fcntl, os, grp
print grp.getgrgid(0), grp.struct_group.n_fields
for f,a in [(grp.getgrnam,'nosuch'),(grp.getgrgid,99999),(grp.getgrgid,'x'),(grp.getgrnam,1),(grp.getgrgid,2**40),(grp.getgrgid,-1)]:
  try: f(a)
  except Exception as e: print type(e).__name__, e
print len(grp.getgrall()) > 0, grp.getgrnam('root').gr_gid
print ' '.join('%s=%d' % (n, getattr(fcntl,n)) for n in sorted(dir(fcntl)) if n[0].isupper())
for f,a in [(fcntl.fcntl,(99,1)),(fcntl.flock,(99,1)),(fcntl.fcntl,('x',1)),(fcntl.lockf,(99,fcntl.LOCK_EX)),(fcntl.fcntl,(0,1,1.5)), (fcntl.lockf, (0, 0))]:
  try: f(*a)
  except Exception as e: print type(e).__name__, e
print fcntl.fcntl(0, fcntl.F_GETFD, 'abcd')
r, w = os.pipe()
print fcntl.fcntl(r, fcntl.F_GETFD), fcntl.fcntl(r, fcntl.F_SETFD, fcntl.FD_CLOEXEC), fcntl.fcntl(r, fcntl.F_GETFD)
fl = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print fcntl.fcntl(w, fcntl.F_GETFL) & os.O_NONBLOCK != 0
f = open('/tmp/taipan-lock-%d' % os.getpid() + '', 'w')
fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB); fcntl.flock(f.fileno(), fcntl.LOCK_UN)
fcntl.lockf(f, fcntl.LOCK_EX); fcntl.lockf(f, fcntl.LOCK_UN)
f2 = open('/tmp/taipan-lock-%d' % os.getpid() + '', 'w')
fcntl.flock(f, fcntl.LOCK_EX)
try:
    fcntl.flock(f2, fcntl.LOCK_EX | fcntl.LOCK_NB)
except IOError as e:
    print 'locked', e.errno
f.close(); f2.close()
os.unlink('/tmp/taipan-lock-%d' % os.getpid())
os.close(r); os.close(w)
import commands
print commands.getstatusoutput('echo out; echo err >&2; exit 3')
print repr(commands.getoutput('printf "no newline"')), commands.getstatusoutput('true')
print commands.mkarg("simple"), commands.mkarg("it's $x \"q\" `c` \\"), commands.mk2arg('/a', 'b')

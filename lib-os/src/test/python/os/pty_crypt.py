# pty without fork (openpty, master_open, slave_open) and crypt
import pty, os
m, s = pty.openpty()
print os.isatty(m), os.isatty(s)
os.write(s, 'from slave\n')
print repr(os.read(m, 100))
m2, name = pty.master_open()
print name.startswith('/dev/pts/')
s2 = pty.slave_open(name)
print os.isatty(s2)
pty._writen(m2, 'abc\n')
print repr(pty._read(s2))
for fd in (m, s, m2, s2):
    os.close(fd)
print pty.STDIN_FILENO, pty.STDOUT_FILENO, pty.STDERR_FILENO, pty.CHILD
print pty.__all__ == ['openpty'] or hasattr(os, 'fork')

import crypt
print crypt.crypt('secret', 'ab'), crypt.crypt('secret', '$6$saltsalt$')[:30], repr(crypt.crypt('x', ''))
print [n for n in dir(crypt) if n != '__file__'], repr(crypt.__doc__)
for a in [(1,'ab'), ('a',)]:
  try: crypt.crypt(*a)
  except Exception as e: print type(e).__name__, e
print repr(crypt.crypt('x', '$9$'))
print crypt.crypt('secret', crypt.crypt('secret', 'xy')) == crypt.crypt('secret', 'xy')

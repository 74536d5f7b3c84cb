# termios and tty on a pseudo-terminal from os.openpty
import termios, tty, os
names = sorted(n for n in dir(termios) if n[0].isupper() and isinstance(getattr(termios,n), (int,long)))
print len(names), sum(getattr(termios, n) for n in names)
print [n for n in dir(termios) if not n[0].isupper() and not n.startswith('__')]
print termios.error, termios.error.__bases__
for f,a in [(termios.tcgetattr,(99,)),(termios.tcsetattr,(0,0,[1])),(termios.tcgetattr,('x',)),(termios.tcdrain,(99,)), (termios.tcgetattr, (open('/dev/null'),))]:
  try: f(*a)
  except Exception as e: print type(e).__name__, e
m, s = os.openpty()
a = termios.tcgetattr(s)
print len(a), len(a[6]), [type(x).__name__ for x in a[:6]], a[6][termios.VINTR], a[6][termios.VMIN]
tty.setraw(s)
b = termios.tcgetattr(s)
print b[3] & termios.ECHO, b[3] & termios.ICANON, b[6][termios.VMIN], b[6][termios.VTIME], b[2] & termios.CS8 == termios.CS8
termios.tcsetattr(s, termios.TCSANOW, a)
print termios.tcgetattr(s) == a
tty.setcbreak(s)
print termios.tcgetattr(s)[3] & termios.ICANON
termios.tcflush(s, termios.TCIOFLUSH)
termios.tcdrain(s)
bad = list(a); bad[6] = bad[6][:3]
try: termios.tcsetattr(s, 0, bad)
except TypeError as e: print e
bad = list(a); bad[6] = [1.5] * 32
try: termios.tcsetattr(s, 0, bad)
except TypeError as e: print e
print tty.IFLAG, tty.CC, tty.__all__
os.close(m); os.close(s)

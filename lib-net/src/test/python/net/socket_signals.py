# Blocking socket and select calls and signals: handlers run while a call waits; the call
# then fails with EINTR, as in 2.7, unless the handler raised.
import signal, socket, select, time
def h(signum, frame):
    print 'handler', signum
signal.signal(signal.SIGALRM, h)
a, b = socket.socketpair()
signal.alarm(1)
try:
    b.recv(1)
except socket.error, e:
    print 'recv', e
signal.alarm(1)
try:
    select.select([b], [], [])
except select.error, e:
    print 'select', e
def raiser(signum, frame):
    raise KeyError('from handler')
signal.signal(signal.SIGALRM, raiser)
signal.alarm(1)
try:
    b.recv(1)
except KeyError, e:
    print 'raised', e
b.settimeout(5)
signal.signal(signal.SIGALRM, h)
signal.alarm(1)
try:
    b.recv(1)
except socket.error, e:
    print 'recv timeout sock', e

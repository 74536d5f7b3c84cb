# select: select(), poll and epoll objects on sockets, pipes and objects with fileno().
import os
import select
import socket

def attempt(f, *args):
    try:
        r = f(*args)
    except Exception, e:
        print '  %s: %s %r' % (type(e).__name__, e, e.args)
    else:
        print '  ', repr(r)

print select.error, select.error.__mro__
for name in sorted(n for n in dir(select) if n.isupper()):
    print name, getattr(select, name)

a, b = socket.socketpair()

class Wrapper:
    def __init__(self, s, tag):
        self.s = s
        self.tag = tag
    def fileno(self):
        return self.s.fileno()
    def __repr__(self):
        return '<%s>' % self.tag

wa, wb = Wrapper(a, 'a'), Wrapper(b, 'b')
print 'select'
print select.select([wa, wb], [], [], 0)
print select.select([wa, wb], [wa], [], 0)
a.send('x')
print select.select([wa, wb], [], [], 0)
print select.select([wb.fileno()], [wb.fileno()], [wb.fileno()], 1.5) == ([b.fileno()], [b.fileno()], [])
print select.select((wb,), (), ())
print b.recv(1)
print select.select([], [], [], 0.01)
attempt(select.select, [], [], [], -1)
attempt(select.select, [], [], [], 'a')
attempt(select.select, [-1], [], [], 0)
attempt(select.select, [object()], [], [], 0)
attempt(select.select, 1, [], [], 0)
attempt(select.select, [5000], [], [], 0)
class BadFileno:
    def fileno(self):
        return 'x'
attempt(select.select, [BadFileno()], [], [], 0)

r, w = os.pipe()
print select.select([r], [w], [], 0) == ([], [w], [])
os.write(w, 'pipe')
print select.select([r], [], [], 0) == ([r], [], [])
os.read(r, 4)
os.close(w)
print select.select([r], [], [], 0) == ([r], [], [])
print repr(os.read(r, 4))
os.close(r)
attempt(select.select, [r], [], [], 0)

print 'poll'
p = select.poll()
print type(p)
p.register(wa, select.POLLIN)
p.register(b.fileno())
def named(events):
    names = {a.fileno(): 'a', b.fileno(): 'b'}
    return sorted((names.get(fd, 'other'), ev) for fd, ev in events)
print named(p.poll(0))
a.send('y')
print named(p.poll(0))
p.modify(b, select.POLLIN)
print p.poll(100) == [(b.fileno(), select.POLLIN)]
print p.poll() == [(b.fileno(), select.POLLIN)]
b.recv(1)
print p.poll(10)
p.unregister(b)
try:
    p.unregister(b)
except KeyError, e:
    print 'KeyError', e.args == (b.fileno(),)
attempt(p.modify, 99, select.POLLIN)
attempt(p.poll, 'a')
attempt(p.register, -1)
attempt(p.register, object())
a.close()
p.register(b, select.POLLIN)
print named(p.poll(1000))
print repr(b.recv(1))
p2 = select.poll()
p2.register(9999)
print p2.poll(0)
p2.unregister(9999)
print p2.poll(0)
b.close()

print 'epoll'
a, b = socket.socketpair()
e = select.epoll()
print type(e), e.closed, type(e.fileno())
e.register(a.fileno(), select.EPOLLIN | select.EPOLLOUT)
e.register(b, select.EPOLLIN)
print sorted(e.poll(0)) == [(a.fileno(), select.EPOLLOUT)]
b.send('z')
print sorted(e.poll(1)) == [(a.fileno(), select.EPOLLIN | select.EPOLLOUT)]
e.modify(a, select.EPOLLIN)
print e.poll(0.5, 1) == [(a.fileno(), select.EPOLLIN)]
a.recv(1)
print e.poll(0.01)
e.unregister(a)
attempt(e.register, b)
attempt(e.unregister, a)
attempt(e.poll, 0, 0)
e.close()
print e.closed
attempt(e.poll)
attempt(e.fileno)
e.close()
attempt(select.epoll, 'a')
a.close()
b.close()
print 'done'

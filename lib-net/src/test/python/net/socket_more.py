# socket: timeouts, non-blocking mode, UDP, AF_UNIX, socketpair, makefile, dup, fromfd,
# create_connection and the host-name lookups; loopback only.
import os
import socket
import errno

def attempt(f, *args):
    try:
        r = f(*args)
    except Exception, e:
        print '  %s: %s %r' % (type(e).__name__, e, e.args)
    else:
        print '  ', repr(r)

def listener(family=socket.AF_INET, addr=('127.0.0.1', 0)):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.bind(addr)
    s.listen(5)
    return s

print 'timeouts'
srv = listener()
port = srv.getsockname()[1]
srv.settimeout(0.1)
print srv.gettimeout(), srv._sock.timeout
attempt(srv.accept)
srv.settimeout(None)
print srv.gettimeout(), srv._sock.timeout
attempt(srv.settimeout, -1)
attempt(srv.settimeout, 'x')
srv.setblocking(0)
print srv.gettimeout()
attempt(srv.accept)
srv.setblocking(1)
print srv.gettimeout()

cli = socket.create_connection(('127.0.0.1', port))
conn, addr = srv.accept()
conn.settimeout(0.05)
attempt(conn.recv, 10)
conn.setblocking(False)
attempt(conn.recv, 10)
attempt(conn.recvfrom, 10)
cli.send('data')
import select
select.select([conn], [], [], 5)
print repr(conn.recv(10))
conn.settimeout(1.0)
cli.send('more')
print repr(conn.recv(10))
cli.close()
print repr(conn.recv(10))
conn.close()

print 'create_connection'
c = socket.create_connection(('localhost', port), 3)
print c.gettimeout(), c.family in (socket.AF_INET, socket.AF_INET6)
c.close()
conn, addr = srv.accept()
conn.close()
c = socket.create_connection(('127.0.0.1', port), source_address=('127.0.0.1', 0))
print c.gettimeout(), c.getsockname()[0]
c.close()
conn, addr = srv.accept()
conn.close()
srv.close()
dead = socket.socket()
dead.bind(('127.0.0.1', 0))
dead_port = dead.getsockname()[1]
dead.close()
attempt(socket.create_connection, ('127.0.0.1', dead_port))

print 'udp'
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 0))
print a.type, a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE)
print b.sendto('dgram one', a.getsockname())
print b.sendto('dgram two', 0, a.getsockname())
data, frm = a.recvfrom(100)
print repr(data), frm == b.getsockname()
buf = bytearray(20)
n, frm = a.recvfrom_into(buf)
print n, repr(str(buf[:n])), frm == b.getsockname()
a.settimeout(0.05)
attempt(a.recvfrom, 100)
b.connect(a.getsockname())
b.send('connected')
print repr(a.recv(100))
attempt(b.sendto, 'x')
attempt(b.sendto, 1, ('127.0.0.1', 1))
a.close()
b.close()

print 'ipv6'
try:
    s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    s6.bind(('::1', 0))
except socket.error:
    print "no ::1"
else:
    s6.listen(1)
    name = s6.getsockname()
    print name[0], len(name), name[2:]
    c6 = socket.socket(socket.AF_INET6)
    c6.connect(('::1', name[1]))
    k, addr = s6.accept()
    print addr[0], len(addr)
    c6.sendall('six')
    print repr(k.recv(3))
    for x in (k, c6, s6):
        x.close()

print 'unix'
path = '/tmp/taipan-test-sock-%d' % os.getpid()
if os.path.exists(path):
    os.unlink(path)
u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
u.bind(path)
u.listen(1)
print u.getsockname() == path, os.path.exists(path)
uc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
uc.connect(path)
us, uaddr = u.accept()
print repr(uaddr), uc.getpeername() == path
uc.sendall('over unix')
print repr(us.recv(100))
for x in (us, uc, u):
    x.close()
os.unlink(path)
attempt(socket.socket(socket.AF_UNIX).connect, path)
attempt(socket.socket(socket.AF_UNIX).connect, 42)
abstract = '\0taipan-abstract-%d' % os.getpid()
ua = socket.socket(socket.AF_UNIX)
ua.bind(abstract)
print ua.getsockname() == abstract
ua.close()

print 'socketpair'
x, y = socket.socketpair()
print x.family == socket.AF_UNIX, x.type, type(x).__name__
x.sendall('ping')
print repr(y.recv(4))
y.shutdown(socket.SHUT_WR)
print repr(x.recv(4))
x.close(); y.close()
x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send('d1'); x.send('d2')
print repr(y.recv(10)), repr(y.recv(10))
x.close(); y.close()

print 'makefile'
x, y = socket.socketpair()
wf = x.makefile('wb')
rf = y.makefile('rb')
print rf.name, rf.mode, rf.closed
wf.write('line one\nline two\n')
wf.writelines(['three\n', 'four'])
wf.flush()
print repr(rf.readline())
print repr(rf.readline(4)), repr(rf.readline())
print repr(rf.read(3))
wf.close()
x.close()
print repr(rf.read())
print repr(rf.read()), repr(rf.readline())
rf.close()
print rf.closed
y.close()

x, y = socket.socketpair()
rf = y.makefile('r', 0)
x.sendall('a\nbb\nccc\n')
x.close()
print rf.readlines()
rf.close()
y.close()

x, y = socket.socketpair()
wf = x.makefile('w', 1)
rf = y.makefile()
x.close()   # the file keeps the socket open
wf.write('line buffered\n')
print repr(rf.readline())
wf.write('no newline yet')
wf.close()  # last user: the socket closes
print [l for l in rf]
rf.close()
y.close()

print 'dup and fromfd'
x, y = socket.socketpair()
d = x.dup()
x.close()
d.send('via dup')
print repr(y.recv(100))
f = socket.fromfd(d.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
print f.fileno() != d.fileno()
d.close()
f.send('via fromfd')
print repr(y.recv(100))
f.close()
print repr(y.recv(100))
y.close()

print 'recv_into'
x, y = socket.socketpair()
x.send('0123456789')
buf = bytearray(4)
print y.recv_into(buf), buf
attempt(y.recv_into, 'immutable')
attempt(y.recv_into, bytearray(2), 5)
attempt(y.recv_into, bytearray(2), -1)
print y.recv_into(bytearray(10), 3)
x.close(); y.close()

print 'closed sockets'
s = socket.socket()
s.close()
for name in ('recv', 'send', 'fileno', 'getsockname', 'accept', 'connect'):
    try:
        getattr(s, name)(*{'recv': (1,), 'send': ('x',), 'connect': (('127.0.0.1', 1),)}.get(name, ()))
    except socket.error, e:
        print '  ', name, e
s.close()

print 'lookups'
attempt(socket.gethostbyname_ex, 'localhost')
attempt(socket.gethostbyaddr, '127.0.0.1')
attempt(socket.gethostbyname_ex, 'nonexistent.invalid')
print socket.getfqdn('localhost')
print socket.getfqdn() == socket.getfqdn('')
print type(socket.getfqdn())
print 'done'

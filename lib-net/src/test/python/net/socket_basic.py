# socket: constants, exceptions, helpers and a TCP conversation on loopback.
import socket
import _socket

for name in ['AF_INET', 'AF_INET6', 'AF_UNIX', 'AF_UNSPEC', 'SOCK_STREAM', 'SOCK_DGRAM',
             'SOCK_RAW', 'SOL_SOCKET', 'SO_REUSEADDR', 'SO_KEEPALIVE', 'SO_ERROR', 'SO_TYPE',
             'SO_RCVBUF', 'IPPROTO_TCP', 'IPPROTO_UDP', 'IPPROTO_IP', 'TCP_NODELAY',
             'MSG_PEEK', 'MSG_DONTWAIT', 'SHUT_RD', 'SHUT_WR', 'SHUT_RDWR', 'SOMAXCONN',
             'AI_PASSIVE', 'AI_CANONNAME', 'NI_NUMERICHOST', 'NI_NUMERICSERV',
             'EAI_NONAME', 'INADDR_ANY', 'INADDR_LOOPBACK', 'INADDR_BROADCAST']:
    print name, repr(getattr(socket, name))
print socket.has_ipv6

print socket.error, socket.herror, socket.gaierror, socket.timeout
print socket.error.__mro__
print issubclass(socket.error, IOError), issubclass(socket.timeout, socket.error)
print issubclass(socket.gaierror, socket.error), issubclass(socket.herror, socket.error)
print socket.error is _socket.error, socket.SocketType, _socket.socket
e = socket.error(111, 'Connection refused')
print e, e.errno, e.strerror, repr(e)
print socket.timeout('timed out')

def attempt(f, *args):
    try:
        r = f(*args)
    except Exception, e:
        print '  %s: %s' % (type(e).__name__, e)
    else:
        print '  ', repr(r)

print 'byte order'
for f in (socket.htons, socket.ntohs, socket.htonl, socket.ntohl):
    for v in (0, 1, 0x1234, 0x12345678, 65535):
        attempt(f, v)
attempt(socket.htons, -1)
attempt(socket.htonl, -1)
attempt(socket.htons, 1.5)
attempt(socket.htons, 'a')
for f in (socket.ntohs, socket.ntohl):
    for v in (2 ** 40, 1L << 34, 1L << 70, -1L, 2 ** 31, True, 1.5, 'a', 0xffffffffL):
        attempt(f, v)

print 'addresses'
for s in ('127.0.0.1', '0.0.0.0', '255.255.255.255', '10.1', '1.2.3', 'x', '256.1.1.1'):
    attempt(socket.inet_aton, s)
for p in ('\x7f\x00\x00\x01', '\xff\xff\xff\xff', 'abc'):
    attempt(socket.inet_ntoa, p)
for s in ('127.0.0.1', '1.2.3', 'bad'):
    attempt(socket.inet_pton, socket.AF_INET, s)
for s in ('::1', '::', 'fe80::1:2', '2001:db8::ff00:42:8329', '::ffff:1.2.3.4', 'zz'):
    attempt(socket.inet_pton, socket.AF_INET6, s)
for p in ('\0' * 16, '\0' * 15 + '\1', '\x20\x01\x0d\xb8' + '\0' * 10 + '\1\2'):
    attempt(socket.inet_ntop, socket.AF_INET6, p)
attempt(socket.inet_ntop, socket.AF_INET, '\1\2\3\4')
attempt(socket.inet_ntop, socket.AF_INET, 'abc')
attempt(socket.inet_ntop, 99, 'abcd')
attempt(socket.inet_pton, 99, 'x')

print 'names'
print type(socket.gethostname())
attempt(socket.gethostbyname, 'localhost')
attempt(socket.gethostbyname, '127.0.0.1')
attempt(socket.gethostbyname, 'nonexistent.invalid')
attempt(socket.getaddrinfo, '127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
attempt(socket.getaddrinfo, '127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM)
attempt(socket.getaddrinfo, None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
attempt(socket.getaddrinfo, '::1', 8080, socket.AF_INET6, socket.SOCK_DGRAM)
attempt(socket.getaddrinfo, '127.0.0.1', 1.5)
attempt(socket.getaddrinfo, 'nonexistent.invalid', 80)
attempt(socket.getnameinfo, ('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
attempt(socket.getnameinfo, ('::1', 80, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
attempt(socket.getservbyname, 'http')
attempt(socket.getservbyname, 'http', 'tcp')
attempt(socket.getservbyname, 'nonesuch')
attempt(socket.getservbyport, 80)
attempt(socket.getservbyport, 99999)
attempt(socket.getprotobyname, 'tcp')
attempt(socket.getprotobyname, 'udp')
attempt(socket.getprotobyname, 'nonesuch')

print 'default timeout'
print socket.getdefaulttimeout()
socket.setdefaulttimeout(2.5)
print socket.getdefaulttimeout()
s = socket.socket()
print s.gettimeout()
s.close()
socket.setdefaulttimeout(None)
print socket.getdefaulttimeout()
attempt(socket.setdefaulttimeout, -1)
attempt(socket.setdefaulttimeout, 'a')

print 'tcp'
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print srv.family, srv.type, srv.proto, srv.gettimeout()
print srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
print srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print host, type(port), port > 0
print isinstance(srv.fileno(), int), srv.fileno() > 2

cli = socket.socket()
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
print cli.connect_ex(('127.0.0.1', port))
conn, addr = srv.accept()
print addr[0], addr[1] == cli.getsockname()[1]
print conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port)
print conn.family, conn.type
print cli.send('hello')
print repr(conn.recv(5))
cli.sendall('x' * 100000)
got = 0
while got < 100000:
    got += len(conn.recv(65536))
print got
conn.sendall(u'unicode ok')
print repr(cli.recv(100))
buf = bytearray(8)
conn.send('abcdef')
print cli.recv_into(buf), repr(str(buf))
conn.send('peek')
print repr(cli.recv(4, socket.MSG_PEEK)), repr(cli.recv(4))
conn.shutdown(socket.SHUT_WR)
print repr(cli.recv(10))
attempt(cli.recv, -1)
attempt(cli.send, 123)
cli.close()
conn.close()

print 'errors'
attempt(srv.bind, ('127.0.0.1', 70000))
attempt(srv.bind, 'not a tuple')
attempt(srv.bind, ('nonexistent.invalid', 0))
dead = socket.socket()
dead.bind(('127.0.0.1', 0))
dead_port = dead.getsockname()[1]
dead.close()
c = socket.socket()
try:
    c.connect(('127.0.0.1', dead_port))
except socket.error, e:
    print e, e.errno == 111, e.args
print c.connect_ex(('127.0.0.1', dead_port)) in (111, 103, 22)
c.close()
attempt(socket.socket, 99)
srv.close()
attempt(srv.accept)
attempt(srv.fileno)
attempt(srv.getsockname)
srv.close()
print 'done'

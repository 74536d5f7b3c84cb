# SocketServer without threads: clients connect and send before the server handles the
# request in the same thread; TCP, UDP and Unix servers, timeouts, errors, serve_forever.
import os
import socket
import sys
import SocketServer
from StringIO import StringIO

class Upper(SocketServer.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())
        self.wfile.write('bye from %s\n' % self.server.__class__.__name__)

def talk(address, family, text):
    c = socket.socket(family, socket.SOCK_STREAM)
    c.connect(address)
    c.sendall(text)
    c.shutdown(socket.SHUT_WR)
    return c

def drain(c):
    parts = []
    while True:
        data = c.recv(1024)
        if not data:
            break
        parts.append(data)
    c.close()
    return ''.join(parts)

print 'tcp'
server = SocketServer.TCPServer(('127.0.0.1', 0), Upper)
print server.server_address[0], server.socket.type, server.request_queue_size, server.allow_reuse_address
print server.fileno() == server.socket.fileno()
c = talk(server.server_address, socket.AF_INET, 'hello\nworld\n')
server.handle_request()
print repr(drain(c))
server.server_close()

class Reusing(SocketServer.TCPServer):
    allow_reuse_address = True
server = Reusing(('127.0.0.1', 0), Upper)
print server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
server.server_close()

print 'unbound'
server = SocketServer.TCPServer(('127.0.0.1', 0), Upper, bind_and_activate=False)
print server.server_address
server.server_bind()
server.server_activate()
print server.server_address != ('127.0.0.1', 0)
server.server_close()

print 'timeout'
class Timing(SocketServer.TCPServer):
    timeout = 0.05
    def handle_timeout(self):
        print 'handle_timeout called'
server = Timing(('127.0.0.1', 0), Upper)
server.handle_request()
server.socket.settimeout(0.01)
server.handle_request()
server.server_close()

print 'verify_request'
class Picky(SocketServer.TCPServer):
    def verify_request(self, request, client_address):
        print 'verify', type(request).__name__, client_address[0]
        return False
server = Picky(('127.0.0.1', 0), Upper)
c = talk(server.server_address, socket.AF_INET, 'ignored\n')
server.handle_request()
print repr(drain(c))
server.server_close()

print 'udp'
class Echo(SocketServer.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write('got ' + data)
server = SocketServer.UDPServer(('127.0.0.1', 0), Echo)
print server.socket.type, server.max_packet_size
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.sendto('datagram', server.server_address)
server.handle_request()
reply, frm = u.recvfrom(100)
print repr(reply), frm == server.server_address
u.close()
server.server_close()

print 'unix'
path = '/tmp/taipan-socketserver-%d' % os.getpid()
if os.path.exists(path):
    os.unlink(path)
server = SocketServer.UnixStreamServer(path, Upper)
print server.server_address == path, server.address_family == socket.AF_UNIX
c = talk(path, socket.AF_UNIX, 'over unix\n')
server.handle_request()
print repr(drain(c))

print 'errors'
class Broken(SocketServer.StreamRequestHandler):
    def handle(self):
        self.rfile.readline()
        self.wfile.write('partial\n')
        raise ValueError('handler failed')
server.RequestHandlerClass = Broken
c = talk(path, socket.AF_UNIX, 'x\n')
saved, sys.stderr = sys.stderr, StringIO()
try:
    server.handle_request()
finally:
    err, sys.stderr = sys.stderr.getvalue(), saved
print err.splitlines()[0], '|', err.splitlines()[-1]
print repr(drain(c))
server.server_close()
os.unlink(path)

print 'serve_forever'
class Once(SocketServer.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline().strip()[::-1] + '\n')
        self.server.handled += 1
        if self.server.handled == 2:
            self.server._BaseServer__shutdown_request = True
server = SocketServer.TCPServer(('127.0.0.1', 0), Once)
server.handled = 0
c1 = talk(server.server_address, socket.AF_INET, 'first\n')
c2 = talk(server.server_address, socket.AF_INET, 'second\n')
server.serve_forever(poll_interval=0.01)
print repr(drain(c1)), repr(drain(c2)), server.handled
server.server_close()

print 'handler attributes'
class Inspect(SocketServer.BaseRequestHandler):
    def setup(self):
        print 'setup', type(self.request).__name__, self.server is server
    def handle(self):
        print 'handle', self.request.recv(10)
    def finish(self):
        print 'finish'
server = SocketServer.TCPServer(('127.0.0.1', 0), Inspect)
c = talk(server.server_address, socket.AF_INET, 'payload')
server.handle_request()
print repr(drain(c))
server.server_close()
print sorted(SocketServer.__all__)
print [k.__name__ for k in SocketServer.ThreadingTCPServer.__bases__], SocketServer.ForkingMixIn.max_children

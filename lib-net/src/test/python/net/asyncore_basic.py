# asyncore: an echo server and clients in one select loop (and the poll loop), errors,
# closing, file_dispatcher over a pipe.
import asyncore
import os
import socket
import sys

class EchoHandler(asyncore.dispatcher_with_send):
    def handle_read(self):
        data = self.recv(8192)
        if data:
            self.send(data.upper())

    def handle_close(self):
        log.append('server side closed')
        self.close()

class EchoServer(asyncore.dispatcher):
    def __init__(self, map):
        asyncore.dispatcher.__init__(self, map=map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind(('127.0.0.1', 0))
        self.listen(5)
        self.port = self.socket.getsockname()[1]

    def handle_accept(self):
        pair = self.accept()
        if pair is not None:
            sock, addr = pair
            log.append('accepted from %s' % addr[0])
            EchoHandler(sock, map=self._map)

class Client(asyncore.dispatcher):
    def __init__(self, port, message, map):
        asyncore.dispatcher.__init__(self, map=map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(('127.0.0.1', port))
        self.out = message
        self.got = ''
        self.expected = len(message)

    def handle_connect(self):
        log.append('client connected')

    def writable(self):
        return bool(self.out)

    def handle_write(self):
        sent = self.send(self.out)
        self.out = self.out[sent:]

    def handle_read(self):
        self.got += self.recv(8192)
        if len(self.got) >= self.expected:
            log.append('client got %r' % self.got)
            self.close()

    def handle_close(self):
        self.close()

def run(use_poll):
    global log
    log = []
    channels = {}
    server = EchoServer(channels)
    print repr(server).split(' at ')[0]
    Client(server.port, 'hello asyncore', channels)
    Client(server.port, 'x' * 3000, channels)
    steps = 0
    while len(channels) > 1 and steps < 500:
        asyncore.loop(timeout=0.5, use_poll=use_poll, map=channels, count=1)
        steps += 1
    # let the server sides see their peers go
    for i in range(20):
        if len(channels) == 1:
            break
        asyncore.loop(timeout=0.1, use_poll=use_poll, map=channels, count=1)
    for line in sorted(log):
        print ' ', line[:60]
    print len(channels), server.accepting
    server.close()
    print channels, server.accepting

print 'select loop'
run(False)
print 'poll loop'
run(True)

print 'errors'
class Faulty(asyncore.dispatcher):
    def handle_read(self):
        raise ValueError('boom')
    def log_info(self, message, type='info'):
        print type, message.split(' (')[0].split(' at ')[0], '...', 'ValueError:boom' in message
a, b = socket.socketpair()
channels = {}
f = Faulty(a, map=channels)
print f.connected, repr(f.addr)
b.send('x')
asyncore.loop(timeout=1, map=channels, count=1)
print channels
b.close()

print 'compact_traceback'
try:
    int('x')
except ValueError:
    (fname, func, line), t, v, info = asyncore.compact_traceback()
    print func, t, v, info.count('['), info.startswith('[')

print 'unhandled events'
class Quiet(asyncore.dispatcher):
    ignore_log_types = frozenset()
class Listener(Quiet):
    pass
l = Listener(map={})
l.create_socket(socket.AF_INET, socket.SOCK_STREAM)
l.bind(('127.0.0.1', 0))
l.listen(1)
c = socket.create_connection(l.socket.getsockname())
asyncore.loop(timeout=1, map=l._map, count=1)
l.close()
c.close()
a, b = socket.socketpair()
channels = {}
q = Quiet(a, map=channels)
b.send('data')
asyncore.loop(timeout=1, map=channels, count=1)
q.close()
b.close()
asyncore.close_all(map={})
print 'done'

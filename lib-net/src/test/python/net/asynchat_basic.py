# asynchat: a line protocol with string and byte-count terminators, producers, and
# close_when_done, over a socketpair in one asyncore loop.
import asynchat
import asyncore
import socket

class Server(asynchat.async_chat):
    def __init__(self, sock, map):
        asynchat.async_chat.__init__(self, sock, map)
        self.set_terminator('\r\n')
        self.log = []

    def collect_incoming_data(self, data):
        self._collect_incoming_data(data)

    def found_terminator(self):
        data = self._get_data()
        term = self.get_terminator()
        self.log.append((term, data))
        if term == '\r\n':
            if data.startswith('SIZE '):
                self.set_terminator(int(data[5:]))
            elif data == 'REST':
                self.set_terminator(None)
            elif data == 'QUIT':
                self.push('bye\r\n')
                self.close_when_done()
            else:
                self.push('echo: %s\r\n' % data)
        else:
            self.push('got %d bytes\r\n' % len(data))
            self.set_terminator('\r\n')

a, b = socket.socketpair()
channels = {}
server = Server(a, channels)
print server.ac_in_buffer_size, server.ac_out_buffer_size, server.readable(), bool(server.writable())

def step(data=None, rounds=3):
    if data is not None:
        b.sendall(data)
    for i in range(rounds):
        asyncore.loop(timeout=0.05, map=channels, count=1)

step('hello\r\nwor')
step('ld\r')
step('\n')
step('SIZE 10\r\n0123456789' + 'after\r\n')
step('SIZE 5\r\n01')
step('234\r\n')
b.settimeout(1)
print repr(b.recv(1000))
server.push_with_producer(asynchat.simple_producer('produced ' * 100, 64))
step(rounds=20)
out = ''
while len(out) < 900:
    out += b.recv(1000)
print len(out), out[:27]
server.push('x' * 10000)
step(rounds=10)
got = 0
while got < 10000:
    got += len(b.recv(65536))
print got
step('QUIT\r\n', rounds=5)
print repr(b.recv(100)), repr(b.recv(100))
for term, data in server.log:
    print repr(term), repr(data)
print channels
b.close()

print asynchat.find_prefix_at_end('abc\r', '\r\n'), asynchat.find_prefix_at_end('abc', '\r\n')
print asynchat.find_prefix_at_end('xxabcd', 'abcde'), asynchat.find_prefix_at_end('', 'ab')
p = asynchat.simple_producer('abcdefgh', 3)
print [p.more() for i in range(4)]
f = asynchat.fifo(['a'])
f.push('b')
print len(f), f.is_empty(), f.first(), f.pop(), f.pop(), f.pop()
try:
    asynchat.async_chat().collect_incoming_data('x')
except NotImplementedError, e:
    print 'NotImplementedError', e

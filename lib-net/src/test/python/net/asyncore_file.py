# asyncore.file_dispatcher over a pipe.
import asyncore
import os

r, w = os.pipe()
class PipeReader(asyncore.file_dispatcher):
    def handle_read(self):
        data = self.recv(100)
        print 'pipe read', repr(data)
        if not data:
            self.close()
    def handle_close(self):
        print 'pipe closed'
        self.close()
    def writable(self):
        return False
channels = {}
pr = PipeReader(r, map=channels)
print pr.connected, pr.socket.fileno() != r
os.write(w, 'through a pipe')
asyncore.loop(timeout=1, map=channels, count=1)
os.close(w)
asyncore.loop(timeout=1, map=channels, count=3)
print channels
os.close(r)
wrapper = asyncore.file_wrapper(0)
import socket
print wrapper.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
try:
    wrapper.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE)
except NotImplementedError, e:
    print 'NotImplementedError', e
wrapper.close()

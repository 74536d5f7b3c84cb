"""A class supporting chat-style (command/response) protocols.

async_chat is an asyncore.dispatcher that splits its input at a terminator
(a string, a byte count, or None for "everything") and queues its output:
subclasses define collect_incoming_data(data), called with the pieces of
input, and found_terminator(), called at each terminator; push() and
push_with_producer() queue data to send.
"""

import errno
import socket
import asyncore
from collections import deque

# a non-blocking recv that found nothing: not an error
_BLOCKING_IO_ERRORS = (errno.EAGAIN, errno.EALREADY, errno.EINPROGRESS,
                       errno.EWOULDBLOCK)


class async_chat(asyncore.dispatcher):
    """An abstract dispatcher for protocols split by terminators; subclass it
    and define collect_incoming_data() and found_terminator()."""

    # how much to read at a time, and how much of a queued string to send at once
    ac_in_buffer_size = 4096
    ac_out_buffer_size = 4096

    def __init__(self, sock=None, map=None):
        self.ac_in_buffer = ''
        self.incoming = []
        self.producer_fifo = deque()
        asyncore.dispatcher.__init__(self, sock, map)

    def collect_incoming_data(self, data):
        raise NotImplementedError("must be implemented in subclass")

    def _collect_incoming_data(self, data):
        self.incoming.append(data)

    def _get_data(self):
        data = ''.join(self.incoming)
        del self.incoming[:]
        return data

    def found_terminator(self):
        raise NotImplementedError("must be implemented in subclass")

    def set_terminator(self, term):
        """Sets the input delimiter: a string, a number of bytes, or None."""
        self.terminator = term

    def get_terminator(self):
        return self.terminator

    # ---- input ----

    def handle_read(self):
        try:
            data = self.recv(self.ac_in_buffer_size)
        except socket.error, why:
            if why.args[0] in _BLOCKING_IO_ERRORS:
                return
            self.handle_error()
            return
        self.ac_in_buffer = self.ac_in_buffer + data
        # hand the buffer over piece by piece, one terminator at a time
        while self.ac_in_buffer:
            if not self._consume():
                break

    def _consume(self):
        """Deals with the start of ac_in_buffer; False when more input is needed."""
        buf = self.ac_in_buffer
        term = self.get_terminator()
        if not term:
            # no terminator: everything is data
            self.collect_incoming_data(buf)
            self.ac_in_buffer = ''
            return True
        if isinstance(term, (int, long)):
            # a byte count
            if len(buf) < term:
                self.collect_incoming_data(buf)
                self.ac_in_buffer = ''
                self.terminator = term - len(buf)
                return True
            self.collect_incoming_data(buf[:term])
            self.ac_in_buffer = buf[term:]
            self.terminator = 0
            self.found_terminator()
            return True
        at = buf.find(term)
        if at != -1:
            if at > 0:
                self.collect_incoming_data(buf[:at])
            self.ac_in_buffer = buf[at + len(term):]
            self.found_terminator()
            return True
        # the end of the buffer may be the start of a terminator: keep it
        partial = find_prefix_at_end(buf, term)
        if partial:
            if partial != len(buf):
                self.collect_incoming_data(buf[:-partial])
                self.ac_in_buffer = buf[-partial:]
            return False
        self.collect_incoming_data(buf)
        self.ac_in_buffer = ''
        return True

    def handle_write(self):
        self.initiate_send()

    def handle_close(self):
        self.close()

    # ---- output ----

    def push(self, data):
        """Queues data (a string) to send."""
        size = self.ac_out_buffer_size
        if len(data) > size:
            for i in xrange(0, len(data), size):
                self.producer_fifo.append(data[i:i + size])
        else:
            self.producer_fifo.append(data)
        self.initiate_send()

    def push_with_producer(self, producer):
        """Queues a producer: an object whose more() gives data until ''."""
        self.producer_fifo.append(producer)
        self.initiate_send()

    def readable(self):
        "predicate for inclusion in the readable for select()"
        return 1

    def writable(self):
        "predicate for inclusion in the writable for select()"
        return self.producer_fifo or (not self.connected)

    def close_when_done(self):
        "automatically close this channel once the outgoing queue is empty"
        self.producer_fifo.append(None)

    def initiate_send(self):
        queue = self.producer_fifo
        while queue and self.connected:
            first = queue[0]
            if not first:
                # an empty string or producer is dropped; None means "close now"
                del queue[0]
                if first is None:
                    self.handle_close()
                    return
            size = self.ac_out_buffer_size
            try:
                data = buffer(first, 0, size)
            except TypeError:
                # a producer: replace it at the head by its next piece
                data = first.more()
                if data:
                    queue.appendleft(data)
                else:
                    del queue[0]
                continue
            try:
                sent = self.send(data)
            except socket.error:
                self.handle_error()
                return
            if sent:
                if sent < len(data) or size < len(first):
                    queue[0] = first[sent:]
                else:
                    del queue[0]
            # one send per call: the loop comes back when the socket is writable
            return

    def discard_buffers(self):
        self.ac_in_buffer = ''
        del self.incoming[:]
        self.producer_fifo.clear()


class simple_producer:
    """Gives a string in pieces of buffer_size bytes."""

    def __init__(self, data, buffer_size=512):
        self.data = data
        self.buffer_size = buffer_size

    def more(self):
        piece = self.data[:self.buffer_size]
        self.data = self.data[self.buffer_size:]
        return piece


class fifo:
    """A first-in first-out queue (deprecated: use collections.deque)."""

    def __init__(self, list=None):
        if not list:
            self.list = deque()
        else:
            self.list = deque(list)

    def __len__(self):
        return len(self.list)

    def is_empty(self):
        return not self.list

    def first(self):
        return self.list[0]

    def push(self, data):
        self.list.append(data)

    def pop(self):
        if self.list:
            return (1, self.list.popleft())
        else:
            return (0, None)


def find_prefix_at_end(haystack, needle):
    """The length of the longest proper prefix of needle that haystack ends with."""
    n = len(needle) - 1
    while n and not haystack.endswith(needle[:n]):
        n -= 1
    return n

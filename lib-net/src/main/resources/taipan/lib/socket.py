"""This module provides socket operations and some related functions.
On Unix, it supports IP (Internet Protocol) and Unix domain sockets.
On other systems, it only supports IP. Functions specific for a
socket are available as methods of the socket object.

Functions:

socket() -- create a new socket object
socketpair() -- create a pair of new socket objects [*]
fromfd() -- create a socket object from an open file descriptor [*]
gethostname() -- return the current hostname
gethostbyname() -- map a hostname to its IP number
gethostbyaddr() -- map an IP number or hostname to DNS info
getservbyname() -- map a service name and a protocol name to a port number
getprotobyname() -- map a protocol name (e.g. 'tcp') to a number
ntohs(), ntohl() -- convert 16, 32 bit int from network to host byte order
htons(), htonl() -- convert 16, 32 bit int from host to network byte order
inet_aton() -- convert IP addr string (123.45.67.89) to 32-bit packed format
inet_ntoa() -- convert 32-bit packed format IP to string (123.45.67.89)
create_connection() -- connects to an address, with an optional timeout and
                       optional source address.

 [*] not available on all platforms!

Special objects:

SocketType -- type object for socket objects
error -- exception raised for I/O errors
has_ipv6 -- boolean value indicating if IPv6 is supported

Integer constants:

AF_INET, AF_UNIX -- socket domains (first argument to socket() call)
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW -- socket types (second argument)

Many other constants may be defined; these may be used in calls to
the setsockopt() and getsockopt() methods.
"""

import _socket
from _socket import *

__all__ = ["getfqdn", "create_connection"]
__all__.extend([_n for _n in dir(_socket) if not _n.startswith('_')])

_EBADF = 9
_EINTR = 4

_realsocket = _socket.socket


def getfqdn(name=''):
    """Get fully qualified domain name from name.

    An empty argument is interpreted as meaning the local host.

    First the hostname returned by gethostbyaddr() is checked, then
    possibly existing aliases. In case no FQDN is available, hostname
    from gethostname() is returned.
    """
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


# How many socket objects (and file objects made by makefile) share one real socket:
# the descriptor is closed when the last of them is closed, as 2.7's reference
# counting closes it when the last reference goes. Weak keys: a real socket nobody
# closed is closed by the collector.
from weakref import WeakKeyDictionary as _WeakKeyDictionary
_users = _WeakKeyDictionary()


def _hold(sock):
    _users[sock] = _users.get(sock, 0) + 1


def _release(sock):
    n = _users.get(sock, 0) - 1
    if n > 0:
        _users[sock] = n
    else:
        _users.pop(sock, None)
        sock.close()


_delegated = ("bind", "connect", "connect_ex", "fileno", "listen",
              "getpeername", "getsockname", "getsockopt", "setsockopt",
              "sendall", "setblocking", "settimeout", "gettimeout",
              "shutdown", "recv", "recvfrom", "recv_into", "recvfrom_into",
              "send", "sendto")


class _closedsocket(object):
    __slots__ = []

    def _dummy(*args):
        raise error(_EBADF, 'Bad file descriptor')

    # every socket operation on a closed socket fails the same way
    send = recv = recv_into = sendto = recvfrom = recvfrom_into = _dummy
    __getattr__ = _dummy


class _socketobject(object):

    __doc__ = _realsocket.__doc__

    __slots__ = ["_sock", "__weakref__"]

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, _sock=None):
        if _sock is None:
            _sock = _realsocket(family, type, proto)
        self._sock = _sock
        _hold(_sock)

    def close(self):
        sock = self._sock
        self._sock = _closedsocket()
        if not isinstance(sock, _closedsocket):
            _release(sock)
    close.__doc__ = _realsocket.close.__doc__

    def accept(self):
        sock, addr = self._sock.accept()
        return _socketobject(_sock=sock), addr
    accept.__doc__ = _realsocket.accept.__doc__

    def dup(self):
        """dup() -> socket object

        Return a new socket object connected to the same system resource."""
        return _socketobject(_sock=self._sock)

    def makefile(self, mode='r', bufsize=-1):
        """makefile([mode[, bufsize]]) -> file object

        Return a regular file object corresponding to the socket.  The mode
        and bufsize arguments are as for the built-in open() function."""
        return _fileobject(self._sock, mode, bufsize)

    family = property(lambda self: self._sock.family, doc="the socket family")
    type = property(lambda self: self._sock.type, doc="the socket type")
    proto = property(lambda self: self._sock.proto, doc="the socket protocol")


def _delegate(name):
    def method(self, *args, **kwargs):
        return getattr(self._sock, name)(*args, **kwargs)
    method.__name__ = name
    method.__doc__ = getattr(_realsocket, name).__doc__
    return method

for _name in _delegated:
    setattr(_socketobject, _name, _delegate(_name))
del _name

socket = SocketType = _socketobject


class _fileobject(object):
    """Faux file object attached to a socket object."""

    default_bufsize = 8192
    name = "<socket>"

    __slots__ = ["mode", "bufsize", "softspace",
                 "_sock", "_rbufsize", "_wbufsize", "_rbuf", "_wbuf", "_wbuf_len",
                 "_close"]

    def __init__(self, sock, mode='rb', bufsize=-1, close=False):
        if isinstance(sock, _socketobject):
            sock = sock._sock
        self._sock = sock
        if not isinstance(sock, _closedsocket):
            _hold(sock)
        self.mode = mode
        if bufsize < 0:
            bufsize = self.default_bufsize
        self.bufsize = bufsize
        self.softspace = False
        if bufsize == 0:
            self._rbufsize = 1
        elif bufsize == 1:
            self._rbufsize = self.default_bufsize
        else:
            self._rbufsize = bufsize
        self._wbufsize = bufsize
        self._rbuf = ""      # data received but not yet read
        self._wbuf = []      # data written but not yet sent
        self._wbuf_len = 0
        self._close = close

    def _getclosed(self):
        return self._sock is None
    closed = property(_getclosed, doc="True if the file is closed")

    def close(self):
        try:
            if self._sock is not None:
                self.flush()
        finally:
            sock = self._sock
            self._sock = None
            if sock is not None and not isinstance(sock, _closedsocket):
                if self._close:
                    _users.pop(sock, None)
                    sock.close()
                else:
                    _release(sock)

    def __del__(self):
        try:
            self.close()
        except:
            pass

    def flush(self):
        if self._wbuf:
            data = "".join(self._wbuf)
            self._wbuf = []
            self._wbuf_len = 0
            self._sock.sendall(data)

    def fileno(self):
        return self._sock.fileno()

    def write(self, data):
        data = str(data)
        if not data:
            return
        self._wbuf.append(data)
        self._wbuf_len += len(data)
        if (self._wbufsize == 0 or
                (self._wbufsize == 1 and '\n' in data) or
                (self._wbufsize > 1 and self._wbuf_len >= self._wbufsize)):
            self.flush()

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _recv(self, n):
        while True:
            try:
                return self._sock.recv(n)
            except error, e:
                if e.args and e.args[0] == _EINTR:
                    continue
                raise

    def read(self, size=-1):
        if size < 0:
            parts = [self._rbuf]
            self._rbuf = ""
            n = max(self._rbufsize, self.default_bufsize)
            while True:
                chunk = self._recv(n)
                if not chunk:
                    break
                parts.append(chunk)
            return "".join(parts)
        data = self._rbuf
        if len(data) >= size:
            self._rbuf = data[size:]
            return data[:size]
        parts = [data]
        have = len(data)
        self._rbuf = ""
        while have < size:
            chunk = self._recv(max(self._rbufsize, size - have))
            if not chunk:
                break
            parts.append(chunk)
            have += len(chunk)
        data = "".join(parts)
        self._rbuf = data[size:]
        return data[:size]

    def readline(self, size=-1):
        data = self._rbuf
        nl = data.find('\n')
        if nl >= 0 and (size < 0 or nl < size):
            self._rbuf = data[nl + 1:]
            return data[:nl + 1]
        if size >= 0 and len(data) >= size:
            self._rbuf = data[size:]
            return data[:size]
        self._rbuf = ""
        parts = [data]
        have = len(data)
        if self._rbufsize <= 1:
            # unbuffered: never read past the end of the line
            while size < 0 or have < size:
                ch = self._recv(1)
                if not ch:
                    break
                parts.append(ch)
                have += 1
                if ch == '\n':
                    break
            return "".join(parts)
        while True:
            chunk = self._recv(self._rbufsize)
            if not chunk:
                break
            nl = chunk.find('\n')
            if nl >= 0:
                end = nl + 1
                if size >= 0 and have + end > size:
                    end = size - have
                parts.append(chunk[:end])
                self._rbuf = chunk[end:]
                return "".join(parts)
            parts.append(chunk)
            have += len(chunk)
            if size >= 0 and have >= size:
                data = "".join(parts)
                self._rbuf = data[size:]
                return data[:size]
        return "".join(parts)

    def readlines(self, sizehint=0):
        total = 0
        lines = []
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if sizehint and total >= sizehint:
                break
        return lines

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None):
    """Connect to *address* and return the socket object.

    Convenience function.  Connect to *address* (a 2-tuple ``(host,
    port)``) and return the socket object.  Passing the optional
    *timeout* parameter will set the timeout on the socket instance
    before attempting to connect.  If no *timeout* is supplied, the
    global default timeout setting returned by :func:`getdefaulttimeout`
    is used.  If *source_address* is set it must be a tuple of (host, port)
    for the socket to bind as a source address before making the connection.
    An host of '' or port 0 tells the OS to use the default.
    """
    host, port = address
    last = None
    for family, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            return sock
        except error, e:
            last = e
            if sock is not None:
                sock.close()
    if last is not None:
        raise last
    raise error("getaddrinfo returns an empty list")

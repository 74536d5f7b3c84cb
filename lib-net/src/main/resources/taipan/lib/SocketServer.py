"""Generic socket server classes.

A server owns a listening (or datagram) socket and a request handler class:
for each request it makes a handler instance, whose handle() method does the
work. TCPServer, UDPServer, UnixStreamServer and UnixDatagramServer handle one
request at a time; ForkingMixIn and ThreadingMixIn, mixed in first, give each
request its own process or thread:

        class ThreadingUDPServer(ThreadingMixIn, UDPServer): pass

Request handlers derive from BaseRequestHandler and override handle();
StreamRequestHandler and DatagramRequestHandler offer the request as the file
objects rfile and wfile.
"""

__version__ = "0.4"

import socket
import select
import sys
import os
import errno

try:
    import threading
except ImportError:
    threading = None

__all__ = ["TCPServer", "UDPServer", "ForkingUDPServer", "ForkingTCPServer",
           "ThreadingUDPServer", "ThreadingTCPServer", "BaseRequestHandler",
           "StreamRequestHandler", "DatagramRequestHandler",
           "ThreadingMixIn", "ForkingMixIn"]
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer",
                    "ThreadingUnixDatagramServer"])


def _eintr_retry(func, *args):
    """Calls func(*args) again while it fails with EINTR."""
    while True:
        try:
            return func(*args)
        except (OSError, select.error) as e:
            if e.args[0] != errno.EINTR:
                raise


class BaseServer:
    """The request loop shared by all servers.

    Callers use serve_forever(), shutdown(), handle_request() and fileno().
    Subclasses supply the socket (server_bind, server_activate, get_request,
    fileno) and may override verify_request, process_request,
    handle_timeout, handle_error, shutdown_request, close_request and
    server_close. The class attribute timeout bounds handle_request().
    """

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        """Records the address and handler class (extend, do not replace)."""
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__is_shut_down = threading.Event() if threading is not None else None
        self.__shutdown_request = False

    def server_activate(self):
        """Makes the bound socket ready for requests (nothing by default)."""
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handles requests one after another until shutdown() is called.

        The shutdown flag is checked every poll_interval seconds;
        self.timeout does not apply here.
        """
        if self.__is_shut_down is not None:
            self.__is_shut_down.clear()
        try:
            while not self.__shutdown_request:
                ready = _eintr_retry(select.select, [self], [], [], poll_interval)
                if self in ready[0]:
                    self._handle_request_noblock()
        finally:
            self.__shutdown_request = False
            if self.__is_shut_down is not None:
                self.__is_shut_down.set()

    def shutdown(self):
        """Asks serve_forever() to stop and waits until it has.

        Call it from another thread than the one serving: waiting in the
        serving thread itself would never end.
        """
        self.__shutdown_request = True
        if self.__is_shut_down is not None:
            self.__is_shut_down.wait()

    def handle_request(self):
        """Waits for one request (at most self.timeout) and handles it."""
        timeout = self.socket.gettimeout()
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        ready = _eintr_retry(select.select, [self], [], [], timeout)
        if not ready[0]:
            self.handle_timeout()
            return
        self._handle_request_noblock()

    def _handle_request_noblock(self):
        """Handles one request known to be waiting (select said so)."""
        try:
            request, client_address = self.get_request()
        except socket.error:
            return
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        """Runs when handle_request() saw no request within the timeout."""
        pass

    def verify_request(self, request, client_address):
        """Whether to handle this request (True unless overridden)."""
        return True

    def process_request(self, request, client_address):
        """Handles the request here and now, then closes it."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Releases the server's resources (nothing by default)."""
        pass

    def finish_request(self, request, client_address):
        """Runs the handler: an instance of RequestHandlerClass does the work."""
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        """Ends one request: by default just closes it."""
        self.close_request(request)

    def close_request(self, request):
        """Releases one request (nothing by default)."""
        pass

    def handle_error(self, request, client_address):
        """Reports an exception from a handler and goes on serving."""
        print '-' * 40
        print 'Exception happened during processing of request from',
        print client_address
        import traceback
        traceback.print_exc()
        print '-' * 40


class TCPServer(BaseServer):
    """A server on a stream socket (TCP over IPv4 by default), one request at a time.

    address_family, socket_type, request_queue_size and allow_reuse_address
    may be changed by subclasses or instances.
    """

    address_family = socket.AF_INET

    socket_type = socket.SOCK_STREAM

    request_queue_size = 5

    allow_reuse_address = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        """Records the address and handler class (extend, do not replace)."""
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        """Binds the socket; server_address becomes the address actually bound."""
        if self.allow_reuse_address:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        """Starts listening."""
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        """Closes the listening socket."""
        self.socket.close()

    def fileno(self):
        """The listening socket's descriptor, so that a server can be select()ed."""
        return self.socket.fileno()

    def get_request(self):
        """Accepts a connection: (socket, client address)."""
        return self.socket.accept()

    def shutdown_request(self, request):
        """Ends one request: by default just closes it."""
        try:
            # tell the client at once that we are done, even if another
            # process (after a fork) still holds the socket
            request.shutdown(socket.SHUT_WR)
        except socket.error:
            pass
        self.close_request(request)

    def close_request(self, request):
        """Releases one request (nothing by default)."""
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket: each request is one datagram."""

    allow_reuse_address = False

    socket_type = socket.SOCK_DGRAM

    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        # the request's socket is the server's own: nothing to close
        pass


class ForkingMixIn:
    """Mix-in: each request is handled in a child process (os.fork)."""

    timeout = 300
    active_children = None
    max_children = 40

    def collect_children(self):
        """Reaps children that have exited (waits if there are max_children)."""
        if self.active_children is None:
            return
        # at the limit: block until some child is gone
        while len(self.active_children) >= self.max_children:
            try:
                pid, status = os.waitpid(-1, 0)
                self.active_children.discard(pid)
            except OSError as e:
                if e.errno == errno.ECHILD:
                    self.active_children.clear()
                elif e.errno != errno.EINTR:
                    break
        # then reap whoever else has finished, without blocking
        for child in self.active_children.copy():
            try:
                pid, status = os.waitpid(child, os.WNOHANG)
                if pid:
                    self.active_children.discard(pid)
            except OSError as e:
                if e.errno == errno.ECHILD:
                    self.active_children.discard(child)

    def handle_timeout(self):
        """Reaps exited children when no request came for self.timeout seconds."""
        self.collect_children()

    def process_request(self, request, client_address):
        """Handles the request in a new child process."""
        self.collect_children()
        pid = os.fork()
        if pid:
            # parent: remember the child, drop our copy of the request
            if self.active_children is None:
                self.active_children = set()
            self.active_children.add(pid)
            self.close_request(request)
            return
        # child: handle the request and leave without going back to the server loop
        try:
            self.finish_request(request, client_address)
            self.shutdown_request(request)
            os._exit(0)
        except:
            try:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            finally:
                os._exit(1)


class ThreadingMixIn:
    """Mix-in: each request is handled in a new thread."""

    # whether the server waits for its handler threads when the process ends
    daemon_threads = False

    def process_request_thread(self, request, client_address):
        """The body of a handler thread: handle, close, report errors."""
        try:
            self.finish_request(request, client_address)
            self.shutdown_request(request)
        except:
            self.handle_error(request, client_address)
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        """Handles the request in a new thread."""
        import threading
        t = threading.Thread(target=self.process_request_thread,
                             args=(request, client_address))
        t.daemon = self.daemon_threads
        t.start()


class ForkingUDPServer(ForkingMixIn, UDPServer): pass
class ForkingTCPServer(ForkingMixIn, TCPServer): pass

class ThreadingUDPServer(ThreadingMixIn, UDPServer): pass
class ThreadingTCPServer(ThreadingMixIn, TCPServer): pass

if hasattr(socket, 'AF_UNIX'):

    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer): pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer): pass


class BaseRequestHandler:
    """A handler is made per request: it stores request, client_address and
    server, then runs setup(), handle() and (always) finish(). The request is
    the connection's socket for stream servers and a (data, socket) pair for
    datagram servers.
    """

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """A handler reading and writing its connection through rfile and wfile."""

    # Read buffering: -1 (the default) buffers fully; 0 reads a byte at
    # a time (readline never reads past the line). Writes are unbuffered
    # by default, so the client sees each write at once.
    rbufsize = -1
    wbufsize = 0

    # A timeout for the request socket, if not None.
    timeout = None

    # Disable Nagle's algorithm on the request socket when true.
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP,
                                       socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except socket.error:
                # the client went away: nothing more can be sent
                pass
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler reading its datagram from rfile; what it writes to wfile is the reply."""

    def setup(self):
        try:
            from cStringIO import StringIO
        except ImportError:
            from StringIO import StringIO
        self.packet, self.socket = self.request
        self.rfile = StringIO(self.packet)
        self.wfile = StringIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)

package taipan.net.socket;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.byref.PointerByReference;

/**
 * The libc calls of the socket and select modules, bound by jnr-ffi (LP64 Linux: size_t and
 * ssize_t are Java longs). Socket addresses are raw {@code struct sockaddr} bytes built by
 * {@link SockAddr}. Every call saves errno ({@link Native#errno}).
 */
public interface NetLibC {
    int socket(int domain, int type, int protocol);
    int socketpair(int domain, int type, int protocol, @Out int[] sv);
    int bind(int fd, @In byte[] addr, int len);
    int listen(int fd, int backlog);
    int accept(int fd, @Out byte[] addr, int[] len);
    int connect(int fd, @In byte[] addr, int len);
    long send(int fd, @In byte[] buf, long len, int flags);
    long recv(int fd, @Out byte[] buf, long len, int flags);
    long recv(int fd, Pointer buf, long len, int flags);
    long send(int fd, Pointer buf, long len, int flags);
    long sendto(int fd, Pointer buf, long len, int flags, @In byte[] addr, int alen);
    long recvfrom(int fd, Pointer buf, long len, int flags, @Out byte[] addr, int[] alen);
    long sendto(int fd, @In byte[] buf, long len, int flags, @In byte[] addr, int alen);
    long recvfrom(int fd, @Out byte[] buf, long len, int flags, @Out byte[] addr, int[] alen);
    int setsockopt(int fd, int level, int opt, @In byte[] val, int len);
    int getsockopt(int fd, int level, int opt, @Out byte[] val, int[] len);
    int getsockname(int fd, @Out byte[] addr, int[] len);
    int getpeername(int fd, @Out byte[] addr, int[] len);
    int shutdown(int fd, int how);
    int close(int fd);
    int dup(int fd);
    int fcntl(int fd, int cmd, int arg);
    /** fds: an array of {@code struct pollfd} (8 bytes each). */
    int poll(byte[] fds, long nfds, int timeout);

    int getaddrinfo(String node, String service, @In byte[] hints, PointerByReference res);
    void freeaddrinfo(Pointer ai);
    String gai_strerror(int code);
    int getnameinfo(@In byte[] sa, int salen, @Out byte[] host, int hostlen, @Out byte[] serv, int servlen, int flags);
    int gethostname(@Out byte[] name, long len);
    int gethostbyname_r(String name, Pointer ret, Pointer buf, long buflen, PointerByReference result, @Out int[] herrno);
    int gethostbyaddr_r(@In byte[] addr, int len, int type, Pointer ret, Pointer buf, long buflen,
                        PointerByReference result, @Out int[] herrno);
    String hstrerror(int err);
    Pointer getservbyname(String name, String proto);
    Pointer getservbyport(int port, String proto);
    Pointer getprotobyname(String name);
    int inet_aton(String cp, @Out byte[] inp);
    int inet_pton(int af, String src, @Out byte[] dst);
    Pointer inet_ntop(int af, @In byte[] src, @Out byte[] dst, int size);
    String strerror(int errnum);

    int epoll_create1(int flags);
    int epoll_ctl(int epfd, int op, int fd, @In byte[] event);
    int epoll_wait(int epfd, @Out byte[] events, int maxevents, int timeout);
}

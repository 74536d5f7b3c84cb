package taipan.net.socket;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

import taipan.runtime.*;

/** The libc layer of _socket: address encoding, descriptors, a socketpair round trip. */
class NativeSocketTest {
    @Test
    void inetAddressRoundTrip() {
        SockAddr.Raw raw = SockAddr.inet(new byte[] {127, 0, 0, 1}, 8080);
        assertEquals(16, raw.length());
        assertEquals(2, raw.bytes()[0]);
        assertEquals(0x1f, raw.bytes()[2]);
        assertEquals((byte) 0x90, raw.bytes()[3]);
        assertEquals("('127.0.0.1', 8080)", Ops.repr(SockAddr.decode(raw.bytes(), raw.length())).toString());
    }

    @Test
    void inet6AddressRoundTrip() {
        byte[] ip = new byte[16];
        ip[15] = 1;
        SockAddr.Raw raw = SockAddr.inet6(ip, 443, 0, 3);
        assertEquals("('::1', 443, 0, 3)", Ops.repr(SockAddr.decode(raw.bytes(), raw.length())).toString());
    }

    @Test
    void dottedQuads() {
        assertArrayEquals(new byte[] {10, 0, 0, (byte) 255}, Resolver.dottedQuad("10.0.0.255"));
        assertNull(Resolver.dottedQuad("10.0.0"));
        assertNull(Resolver.dottedQuad("10.0.0.256"));
        assertNull(Resolver.dottedQuad("a.b.c.d"));
    }

    @Test
    void socketpairCarriesBytes() {
        int[] sv = new int[2];
        NetLibC c = Native.libc();
        assertEquals(0, c.socketpair(SockAddr.AF_UNIX, 1, 0, sv));
        try {
            byte[] msg = "ping".getBytes();
            assertEquals(4, c.send(sv[0], msg, 4, 0));
            byte[] buf = new byte[16];
            assertEquals(4, c.recv(sv[1], buf, buf.length, 0));
            assertEquals("ping", new String(buf, 0, 4));
        } finally {
            c.close(sv[0]);
            c.close(sv[1]);
        }
    }

    @Test
    void closedDescriptorGivesEbadf() {
        assertEquals(-1, Native.libc().close(-1));
        assertEquals(PySocket.EBADF, Native.errno());
        assertEquals("Bad file descriptor", Native.strerror(PySocket.EBADF));
    }
}

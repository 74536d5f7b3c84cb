package taipan.net.select;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

import taipan.net.socket.Native;
import taipan.net.socket.NetLibC;

/** The struct pollfd encoding and poll(2) over a socketpair. */
class PollTest {
    @Test
    void pollFdLayout() {
        byte[] pfd = new byte[16];
        SelectModule.putPollFd(pfd, 1, 0x01020304, SelectModule.POLLIN | SelectModule.POLLOUT);
        assertEquals(4, pfd[8]);
        assertEquals(1, pfd[11]);
        assertEquals(5, pfd[12]);
        pfd[14] = 0x11;
        assertEquals(0x11, SelectModule.revents(pfd, 1));
        assertEquals(0, SelectModule.revents(pfd, 0));
    }

    @Test
    void pollSeesReadiness() {
        NetLibC c = Native.libc();
        int[] sv = new int[2];
        assertEquals(0, c.socketpair(1, 1, 0, sv));
        try {
            byte[] pfd = new byte[8];
            SelectModule.putPollFd(pfd, 0, sv[1], SelectModule.POLLIN);
            assertEquals(0, SelectModule.pollSliced(pfd, 1, 0));
            c.send(sv[0], new byte[] {42}, 1, 0);
            assertEquals(1, SelectModule.pollSliced(pfd, 1, 1000));
            assertEquals(SelectModule.POLLIN, SelectModule.revents(pfd, 0) & SelectModule.POLLIN);
        } finally {
            c.close(sv[0]);
            c.close(sv[1]);
        }
    }
}

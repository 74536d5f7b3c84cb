package taipan.encoding.binascii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CrcTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void crc32IsSignedAsIn27() {
        assertEquals(891568578, Crc.crc32(ascii("abc"), 0));
        assertEquals(-390611389, Crc.crc32(ascii("a"), 0));
    }

    @Test
    void crc32ContinuesFromAStartValue() {
        int first = Crc.crc32(ascii("hello "), 0);
        assertEquals(Crc.crc32(ascii("hello world"), 0), Crc.crc32(ascii("world"), first & 0xffffffffL));
    }

    @Test
    void crcHqxOfEmptyDataIsTheStartValue() {
        assertEquals(77, Crc.crcHqx(new byte[0], 77));
        // the CRC-CCITT check value of "123456789" from 0
        assertEquals(0x31c3, Crc.crcHqx(ascii("123456789"), 0));
    }
}

package taipan.encoding.zlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WrapperTest {
    @Test
    void wbitsSelectTheContainer() {
        assertEquals(Wrapper.ZLIB, Wrapper.of(15, false));
        assertEquals(Wrapper.RAW, Wrapper.of(-15, false));
        assertEquals(Wrapper.GZIP, Wrapper.of(31, false));
        assertEquals(Wrapper.AUTO, Wrapper.of(47, true));
        assertNull(Wrapper.of(47, false));
        assertNull(Wrapper.of(16, false));
    }

    @Test
    void gzipHeaderLengthCountsOptionalFields() {
        byte[] plain = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1};
        assertEquals(10, GzipHeader.length(plain, "x"));
        byte[] named = {0x1f, (byte) 0x8b, 8, 8, 0, 0, 0, 0, 0, 3, 'a', 'b', 0, 7};
        assertEquals(13, GzipHeader.length(named, "x"));
        byte[] partial = {0x1f, (byte) 0x8b, 8, 8, 0, 0, 0, 0, 0, 3, 'a'};
        assertEquals(-1, GzipHeader.length(partial, "x"));
    }
}

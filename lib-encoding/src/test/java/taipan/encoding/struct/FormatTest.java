package taipan.encoding.struct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sizes and offsets of parsed formats (x86_64 native alignment, standard packing). */
class FormatTest {
    @Test
    void nativeAlignmentPadsBeforeEachItem() {
        Format f = Format.parse("c3sxhiq");
        assertEquals(24, f.size);
        assertEquals(5, f.length);
        long[] offsets = new long[f.items.length];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = f.items[i].offset();
        }
        assertEquals("[0, 1, 4, 6, 8, 16]", java.util.Arrays.toString(offsets));
    }

    @Test
    void standardSizesPackTightly() {
        assertEquals(1 + 2 + 4 + 4 + 8 + 4 + 8, Format.parse("<bhilqfd").size);
        assertEquals(8, Format.parse("@x0d").size);
        assertEquals(0, Format.parse("2").size);
    }
}

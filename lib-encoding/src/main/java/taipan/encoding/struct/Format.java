package taipan.encoding.struct;

import java.util.ArrayList;
import java.util.List;

import taipan.runtime.Py;

/**
 * A parsed struct format: its layout, its items with their byte offsets, its total size and
 * the number of values it packs. Immutable; shared through {@link StructModule}'s cache.
 */
final class Format {
    /** One format code with its repeat count, placed at {@code offset}. */
    record Item(char code, long count, int size, long offset) {
        /** Whether the code takes one value for all its repeats ('s' and 'p'). */
        boolean isString() {
            return code == 's' || code == 'p';
        }
    }

    final String text;
    final Layout layout;
    final Item[] items;
    final long size;
    /** How many values pack() takes and unpack() returns. */
    final int length;

    private Format(String text, Layout layout, Item[] items, long size, int length) {
        this.text = text;
        this.layout = layout;
        this.items = items;
        this.size = size;
        this.length = length;
    }

    static Format parse(String text) {
        // the format is a C string: it ends at the first NUL
        int end = text.indexOf('\0');
        String f = end < 0 ? text : text.substring(0, end);
        int i = 0;
        Layout layout = Layout.NATIVE;
        if (!f.isEmpty()) {
            Layout l = Layout.ofPrefix(f.charAt(0));
            if (l != null) {
                layout = l;
                i = 1;
            }
        }
        List<Item> items = new ArrayList<>();
        long size = 0;
        long length = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < f.length() && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                    try {
                        count = Math.addExact(Math.multiplyExact(count, 10), f.charAt(i) - '0');
                    } catch (ArithmeticException e) {
                        throw StructModule.error("total struct size too long");
                    }
                    i++;
                }
                if (i == f.length()) {
                    break; // a trailing count without a code is ignored, as 2.7 does
                }
                c = f.charAt(i);
            }
            i++;
            int itemSize = layout.size(c);
            if (itemSize < 0) {
                throw StructModule.error("bad char in struct format");
            }
            int align = layout.alignment(c);
            if (align > 1) {
                size = (size + align - 1) / align * align;
            }
            boolean string = c == 's' || c == 'p';
            items.add(new Item(c, count, itemSize, size));
            try {
                size = Math.addExact(size, Math.multiplyExact(count, string ? 1 : itemSize));
                if (c != 'x') {
                    length = Math.addExact(length, string ? 1 : count);
                }
            } catch (ArithmeticException e) {
                throw StructModule.error("total struct size too long");
            }
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw Py.MemoryError("");
        }
        return new Format(text, layout, items.toArray(new Item[0]), size, (int) length);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }
}

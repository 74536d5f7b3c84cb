package taipan.modules.json;

import java.util.Arrays;

import taipan.runtime.*;

/**
 * A JSON document being read: the characters of a {@code str} (bytes) or {@code unicode}
 * (code points), with the string scanner shared by {@code _json.scanstring} and the Scanner.
 */
final class JsonText {
    final PyObject source;
    final int[] cps;
    /** The bytes of a str document (null for unicode). */
    final byte[] bytes;
    final int length;

    private JsonText(PyObject source, int[] cps, byte[] bytes) {
        this.source = source;
        this.cps = cps;
        this.bytes = bytes;
        this.length = cps.length;
    }

    static JsonText of(PyObject s) {
        if (s instanceof PyStr str) {
            byte[] b = str.bytes();
            int[] c = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                c[i] = b[i] & 0xff;
            }
            return new JsonText(s, c, b);
        }
        if (s instanceof PyUnicode u) {
            return new JsonText(s, u.codePoints(), null);
        }
        throw Py.TypeError("first argument must be a string, not " + s.getType().getName());
    }

    boolean isStr() {
        return bytes != null;
    }

    /** A ValueError with the position as json.decoder.errmsg formats it. */
    PyException error(String msg, int pos) {
        return Py.ValueError(msg + ": " + lineCol(pos) + " (char " + pos + ")");
    }

    private String lineCol(int pos) {
        int line = 1;
        int lastNewline = -1;
        for (int i = 0; i < pos && i < length; i++) {
            if (cps[i] == '\n') {
                line++;
                lastNewline = i;
            }
        }
        int col = line == 1 ? pos + 1 : pos - lastNewline;
        return "line " + line + " column " + col;
    }

    /** The text of cps[from:to] as an object of the document's type. */
    PyObject slice(int from, int to) {
        if (bytes != null) {
            return PyStr.of(Arrays.copyOfRange(bytes, from, to));
        }
        return PyUnicode.fromCodePoints(Arrays.copyOfRange(cps, from, to));
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private int hex4(int at, int errPos) {
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            int h = hex(cps[i]);
            if (h < 0) {
                throw error("Invalid \\uXXXX escape", errPos);
            }
            v = (v << 4) | h;
        }
        return v;
    }

    /**
     * Reads the JSON string whose opening quote is at {@code end - 1}; returns it as unicode and
     * stores the index after the closing quote in {@code endOut[0]}.
     */
    PyObject scanString(int end, String encoding, boolean strict, int[] endOut) {
        int n = length;
        int begin = end - 1;
        if (end < 0 || end >= n) {
            throw Py.ValueError("end is out of bounds");
        }
        IntBuf out = new IntBuf();
        while (true) {
            int next = end;
            int c = 0;
            boolean highBytes = false;
            while (next < n) {
                c = cps[next];
                if (c == '"' || c == '\\') {
                    break;
                }
                if (strict && c <= 0x1f) {
                    throw error("Invalid control character at", next);
                }
                if (c >= 0x80) {
                    highBytes = true;
                }
                next++;
            }
            if (next >= n) {
                throw error("Unterminated string starting at", begin);
            }
            if (next != end) {
                if (highBytes && bytes != null) {
                    PyUnicode chunk = Codecs.decode(PyStr.of(Arrays.copyOfRange(bytes, end, next)), encoding, "strict");
                    out.addAll(chunk.codePoints());
                } else {
                    out.addRange(cps, end, next);
                }
            }
            next++;
            if (c == '"') {
                end = next;
                break;
            }
            if (next == n) {
                throw error("Unterminated string starting at", begin);
            }
            c = cps[next];
            if (c != 'u') {
                end = next + 1;
                int ch;
                switch (c) {
                    case '"': ch = '"'; break;
                    case '\\': ch = '\\'; break;
                    case '/': ch = '/'; break;
                    case 'b': ch = '\b'; break;
                    case 'f': ch = '\f'; break;
                    case 'n': ch = '\n'; break;
                    case 'r': ch = '\r'; break;
                    case 't': ch = '\t'; break;
                    default: throw error("Invalid \\escape", end - 2);
                }
                out.add(ch);
                continue;
            }
            next++;
            end = next + 4;
            if (end >= n) {
                throw error("Invalid \\uXXXX escape", next - 1);
            }
            int u = hex4(next, end - 5);
            next = end;
            // a high surrogate followed by an escaped low one is one character
            if (u >= 0xd800 && u <= 0xdbff && end + 6 < n && cps[next] == '\\' && cps[next + 1] == 'u') {
                int u2 = hex4(next + 2, end + 1);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                    end += 6;
                }
            }
            out.add(u);
        }
        endOut[0] = end;
        return PyUnicode.fromCodePoints(out.toArray());
    }

    /** A growable int array. */
    static final class IntBuf {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        void addRange(int[] src, int from, int to) {
            int k = to - from;
            if (n + k > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + k));
            }
            System.arraycopy(src, from, a, n, k);
            n += k;
        }

        void addAll(int[] src) {
            addRange(src, 0, src.length);
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}

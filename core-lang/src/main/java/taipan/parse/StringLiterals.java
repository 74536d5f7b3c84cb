package taipan.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * String literal values as CPython 2.7's ast.c computes them (parsestr, decode_unicode,
 * PyString_DecodeEscape, the unicode-escape codecs), with the same error texts.
 * Byte strings are returned as one char (0-255) per byte.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** An error while evaluating a literal: a UnicodeError (reported as a SyntaxError) or a ValueError. */
    static final class LiteralError extends RuntimeException {
        final boolean unicodeError;

        LiteralError(String msg, boolean unicodeError) {
            super(msg, null, false, false);
            this.unicodeError = unicodeError;
        }
    }

    /** A decoded literal. */
    record Value(String text, boolean unicode) {}

    /**
     * @param raw       the token text (one char per byte), with prefix and quotes
     * @param encoding  ast.c's c_encoding: null, "utf-8", "iso-8859-1" or another name
     * @param charset   the charset of another encoding (to re-encode str literals), else null
     */
    static Value decode(String raw, String encoding, Charset charset, boolean futureUnicode) {
        int i = 0;
        boolean unicode = futureUnicode, rawmode = false;
        char q = raw.charAt(i);
        if (q == 'u' || q == 'U') { unicode = true; q = raw.charAt(++i); }
        if (q == 'b' || q == 'B') { unicode = false; q = raw.charAt(++i); }
        if (q == 'r' || q == 'R') { rawmode = true; q = raw.charAt(++i); }
        int from = i + 1, to = raw.length() - 1;
        if (to - from >= 4 && raw.charAt(from) == q && raw.charAt(from + 1) == q) {
            from += 2;
            to -= 2;
        }
        String s = raw.substring(from, to);
        if (unicode) return new Value(decodeUnicode(s, rawmode, encoding), true);
        boolean needEncoding = encoding != null && !encoding.equals("utf-8") && !encoding.equals("iso-8859-1");
        if (rawmode || s.indexOf('\\') < 0) {
            if (needEncoding) return new Value(recode(s, 0, s.length(), charset), false);
            return new Value(s, false);
        }
        return new Value(decodeEscape(s, needEncoding ? charset : null), false);
    }

    /** Concatenates adjacent literals as PyString/PyUnicode concatenation does. */
    static Value concat(Value a, Value b) {
        if (!a.unicode() && !b.unicode()) return new Value(a.text() + b.text(), false);
        return new Value(asUnicode(a) + asUnicode(b), true);
    }

    private static String asUnicode(Value v) {
        if (v.unicode()) return v.text();
        String s = v.text();
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c > 127) {
                throw new LiteralError(String.format("'ascii' codec can't decode byte 0x%02x in position %d: "
                        + "ordinal not in range(128)", c, i), true);
            }
        }
        return s;
    }

    // ---- str ----------------------------------------------------------------------------

    /** UTF-8 bytes (as chars) re-encoded into the source charset. */
    private static String recode(String s, int from, int to, Charset charset) {
        String u = decodeUtf8(s, from, to);
        CharsetEncoder enc = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(u));
            StringBuilder sb = new StringBuilder(bb.remaining());
            while (bb.hasRemaining()) sb.append((char) (bb.get() & 0xff));
            return sb.toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new LiteralError("encoding error", true);
        }
    }

    private static String decodeEscape(String s, Charset recode) {
        StringBuilder p = new StringBuilder(s.length());
        int end = s.length();
        int i = 0;
        while (i < end) {
            char c = s.charAt(i);
            if (c != '\\') {
                if (recode != null && c >= 0x80) {
                    int t = i;
                    while (t < end && s.charAt(t) >= 0x80) t++;
                    p.append(recode(s, i, t, recode));
                    i = t;
                } else {
                    p.append(c);
                    i++;
                }
                continue;
            }
            i++;
            if (i == end) throw new LiteralError("Trailing \\ in string", false);
            c = s.charAt(i++);
            switch (c) {
                case '\n': break;
                case '\\': p.append('\\'); break;
                case '\'': p.append('\''); break;
                case '"': p.append('"'); break;
                case 'b': p.append('\b'); break;
                case 'f': p.append('\f'); break;
                case 't': p.append('\t'); break;
                case 'n': p.append('\n'); break;
                case 'r': p.append('\r'); break;
                case 'v': p.append('\013'); break;
                case 'a': p.append('\007'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = c - '0';
                    if (i < end && isOct(s.charAt(i))) {
                        v = (v << 3) + s.charAt(i++) - '0';
                        if (i < end && isOct(s.charAt(i))) v = (v << 3) + s.charAt(i++) - '0';
                    }
                    p.append((char) (v & 0xff));
                    break;
                }
                case 'x':
                    if (i + 1 < end && hex(s.charAt(i)) >= 0 && hex(s.charAt(i + 1)) >= 0) {
                        p.append((char) (hex(s.charAt(i)) * 16 + hex(s.charAt(i + 1))));
                        i += 2;
                        break;
                    }
                    throw new LiteralError("invalid \\x escape", false);
                default:
                    p.append('\\');
                    i--;
                    break;
            }
        }
        return p.toString();
    }

    private static boolean isOct(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // ---- unicode ------------------------------------------------------------------------

    private static String decodeUnicode(String s, boolean rawmode, String encoding) {
        if (encoding != null && !encoding.equals("iso-8859-1")) {
            // non-ASCII UTF-8 runs become \U escapes, as ast.c's decode_unicode does
            StringBuilder buf = new StringBuilder(s.length() + 16);
            int end = s.length();
            int i = 0;
            while (i < end) {
                if (s.charAt(i) == '\\') {
                    buf.append(s.charAt(i++));
                    if (i < end && s.charAt(i) >= 0x80) buf.append("u005c");
                }
                if (i < end && s.charAt(i) >= 0x80) {
                    int t = i;
                    while (t < end && s.charAt(t) >= 0x80) t++;
                    String u = decodeUtf8(s, i, t);
                    u.codePoints().forEach(cp -> buf.append(String.format("\\U%08x", cp)));
                    i = t;
                } else if (i < end) {
                    buf.append(s.charAt(i++));
                }
            }
            s = buf.toString();
        }
        return rawmode ? rawUnicodeEscape(s) : unicodeEscape(s);
    }

    private static LiteralError decodeError(String codec, String s, int start, int end, String reason) {
        String msg;
        if (end == start + 1) {
            msg = String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                                codec, (int) s.charAt(start) & 0xff, start, reason);
        } else {
            msg = String.format("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end - 1, reason);
        }
        return new LiteralError(msg, true);
    }

    private static String unicodeEscape(String s) {
        StringBuilder p = new StringBuilder(s.length());
        int end = s.length();
        int i = 0;
        while (i < end) {
            char c = s.charAt(i);
            if (c != '\\') {
                p.append(c);
                i++;
                continue;
            }
            int startinpos = i;
            i++;
            c = i < end ? s.charAt(i) : '\0';
            i++;
            String message;
            int digits;
            switch (c) {
                case '\n': continue;
                case '\\': p.append('\\'); continue;
                case '\'': p.append('\''); continue;
                case '"': p.append('"'); continue;
                case 'b': p.append('\b'); continue;
                case 'f': p.append('\f'); continue;
                case 't': p.append('\t'); continue;
                case 'n': p.append('\n'); continue;
                case 'r': p.append('\r'); continue;
                case 'v': p.append('\013'); continue;
                case 'a': p.append('\007'); continue;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int x = c - '0';
                    if (i < end && isOct(s.charAt(i))) {
                        x = (x << 3) + s.charAt(i++) - '0';
                        if (i < end && isOct(s.charAt(i))) x = (x << 3) + s.charAt(i++) - '0';
                    }
                    p.append((char) x);
                    continue;
                }
                case 'x': digits = 2; message = "truncated \\xXX escape"; break;
                case 'u': digits = 4; message = "truncated \\uXXXX escape"; break;
                case 'U': digits = 8; message = "truncated \\UXXXXXXXX escape"; break;
                case 'N': {
                    message = "malformed \\N character escape";
                    if (i < end && s.charAt(i) == '{') {
                        int start = i + 1;
                        while (i < end && s.charAt(i) != '}') i++;
                        if (i > start && i < end && s.charAt(i) == '}') {
                            message = "unknown Unicode character name";
                            String name = s.substring(start, i);
                            i++;
                            int cp = lookupName(name);
                            if (cp >= 0) {
                                p.appendCodePoint(cp);
                                continue;
                            }
                        }
                    }
                    throw decodeError("unicodeescape", s, startinpos, i, message);
                }
                default:
                    if (i > end) {
                        throw decodeError("unicodeescape", s, startinpos, i - 1, "\\ at end of string");
                    }
                    p.append('\\').append(c);
                    continue;
            }
            // hex escapes
            int chr = 0;
            if (end - i < digits) {
                while (i < end && hex(s.charAt(i)) >= 0) i++;
                throw decodeError("unicodeescape", s, startinpos, i, message);
            }
            for (int k = 0; k < digits; k++, i++) {
                int h = hex(s.charAt(i));
                if (h < 0) throw decodeError("unicodeescape", s, startinpos, i, message);
                chr = (chr << 4) | h;
            }
            if (chr < 0 || chr > 0x10ffff) {
                throw decodeError("unicodeescape", s, startinpos, i, "illegal Unicode character");
            }
            p.appendCodePoint(chr);
        }
        return p.toString();
    }

    private static int lookupName(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String rawUnicodeEscape(String s) {
        StringBuilder p = new StringBuilder(s.length());
        int end = s.length();
        int i = 0;
        while (i < end) {
            char c = s.charAt(i);
            if (c != '\\') {
                p.append(c);
                i++;
                continue;
            }
            int startinpos = i;
            int bs = i;
            while (i < end && s.charAt(i) == '\\') p.append(s.charAt(i++));
            if (((i - bs) & 1) == 0 || i >= end || (s.charAt(i) != 'u' && s.charAt(i) != 'U')) continue;
            p.setLength(p.length() - 1);
            int count = s.charAt(i) == 'u' ? 4 : 8;
            i++;
            int x = 0;
            boolean bad = false;
            for (int k = 0; k < count; k++, i++) {
                int h = i < end ? hex(s.charAt(i)) : -1;
                if (h < 0) {
                    throw decodeError("rawunicodeescape", s, startinpos, i, "truncated \\uXXXX");
                }
                x = (x << 4) | h;
            }
            if (x < 0 || x > 0x10ffff) {
                throw decodeError("rawunicodeescape", s, startinpos, i, "\\Uxxxxxxxx out of range");
            }
            if (!bad) p.appendCodePoint(x);
        }
        return p.toString();
    }

    /** Python 2.7's UTF-8 decoder (it accepts encoded surrogates), on bytes held as chars. */
    static String decodeUtf8(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = s.charAt(i);
            if (c < 0x80) { out.append((char) c); i++; continue; }
            int n = c < 0xc2 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf5 ? 4 : 0;
            int start = i - from;
            if (n == 0) throw utf8Error(s, from, to, start, start + 1, "invalid start byte");
            if (i + n > to) {
                int endpos = start + 1;
                for (int k = 1; k < to - i && (s.charAt(i + k) & 0xc0) == 0x80; k++) endpos++;
                throw utf8Error(s, from, to, start, endpos, "unexpected end of data");
            }
            int cp;
            if (n == 2) {
                if ((s.charAt(i + 1) & 0xc0) != 0x80) throw utf8Error(s, from, to, start, start + 1, "invalid continuation byte");
                cp = ((c & 0x1f) << 6) | (s.charAt(i + 1) & 0x3f);
            } else if (n == 3) {
                int c1 = s.charAt(i + 1), c2 = s.charAt(i + 2);
                if ((c1 & 0xc0) != 0x80 || (c2 & 0xc0) != 0x80 || (c == 0xe0 && c1 < 0xa0)) {
                    throw utf8Error(s, from, to, start, start + 1, "invalid continuation byte");
                }
                cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
            } else {
                int c1 = s.charAt(i + 1), c2 = s.charAt(i + 2), c3 = s.charAt(i + 3);
                if ((c1 & 0xc0) != 0x80 || (c2 & 0xc0) != 0x80 || (c3 & 0xc0) != 0x80
                        || (c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 > 0x8f)) {
                    throw utf8Error(s, from, to, start, start + 1, "invalid continuation byte");
                }
                cp = ((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
            }
            out.appendCodePoint(cp);
            i += n;
        }
        return out.toString();
    }

    private static LiteralError utf8Error(String s, int from, int to, int start, int end, String reason) {
        return decodeError("utf8", s.substring(from, to), start, end, reason);
    }
}

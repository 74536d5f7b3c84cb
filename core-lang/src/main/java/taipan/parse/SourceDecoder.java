package taipan.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a source into the byte buffer the tokenizer reads, following PEP 263 as
 * CPython 2.7 does: a UTF-8 BOM, a coding cookie on line 1 or 2, newlines made "\n". Like
 * CPython, sources in UTF-8 or Latin-1 (and undeclared ones) are tokenized as they are, and
 * sources in any other encoding are translated into UTF-8 first.
 */
final class SourceDecoder {
    private SourceDecoder() {}

    /** A source ready for the tokenizer. */
    static final class Source {
        final byte[] buf;
        /** null (none declared), "utf-8", "iso-8859-1" or another declared encoding. */
        final String encoding;
        /** For another declared encoding: the charset str literals are re-encoded into. */
        final Charset charset;
        final boolean fileMode;
        /** File mode without declaration: lines before this one must be pure ASCII. */
        final int asciiCheckBefore;
        final String filename;

        Source(byte[] buf, String encoding, Charset charset, boolean fileMode, int asciiCheckBefore,
               String filename) {
            this.buf = buf;
            this.encoding = encoding;
            this.charset = charset;
            this.fileMode = fileMode;
            this.asciiCheckBefore = asciiCheckBefore;
            this.filename = filename;
        }

        /** True when the buffer holds UTF-8 that str literals must be re-encoded from. */
        boolean needsRecoding() {
            return encoding != null && !encoding.equals("utf-8") && !encoding.equals("iso-8859-1");
        }
    }

    /**
     * @param fileMode  CPython's file input (import, script, execfile): non-ASCII bytes need a
     *                  declaration; otherwise string input (compile/exec of a str)
     * @param addNewline add a final newline when missing (exec input)
     */
    static Source decode(byte[] src, String filename, boolean fileMode, boolean addNewline) {
        int start = 0;
        String bomEncoding = null;
        if (src.length >= 3 && (src[0] & 0xff) == 0xef && (src[1] & 0xff) == 0xbb && (src[2] & 0xff) == 0xbf) {
            start = 3;
            bomEncoding = "utf-8";
        }
        byte[] buf = normalizeNewlines(src, start, addNewline);
        String encoding = bomEncoding;
        int cookieLine = 0;
        // the coding spec: line 1, or line 2 when line 1 is blank or only a comment
        int lineStart = 0;
        for (int lineNo = 1; lineNo <= 2 && lineStart < buf.length; lineNo++) {
            int lineEnd = lineStart;
            while (lineEnd < buf.length && buf[lineEnd] != '\n') lineEnd++;
            String cs = codingSpec(buf, lineStart, lineEnd);
            if (cs != null) {
                cookieLine = lineNo;
                if (bomEncoding != null) {
                    if (!bomEncoding.equals(cs)) {
                        throw decodeError("encoding problem: " + cs + " with BOM", filename, fileMode ? lineNo : 0);
                    }
                } else {
                    encoding = cs;
                }
                break;
            }
            if (!onlyCommentOrBlank(buf, lineStart, lineEnd)) break;
            lineStart = lineEnd + 1;
        }
        Charset charset = null;
        if (encoding != null && !encoding.equals("utf-8") && !encoding.equals("iso-8859-1")) {
            charset = lookup(encoding);
            if (charset == null) {
                throw decodeError(fileMode ? "encoding problem: " + encoding : "unknown encoding: " + encoding,
                                  filename, fileMode ? cookieLine : 0);
            }
            buf = translate(buf, charset, encoding, filename, fileMode);
        }
        int asciiBefore = 0;
        if (fileMode && encoding == null) asciiBefore = Integer.MAX_VALUE;
        else if (fileMode && bomEncoding == null && cookieLine > 1) asciiBefore = cookieLine;
        return new Source(buf, encoding, charset, fileMode, asciiBefore, filename);
    }

    private static ParseError decodeError(String msg, String filename, int line) {
        return new ParseError(ParseError.Kind.SYNTAX_ERROR, msg, filename, line, 0, null, false, false);
    }

    private static byte[] normalizeNewlines(byte[] src, int start, boolean addNewline) {
        byte[] out = new byte[src.length - start + 1];
        int n = 0;
        for (int i = start; i < src.length; i++) {
            byte b = src[i];
            if (b == '\r') {
                out[n++] = '\n';
                if (i + 1 < src.length && src[i + 1] == '\n') i++;
            } else {
                out[n++] = b;
            }
        }
        if (addNewline && n > 0 && out[n - 1] != '\n') out[n++] = '\n';
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static boolean onlyCommentOrBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '#') return true;
            if (c != ' ' && c != '\t' && c != '\f') return false;
        }
        return true;
    }

    /** CPython's get_coding_spec: the line must be a comment containing coding[:=]\s*name. */
    static String codingSpec(byte[] b, int from, int to) {
        int size = to - from + 1; // CPython sees the line with its newline
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = b[from + i];
            if (c == '#') break;
            if (c != ' ' && c != '\t' && c != '\f') return null;
        }
        for (; i < size - 6; i++) {
            int t = from + i;
            if (matches(b, t, "coding")) {
                t += 6;
                if (t >= to || (b[t] != ':' && b[t] != '=')) continue;
                do { t++; } while (t < to && (b[t] == ' ' || b[t] == '\t'));
                int begin = t;
                while (t < to && (isAlnum(b[t]) || b[t] == '-' || b[t] == '_' || b[t] == '.')) t++;
                if (begin < t) {
                    return normalName(new String(b, begin, t - begin, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return null;
    }

    private static boolean matches(byte[] b, int at, String s) {
        if (at + s.length() > b.length) return false;
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) return false;
        }
        return true;
    }

    static boolean isAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** CPython's get_normal_name. */
    static String normalName(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && i < 12; i++) {
            char c = s.charAt(i);
            sb.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = sb.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) return "utf-8";
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** A Java charset for a Python codec name, or null. */
    static Charset lookup(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(' ', '_');
        String[] candidates = {n, n.replace('_', '-'), n.replace("-", "").replace("_", ""), pythonAlias(n)};
        for (String c : candidates) {
            if (c == null) continue;
            try {
                if (Charset.isSupported(c)) return Charset.forName(c);
            } catch (IllegalArgumentException e) {
                // illegal charset name: try the next form
            }
        }
        return null;
    }

    private static String pythonAlias(String n) {
        String k = n.replace('-', '_');
        switch (k) {
            case "utf8": case "u8": case "utf": case "utf_8": return "UTF-8";
            case "latin": case "latin1": case "l1": case "iso8859": case "8859": case "cp819": return "ISO-8859-1";
            case "ascii": case "us_ascii": case "646": case "us": return "US-ASCII";
            case "utf_16": case "u16": case "utf16": return "UTF-16";
            case "mbcs": case "dbcs": return null;
            default:
                if (k.startsWith("iso8859_")) return "ISO-8859-" + k.substring(8);
                if (k.startsWith("iso_8859_")) return "ISO-8859-" + k.substring(9);
                if (k.startsWith("latin_")) return null;
                if (k.startsWith("cp") && k.length() > 2 && Character.isDigit(k.charAt(2))) {
                    String num = k.substring(2);
                    if (num.startsWith("125")) return "windows-" + num;
                    return "IBM" + num;
                }
                if (k.startsWith("windows_")) return "windows-" + k.substring(8);
                return null;
        }
    }

    private static byte[] translate(byte[] buf, Charset cs, String encoding, String filename, boolean fileMode) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars;
        try {
            chars = dec.decode(ByteBuffer.wrap(buf));
        } catch (CharacterCodingException e) {
            int pos = firstUndecodable(buf, cs);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < pos; i++) {
                if (buf[i] == '\n') { line++; lineStart = i + 1; }
            }
            String msg = "'" + encoding + "' codec can't decode byte 0x"
                    + String.format("%02x", buf[pos] & 0xff) + " in position " + (fileMode ? pos - lineStart : pos)
                    + ": " + (StandardCharsets.US_ASCII.equals(cs) ? "ordinal not in range(128)" : "invalid data");
            throw decodeError(msg, filename, fileMode ? line : 0);
        }
        return new String(chars.array(), chars.position(), chars.remaining()).getBytes(StandardCharsets.UTF_8);
    }

    private static int firstUndecodable(byte[] buf, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(buf);
        CharBuffer out = CharBuffer.allocate(buf.length * 2 + 16);
        dec.decode(in, out, true);
        return Math.min(in.position(), buf.length - 1);
    }
}

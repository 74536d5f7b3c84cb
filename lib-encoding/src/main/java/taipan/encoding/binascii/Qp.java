package taipan.encoding.binascii;

import java.io.ByteArrayOutputStream;

/** Quoted-printable (RFC 1521), with CPython 2.7's line-length and CRLF handling. */
final class Qp {
    private Qp() {}

    private static final int MAXLINESIZE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes();

    static byte[] decode(byte[] d, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = d.length;
        int i = 0;
        while (i < n) {
            int c = d[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= n) {
                    break;
                }
                int c1 = d[i];
                if (c1 == '\n' || c1 == '\r') {
                    // soft line break: skip to past the end of line
                    while (i < n && d[i] != '\n') {
                        i++;
                    }
                    if (i < n) {
                        i++;
                    }
                } else if (c1 == '=') {
                    out.write('=');
                    i++;
                } else if (i + 1 < n && hexval(c1) >= 0 && hexval(d[i + 1]) >= 0) {
                    out.write(hexval(c1) << 4 | hexval(d[i + 1]));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static int hexval(int c) {
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

    private static boolean mustQuote(byte[] d, int i, int linelen, boolean quotetabs, boolean istext, boolean header) {
        int c = d[i] & 0xff;
        int n = d.length;
        return c > 126
                || c == '='
                || (header && c == '_')
                || (c == '.' && linelen == 0 && (i + 1 == n || d[i + 1] == '\n' || d[i + 1] == '\r' || d[i + 1] == 0))
                || (!istext && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && i + 1 == n)
                || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    }

    static byte[] encode(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        int n = d.length;
        boolean crlf = false;
        for (int k = 0; k < n; k++) {
            if (d[k] == '\n') {
                crlf = k > 0 && d[k - 1] == '\r';
                break;
            }
        }
        Out out = new Out(crlf);
        int i = 0;
        int linelen = 0;
        while (i < n) {
            if (mustQuote(d, i, linelen, quotetabs, istext, header)) {
                if (linelen + 3 >= MAXLINESIZE) {
                    out.softBreak();
                    linelen = 0;
                }
                out.quoted(d[i] & 0xff);
                i++;
                linelen += 3;
            } else if (istext && (d[i] == '\n' || (i + 1 < n && d[i] == '\r' && d[i + 1] == '\n'))) {
                linelen = 0;
                out.protectTrailingSpace();
                out.newline();
                i += d[i] == '\r' ? 2 : 1;
            } else {
                if (i + 1 != n && d[i + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
                    out.softBreak();
                    linelen = 0;
                }
                linelen++;
                if (header && d[i] == ' ') {
                    out.write('_');
                } else {
                    out.write(d[i] & 0xff);
                }
                i++;
            }
        }
        return out.toByteArray();
    }

    /** The output buffer, which can rewrite its last byte (whitespace before a line end). */
    private static final class Out extends ByteArrayOutputStream {
        private final boolean crlf;

        Out(boolean crlf) {
            this.crlf = crlf;
        }

        void newline() {
            if (crlf) {
                write('\r');
            }
            write('\n');
        }

        void softBreak() {
            write('=');
            newline();
        }

        void quoted(int c) {
            write('=');
            write(HEX[c >> 4]);
            write(HEX[c & 15]);
        }

        void protectTrailingSpace() {
            if (count > 0 && (buf[count - 1] == ' ' || buf[count - 1] == '\t')) {
                int c = buf[count - 1];
                count--;
                quoted(c);
            }
        }
    }
}

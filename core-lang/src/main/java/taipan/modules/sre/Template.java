package taipan.modules.sre;

import java.util.ArrayList;
import java.util.List;

import taipan.runtime.Ops;
import taipan.runtime.PyException;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyUnicode;

/**
 * A replacement template of sub() and expand() ({@code sre_parse.parse_template} and
 * {@code expand_template}): literal pieces with the escapes processed, and group
 * references ({@code \1}, {@code \g<1>}, {@code \g<name>}).
 */
final class Template {
    /** Per slot: the literal piece, or null for a group reference. */
    final PyObject[] literals;
    /** Per slot: the group number of a reference. */
    final long[] groups;
    /** The template is one literal piece: the replacement itself. */
    final PyObject literal;

    /** The template is a unicode (its literal pieces are unicode). */
    final boolean unicode;

    private Template(PyObject[] literals, long[] groups, boolean unicode) {
        this.unicode = unicode;
        this.literals = literals;
        this.groups = groups;
        this.literal = literals.length == 1 && literals[0] != null ? literals[0] : null;
    }

    private static final int NONE = -1;
    private static final int ESC = 1 << 24;

    /** The sre tokenizer over the template's characters. */
    private static final class Tokens {
        final int[] s;
        int index;
        int next;

        Tokens(int[] s) {
            this.s = s;
            advance();
        }

        void advance() {
            if (index >= s.length) {
                next = NONE;
                return;
            }
            int c = s[index];
            if (c == '\\') {
                if (index + 1 >= s.length) {
                    throw SreException.error("bogus escape (end of line)");
                }
                next = ESC | s[index + 1];
                index += 2;
            } else {
                next = c;
                index++;
            }
        }

        int get() {
            int t = next;
            advance();
            return t;
        }
    }

    private static boolean isOct(int t) {
        return t >= '0' && t <= '7';
    }

    private static boolean isDigit(int t) {
        return t >= '0' && t <= '9';
    }

    /**
     * Parses a str or unicode template. {@code groupindex} is the pattern's name → group
     * mapping (a Python mapping), used for {@code \g<name>}.
     */
    static Template parse(PyObject source, PyObject groupindex) {
        boolean unicode = source instanceof PyUnicode;
        int[] cps;
        if (source instanceof PyStr s) {
            byte[] b = s.bytes();
            cps = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                cps[i] = b[i] & 0xff;
            }
        } else {
            cps = source.toString().codePoints().toArray();
        }
        Tokens t = new Tokens(cps);
        List<Object> p = new ArrayList<>(); // StringBuilder literal or Long group
        while (true) {
            int th = t.get();
            if (th == NONE) {
                break;
            }
            if ((th & ESC) != 0) {
                int c = th & ~ESC;
                if (c == 'g') {
                    StringBuilder name = new StringBuilder();
                    if (t.next == '<') {
                        t.advance();
                        while (true) {
                            int ch = t.get();
                            if (ch == NONE) {
                                throw SreException.error("unterminated group name");
                            }
                            if (ch == '>') {
                                break;
                            }
                            if ((ch & ESC) != 0) {
                                name.append('\\').appendCodePoint(ch & ~ESC);
                            } else {
                                name.appendCodePoint(ch);
                            }
                        }
                    }
                    if (name.length() == 0) {
                        throw SreException.error("missing group name");
                    }
                    String n = name.toString();
                    Long index = Parser.pyInt(n, unicode);
                    if (index != null) {
                        if (index < 0) {
                            throw SreException.error("negative group number");
                        }
                    } else {
                        if (!Parser.isName(n)) {
                            throw SreException.error("bad character in group name");
                        }
                        PyObject key = unicode ? PyUnicode.of(n) : PyStr.of(n);
                        PyObject v;
                        try {
                            v = Ops.getitem(groupindex, key);
                        } catch (PyException e) {
                            if (e.matches(taipan.runtime.Exceptions.KeyError)) {
                                throw new SreException(SreException.Kind.INDEX, "unknown group name: " + Ops.repr(key));
                            }
                            throw e;
                        }
                        index = SreArgs.ssize(v);
                    }
                    p.add(index);
                } else if (c == '0') {
                    int v = 0;
                    if (isOct(t.next)) {
                        v = t.get() - '0';
                        if (isOct(t.next)) {
                            v = v * 8 + (t.get() - '0');
                        }
                    }
                    literal(p, v & 0xff);
                } else if (isDigit(c)) {
                    boolean isoctal = false;
                    long group = c - '0';
                    if (isDigit(t.next)) {
                        int d2 = t.get();
                        if (isOct(c) && isOct(d2) && isOct(t.next)) {
                            int d3 = t.get();
                            isoctal = true;
                            literal(p, ((c - '0') * 64 + (d2 - '0') * 8 + (d3 - '0')) & 0xff);
                        } else {
                            group = group * 10 + (d2 - '0');
                        }
                    }
                    if (!isoctal) {
                        p.add(group);
                    }
                } else {
                    int e = simpleEscape(c);
                    if (e >= 0) {
                        literal(p, e);
                    } else {
                        literal(p, '\\');
                        ((StringBuilder) p.get(p.size() - 1)).appendCodePoint(c);
                    }
                }
            } else {
                literal(p, th);
            }
        }
        PyObject[] literals = new PyObject[p.size()];
        long[] groups = new long[p.size()];
        for (int i = 0; i < p.size(); i++) {
            Object o = p.get(i);
            if (o instanceof Long g) {
                groups[i] = g;
            } else {
                String s = o.toString();
                literals[i] = unicode ? PyUnicode.of(s) : PyStr.of(s);
            }
        }
        return new Template(literals, groups, unicode);
    }

    private static void literal(List<Object> p, int c) {
        if (!p.isEmpty() && p.get(p.size() - 1) instanceof StringBuilder sb) {
            sb.appendCodePoint(c);
        } else {
            p.add(new StringBuilder().appendCodePoint(c));
        }
    }

    private static int simpleEscape(int c) {
        switch (c) {
            case 'a': return 7;
            case 'b': return 8;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            case '\\': return '\\';
            default: return -1;
        }
    }

    /** Appends the expansion to a sub() result whose pieces are of the template's type. */
    void expandInto(Output out, int[] regs) {
        int ngroups = regs.length / 2;
        for (int i = 0; i < literals.length; i++) {
            if (literals[i] != null) {
                out.appendObject(literals[i]);
                continue;
            }
            long g = groups[i];
            if (g < 0 || g >= ngroups) {
                throw SreException.error("invalid group reference");
            }
            int s = regs[(int) (2 * g)], e = regs[(int) (2 * g + 1)];
            if (s < 0) {
                throw SreException.error("unmatched group");
            }
            out.appendSlice(s, e);
        }
    }

    /**
     * {@code expand_template}: the pieces with the groups of a match filled in, joined
     * like the subject. {@code regs} holds the spans of the groups (group 0 first).
     */
    PyObject expand(Subject subject, int[] regs) {
        List<PyObject> items = new ArrayList<>(literals.length);
        int ngroups = regs.length / 2;
        for (int i = 0; i < literals.length; i++) {
            if (literals[i] != null) {
                items.add(literals[i]);
                continue;
            }
            long g = groups[i];
            if (g < 0 || g >= ngroups) {
                throw SreException.error("invalid group reference");
            }
            int s = regs[(int) (2 * g)], e = regs[(int) (2 * g + 1)];
            if (s < 0) {
                throw SreException.error("unmatched group");
            }
            items.add(subject.slice(s, e));
        }
        return subject.join(items);
    }
}

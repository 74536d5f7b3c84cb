package taipan.modules.sre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import taipan.modules.sre.Tree.Item;

/**
 * Turns a parse tree into the sre program, word for word as 2.7's {@code sre_compile}
 * does (info block with literal prefix or first-character set, REPEAT_ONE for
 * single-character repeats, charset compression into ranges, bitmaps and big charsets,
 * the IGNORECASE fix-ups). Words are built as longs: values that do not fit an unsigned
 * 32-bit code word make {@link #toCode} fail as {@code _sre.compile} does.
 */
final class Compiler {
    private final LongList code = new LongList();

    private Compiler() {}

    /** Lower-case characters sharing an upper case ({@code sre_compile._equivalences}). */
    private static final int[][] EQUIVALENCES = {
        {0x69, 0x131}, {0x73, 0x17f}, {0xb5, 0x3bc}, {0x345, 0x3b9, 0x1fbe}, {0x3b2, 0x3d0},
        {0x3b5, 0x3f5}, {0x3b8, 0x3d1}, {0x3ba, 0x3f0}, {0x3c0, 0x3d6}, {0x3c1, 0x3f1},
        {0x3c2, 0x3c3}, {0x3c6, 0x3d5}, {0x1e61, 0x1e9b},
    };

    /** {@code _ignorecase_fixes}: lower-case code → the other codes with the same upper case. */
    private static final Map<Long, long[]> FIXES = new HashMap<>();

    static {
        for (int[] t : EQUIVALENCES) {
            for (int i : t) {
                long[] others = new long[t.length - 1];
                int k = 0;
                for (int j : t) {
                    if (j != i) {
                        others[k++] = j;
                    }
                }
                FIXES.put((long) i, others);
            }
        }
    }

    /** Growable list of code words. */
    static final class LongList {
        long[] a = new long[64];
        int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        void addAll(long[] v) {
            for (long x : v) {
                add(x);
            }
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** {@code sre_compile._code(p, flags)}: the whole program for a parsed pattern. */
    static long[] code(Tree p, int flags) {
        Compiler c = new Compiler();
        c.compileInfo(p, flags);
        c.compile(p.items, flags);
        c.code.add(Sre.SUCCESS);
        return c.code.toArray();
    }

    /** Checks that every word fits an unsigned 32-bit code word and narrows to int. */
    static int[] toCode(long[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            long w = words[i];
            if (w < 0 || w > 0xFFFFFFFFL) {
                throw new SreException(SreException.Kind.OVERFLOW, "regular expression code size limit exceeded");
            }
            out[i] = (int) w;
        }
        return out;
    }

    private void emit(long v) {
        code.add(v);
    }

    private int len() {
        return code.n;
    }

    private void set(int at, long v) {
        code.a[at] = v;
    }

    // ---- _compile ----

    private void compile(List<Item> pattern, int flags) {
        Map<Long, long[]> fixes = (flags & Sre.FLAG_IGNORECASE) != 0 && (flags & Sre.FLAG_LOCALE) == 0
                && (flags & Sre.FLAG_UNICODE) != 0 ? FIXES : null;
        for (Item it : pattern) {
            int op = it.op;
            switch (op) {
                case Sre.LITERAL:
                case Sre.NOT_LITERAL:
                    if ((flags & Sre.FLAG_IGNORECASE) != 0) {
                        long lo = getlower(it.a, flags);
                        if (fixes != null && fixes.containsKey(lo)) {
                            emit(Sre.IN_IGNORE);
                            int skip = len();
                            emit(0);
                            if (op == Sre.NOT_LITERAL) {
                                emit(Sre.NEGATE);
                            }
                            emit(Sre.LITERAL);
                            emit(lo);
                            for (long k : fixes.get(lo)) {
                                emit(Sre.LITERAL);
                                emit(k);
                            }
                            emit(Sre.FAILURE);
                            set(skip, len() - skip);
                        } else {
                            emit(op == Sre.LITERAL ? Sre.LITERAL_IGNORE : Sre.NOT_LITERAL_IGNORE);
                            emit(lo);
                        }
                    } else {
                        emit(op);
                        emit(it.a);
                    }
                    break;
                case Sre.IN: {
                    boolean fixup = (flags & Sre.FLAG_IGNORECASE) != 0;
                    emit(fixup ? Sre.IN_IGNORE : Sre.IN);
                    int skip = len();
                    emit(0);
                    compileCharset(it.set, flags, fixup, fixes);
                    set(skip, len() - skip);
                    break;
                }
                case Sre.ANY:
                    emit((flags & Sre.FLAG_DOTALL) != 0 ? Sre.ANY_ALL : Sre.ANY);
                    break;
                case Sre.MAX_REPEAT:
                case Sre.MIN_REPEAT:
                case Sre.REPEAT:
                    if ((flags & Sre.FLAG_TEMPLATE) != 0) {
                        throw SreException.error("internal: unsupported template operator");
                    } else if (op != Sre.REPEAT && simple(it)) {
                        emit(op == Sre.MAX_REPEAT ? Sre.REPEAT_ONE : Sre.MIN_REPEAT_ONE);
                        int skip = len();
                        emit(0);
                        emit(it.a);
                        emit(it.b);
                        compile(it.t.items, flags);
                        emit(Sre.SUCCESS);
                        set(skip, len() - skip);
                    } else {
                        emit(Sre.REPEAT);
                        int skip = len();
                        emit(0);
                        emit(it.a);
                        emit(it.b);
                        compile(it.t.items, flags);
                        set(skip, len() - skip);
                        emit(op == Sre.MAX_REPEAT ? Sre.MAX_UNTIL : Sre.MIN_UNTIL);
                    }
                    break;
                case Sre.SUBPATTERN: {
                    boolean group = !it.noGroup && it.a != 0;
                    if (group) {
                        emit(Sre.MARK);
                        emit((it.a - 1) * 2);
                    }
                    compile(it.t.items, flags);
                    if (group) {
                        emit(Sre.MARK);
                        emit((it.a - 1) * 2 + 1);
                    }
                    break;
                }
                case Sre.SUCCESS:
                case Sre.FAILURE:
                    emit(op);
                    break;
                case Sre.ASSERT:
                case Sre.ASSERT_NOT: {
                    emit(op);
                    int skip = len();
                    emit(0);
                    if (it.a >= 0) {
                        emit(0);
                    } else {
                        long[] w = it.t.getwidth();
                        if (w[0] != w[1]) {
                            throw SreException.error("look-behind requires fixed-width pattern");
                        }
                        emit(w[0]);
                    }
                    compile(it.t.items, flags);
                    emit(Sre.SUCCESS);
                    set(skip, len() - skip);
                    break;
                }
                case Sre.CALL: {
                    emit(op);
                    int skip = len();
                    emit(0);
                    compile(it.t.items, flags);
                    emit(Sre.SUCCESS);
                    set(skip, len() - skip);
                    break;
                }
                case Sre.AT: {
                    emit(Sre.AT);
                    int at = (int) it.a;
                    if ((flags & Sre.FLAG_MULTILINE) != 0) {
                        at = Sre.atMultiline(at);
                    }
                    if ((flags & Sre.FLAG_LOCALE) != 0) {
                        at = Sre.atLocale(at);
                    } else if ((flags & Sre.FLAG_UNICODE) != 0) {
                        at = Sre.atUnicode(at);
                    }
                    emit(at);
                    break;
                }
                case Sre.BRANCH: {
                    emit(Sre.BRANCH);
                    List<Integer> tail = new ArrayList<>();
                    for (Tree alt : it.alts) {
                        int skip = len();
                        emit(0);
                        compile(alt.items, flags);
                        emit(Sre.JUMP);
                        tail.add(len());
                        emit(0);
                        set(skip, len() - skip);
                    }
                    emit(0);
                    for (int t : tail) {
                        set(t, len() - t);
                    }
                    break;
                }
                case Sre.CATEGORY:
                    emit(Sre.CATEGORY);
                    emit(mapCategory((int) it.a, flags));
                    break;
                case Sre.GROUPREF:
                    emit((flags & Sre.FLAG_IGNORECASE) != 0 ? Sre.GROUPREF_IGNORE : Sre.GROUPREF);
                    emit(it.a - 1);
                    break;
                case Sre.GROUPREF_EXISTS: {
                    emit(op);
                    emit(it.a - 1);
                    int skipyes = len();
                    emit(0);
                    compile(it.t.items, flags);
                    if (it.t2 != null && !it.t2.isEmpty()) {
                        emit(Sre.JUMP);
                        int skipno = len();
                        emit(0);
                        set(skipyes, len() - skipyes + 1);
                        compile(it.t2.items, flags);
                        set(skipno, len() - skipno);
                    } else {
                        set(skipyes, len() - skipyes + 1);
                    }
                    break;
                }
                default:
                    throw new SreException(SreException.Kind.RUNTIME, "unsupported operand type");
            }
        }
    }

    private static long getlower(long ch, int flags) {
        if (ch < 0 || ch > Integer.MAX_VALUE) {
            return ch;
        }
        return Chars.getlower((int) ch, flags);
    }

    private static int mapCategory(int cat, int flags) {
        if ((flags & Sre.FLAG_LOCALE) != 0) {
            return Sre.chLocale(cat);
        } else if ((flags & Sre.FLAG_UNICODE) != 0) {
            return Sre.chUnicode(cat);
        }
        return cat;
    }

    /** {@code _simple}: a repeat of exactly one character, not a group. */
    private static boolean simple(Item rep) {
        long[] w = rep.t.getwidth();
        return w[0] == 1 && w[1] == 1 && rep.t.get(0).op != Sre.SUBPATTERN;
    }

    // ---- charsets ----

    private void compileCharset(List<Item> charset, int flags, boolean fixup, Map<Long, long[]> fixes) {
        for (Item it : optimizeCharset(charset, fixup ? flags : -1, fixes, (flags & Sre.FLAG_UNICODE) != 0)) {
            emit(it.op);
            switch (it.op) {
                case Sre.NEGATE:
                    break;
                case Sre.LITERAL:
                    emit(it.a);
                    break;
                case Sre.RANGE:
                    emit(it.a);
                    emit(it.b);
                    break;
                case Sre.CHARSET:
                case Sre.BIGCHARSET:
                    code.addAll(it.data);
                    break;
                case Sre.CATEGORY:
                    emit(mapCategory((int) it.a, flags));
                    break;
                default:
                    throw SreException.error("internal: unsupported set operator");
            }
        }
        emit(Sre.FAILURE);
    }

    /** A bytearray-like charmap that raises (returns false) on out-of-range indexes. */
    private static boolean mark(byte[] charmap, long i) {
        if (i < 0) {
            i += charmap.length;
            if (i < 0) {
                return false;
            }
        }
        if (i >= charmap.length) {
            return false;
        }
        charmap[(int) i] = 1;
        return true;
    }

    /**
     * {@code _optimize_charset}. {@code fixupFlags} is -1 without case folding, else the
     * flags for getlower.
     */
    private static List<Item> optimizeCharset(List<Item> charset, int fixupFlags, Map<Long, long[]> fixes, boolean isunicode) {
        boolean fixup = fixupFlags != -1;
        List<Item> out = new ArrayList<>();
        List<Item> tail = new ArrayList<>();
        byte[] charmap = new byte[256];
        for (Item it : charset) {
            while (true) {
                boolean ok = true;
                if (it.op == Sre.LITERAL) {
                    if (fixup) {
                        long i = getlower(it.a, fixupFlags);
                        ok = mark(charmap, i);
                        if (ok && fixes != null && fixes.containsKey(i)) {
                            for (long k : fixes.get(i)) {
                                ok &= mark(charmap, k);
                            }
                        }
                    } else {
                        ok = mark(charmap, it.a);
                    }
                } else if (it.op == Sre.RANGE) {
                    for (long c = it.a; c <= it.b; c++) {
                        long i = fixup ? getlower(c, fixupFlags) : c;
                        if (!mark(charmap, i)) {
                            ok = false;
                            break;
                        }
                        if (fixup && fixes != null && fixes.containsKey(i)) {
                            for (long k : fixes.get(i)) {
                                ok &= mark(charmap, k);
                            }
                            if (!ok) {
                                break;
                            }
                        }
                    }
                } else if (it.op == Sre.NEGATE) {
                    out.add(it);
                } else {
                    tail.add(it);
                }
                if (!ok) {
                    if (charmap.length == 256) {
                        charmap = Arrays.copyOf(charmap, 65536);
                        continue;
                    }
                    if (fixup && isunicode && it.op == Sre.RANGE) {
                        List<long[]> ranges = new ArrayList<>();
                        ranges.add(new long[] {it.a, it.b});
                        fixupRange(Math.max(0x10000, it.a), Math.min(0x11fff, it.b), ranges, fixupFlags);
                        for (long[] r : ranges) {
                            tail.add(r[0] == r[1] ? Item.of(Sre.LITERAL, r[1]) : Item.range(r[0], r[1]));
                        }
                    } else {
                        tail.add(it);
                    }
                }
                break;
            }
        }
        // compress the character map into at most two runs
        List<int[]> runs = new ArrayList<>();
        int q = 0;
        while (true) {
            int p = find(charmap, (byte) 1, q);
            if (p < 0) {
                break;
            }
            if (runs.size() >= 2) {
                runs = null;
                break;
            }
            q = find(charmap, (byte) 0, p);
            if (q < 0) {
                runs.add(new int[] {p, charmap.length});
                break;
            }
            runs.add(new int[] {p, q});
        }
        if (runs != null) {
            for (int[] r : runs) {
                out.add(r[1] - r[0] == 1 ? Item.of(Sre.LITERAL, r[0]) : Item.range(r[0], r[1] - 1));
            }
            out.addAll(tail);
            if (fixup || out.size() < charset.size()) {
                return out;
            }
            return charset;
        }
        if (charmap.length == 256) {
            Item cs = new Item(Sre.CHARSET);
            cs.data = bitmap(charmap, 0, 256);
            out.add(cs);
            out.addAll(tail);
            return out;
        }
        // big charset: 256-character chunks, deduplicated, indexed by a 256-byte table
        Map<String, Integer> comps = new HashMap<>();
        byte[] mapping = new byte[256];
        int block = 0;
        byte[] data = new byte[65536];
        int dataLen = 0;
        for (int i = 0; i < 65536; i += 256) {
            String key = new String(charmap, i, 256, java.nio.charset.StandardCharsets.ISO_8859_1);
            Integer b = comps.get(key);
            if (b != null) {
                mapping[i / 256] = (byte) (int) b;
            } else {
                comps.put(key, block);
                mapping[i / 256] = (byte) block;
                block++;
                System.arraycopy(charmap, i, data, dataLen, 256);
                dataLen += 256;
            }
        }
        long[] bits = bitmap(data, 0, dataLen);
        long[] words = new long[1 + 64 + bits.length];
        words[0] = block;
        for (int w = 0; w < 64; w++) {
            words[1 + w] = (mapping[4 * w] & 0xffL) | (mapping[4 * w + 1] & 0xffL) << 8
                    | (mapping[4 * w + 2] & 0xffL) << 16 | (mapping[4 * w + 3] & 0xffL) << 24;
        }
        System.arraycopy(bits, 0, words, 65, bits.length);
        Item bc = new Item(Sre.BIGCHARSET);
        bc.data = words;
        out.add(bc);
        out.addAll(tail);
        return out;
    }

    private static int find(byte[] a, byte v, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** {@code _mk_bitmap}: 32 bits per word, bit b of word k for character 32k + b. */
    private static long[] bitmap(byte[] bits, int from, int len) {
        long[] out = new long[len / 32];
        for (int i = 0; i < len; i++) {
            if (bits[from + i] != 0) {
                out[i >> 5] |= 1L << (i & 31);
            }
        }
        return out;
    }

    /** {@code _fixup_range}: extends the ranges with the case-folded astral characters. */
    private static void fixupRange(long lo, long hi, List<long[]> ranges, int fixupFlags) {
        for (long c = lo; c <= hi; c++) {
            long i = getlower(c, fixupFlags);
            boolean placed = false;
            for (int k = 0; k < ranges.size(); k++) {
                long[] r = ranges.get(k);
                if (i < r[0]) {
                    if (i == r[0] - 1) {
                        r[0] = i;
                    } else {
                        ranges.add(k, new long[] {i, i});
                    }
                    placed = true;
                    break;
                } else if (i > r[1]) {
                    if (i == r[1] + 1) {
                        r[1] = i;
                        placed = true;
                        break;
                    }
                } else {
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                ranges.add(new long[] {i, i});
            }
        }
    }

    // ---- the info block ----

    private void compileInfo(Tree pattern, int flags) {
        long[] w = pattern.getwidth();
        long lo = w[0], hi = w[1];
        if (lo == 0 && hi != 0) {
            return;
        }
        List<Long> prefix = new ArrayList<>();
        int prefixSkip = 0;
        List<Item> charset = new ArrayList<>();
        if ((flags & Sre.FLAG_IGNORECASE) == 0) {
            for (Item it : pattern.items) {
                if (it.op == Sre.LITERAL) {
                    if (prefix.size() == prefixSkip) {
                        prefixSkip++;
                    }
                    prefix.add(it.a);
                } else if (it.op == Sre.SUBPATTERN && it.t.size() == 1) {
                    Item inner = it.t.get(0);
                    if (inner.op == Sre.LITERAL) {
                        prefix.add(inner.a);
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            if (prefix.isEmpty() && !pattern.isEmpty()) {
                Item first = pattern.get(0);
                if (first.op == Sre.SUBPATTERN && !first.t.isEmpty()) {
                    Item inner = first.t.get(0);
                    if (inner.op == Sre.LITERAL) {
                        charset.add(inner);
                    } else if (inner.op == Sre.BRANCH) {
                        List<Item> c = branchLiterals(inner);
                        if (c != null) {
                            charset = c;
                        }
                    }
                } else if (first.op == Sre.BRANCH) {
                    List<Item> c = branchLiterals(first);
                    if (c != null) {
                        charset = c;
                    }
                } else if (first.op == Sre.IN) {
                    charset = first.set;
                }
            }
        }
        emit(Sre.INFO);
        int skip = len();
        emit(0);
        int mask = 0;
        if (!prefix.isEmpty()) {
            mask = Sre.INFO_PREFIX;
            if (prefix.size() == prefixSkip && prefixSkip == pattern.size()) {
                mask += Sre.INFO_LITERAL;
            }
        } else if (!charset.isEmpty()) {
            mask += Sre.INFO_CHARSET;
        }
        emit(mask);
        if (lo < Sre.MAXCODE) {
            emit(lo);
        } else {
            emit(Sre.MAXCODE);
        }
        emit(hi < Sre.MAXCODE ? hi : 0);
        if (!prefix.isEmpty()) {
            emit(prefix.size());
            emit(prefixSkip);
            for (long c : prefix) {
                emit(c);
            }
            int n = prefix.size();
            long[] table = new long[n + 1];
            table[0] = -1;
            for (int i = 0; i < n; i++) {
                table[i + 1] = table[i] + 1;
                while (table[i + 1] > 0 && prefix.get(i).longValue() != prefix.get((int) table[i + 1] - 1).longValue()) {
                    table[i + 1] = table[(int) table[i + 1] - 1] + 1;
                }
            }
            for (int i = 1; i <= n; i++) {
                emit(table[i]);
            }
        } else if (!charset.isEmpty()) {
            compileCharset(charset, flags, false, null);
        }
        set(skip, len() - skip);
    }

    /** The first items of a branch's alternatives when all are literals, else null. */
    private static List<Item> branchLiterals(Item branch) {
        List<Item> c = new ArrayList<>();
        for (Tree p : branch.alts) {
            if (p.isEmpty()) {
                return null;
            }
            Item first = p.get(0);
            if (first.op == Sre.LITERAL) {
                c.add(first);
            } else {
                return null;
            }
        }
        return c;
    }
}

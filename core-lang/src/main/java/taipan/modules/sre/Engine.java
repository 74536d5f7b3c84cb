package taipan.modules.sre;

import java.util.Arrays;

import taipan.runtime.Safepoint;

/**
 * The matching engine: runs an sre program over a subject with 2.7's algorithm step for
 * step (same backtracking order, same save/restore of group marks, same zero-width
 * protection), so that results, including the values of groups left from failed or
 * earlier iterations, are the ones CPython 2.7 gives. Backtracking uses explicit stacks,
 * never Java recursion, so no pattern or subject can overflow the Java stack.
 *
 * <p>One engine is one {@code SRE_STATE}: a subject with its bounds and the match state.
 */
final class Engine {
    // ---- the program ----
    private final Program prog;
    private final int[] code;
    private final int lowerMode;

    // ---- the subject: exactly one of these is set ----
    private final byte[] bytes;
    private final String str;
    private final int[] ints;
    final int length;

    // ---- state ----
    /** Match start and the (clamped) bounds; {@code beginning} is always 0. */
    int start, end;
    final int pos, endpos;
    /** Current position (state->ptr). */
    int ptr;
    int[] mark = new int[16];
    int lastmark = -1, lastindex = -1;

    // repeat contexts: allocated and freed in stack order
    private int repeat = -1;
    private int[] repCount = new int[8], repPc = new int[8], repPrev = new int[8], repLastPtr = new int[8];
    private int repTop;

    // match contexts (frames) and the data stack for saved marks
    private int[] stack = new int[FRAME * 32];
    private int[] data = new int[64];
    private int dataTop;
    private int sigcount;

    private static final int F_JUMP = 0, F_PC = 1, F_PTR = 2, F_COUNT = 3, F_LASTMARK = 4, F_LASTINDEX = 5, F_U = 6;
    private static final int FRAME = 7;

    private static final int J_NONE = 0, J_MAX_UNTIL_1 = 1, J_MAX_UNTIL_2 = 2, J_MAX_UNTIL_3 = 3,
            J_MIN_UNTIL_1 = 4, J_MIN_UNTIL_2 = 5, J_MIN_UNTIL_3 = 6, J_REPEAT = 7, J_REPEAT_ONE_1 = 8,
            J_REPEAT_ONE_2 = 9, J_MIN_REPEAT_ONE = 10, J_BRANCH = 11, J_ASSERT = 12, J_ASSERT_NOT = 13;

    /** Internal errors (SRE_ERROR_*): reported as RuntimeError by the caller. */
    static final class EngineError extends RuntimeException {
        EngineError(String msg) {
            super(msg, null, false, false);
        }
    }

    Engine(Program prog, byte[] bytes, String str, int[] ints, int length, long pos, long endpos) {
        this.prog = prog;
        this.code = prog.code;
        this.lowerMode = prog.lowerMode;
        this.bytes = bytes;
        this.str = str;
        this.ints = ints;
        this.length = length;
        int s = pos < 0 ? 0 : pos > length ? length : (int) pos;
        int e = endpos < 0 ? 0 : endpos > length ? length : (int) endpos;
        this.start = s;
        this.end = e;
        this.pos = s;
        this.endpos = e;
    }

    static Engine forBytes(Program p, byte[] b, long pos, long endpos) {
        return new Engine(p, b, null, null, b.length, pos, endpos);
    }

    static Engine forString(Program p, String s, long pos, long endpos) {
        return new Engine(p, null, s, null, s.length(), pos, endpos);
    }

    static Engine forInts(Program p, int[] cps, long pos, long endpos) {
        return new Engine(p, null, null, cps, cps.length, pos, endpos);
    }

    /** {@code state_reset}. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = -1;
        repTop = 0;
        dataTop = 0;
    }

    private int ch(int i) {
        byte[] b = bytes;
        if (b != null) {
            return b[i] & 0xff;
        }
        String s = str;
        if (s != null) {
            return s.charAt(i);
        }
        return ints[i];
    }

    /** The character at {@code i} (for group extraction by callers). */
    int charAt(int i) {
        return ch(i);
    }

    private int lower(int c) {
        switch (lowerMode) {
            case 0: return c >= 'A' && c <= 'Z' ? c + 32 : c;
            case 1: return Chars.locLower(c);
            default: return Chars.uniLower(c);
        }
    }

    // ---- sets ----

    /** {@code SRE_CHARSET}: is {@code c} in the set starting at code index {@code pc}? */
    static boolean charset(int[] code, int pc, int c) {
        boolean ok = true;
        long ch = c & 0xFFFFFFFFL;
        for (;;) {
            switch (code[pc++]) {
                case Sre.FAILURE:
                    return !ok;
                case Sre.LITERAL:
                    if (ch == (code[pc] & 0xFFFFFFFFL)) {
                        return ok;
                    }
                    pc++;
                    break;
                case Sre.CATEGORY:
                    if (Chars.category(code[pc], c)) {
                        return ok;
                    }
                    pc++;
                    break;
                case Sre.CHARSET:
                    if (ch < 256 && (code[pc + (int) (ch >> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    pc += 8;
                    break;
                case Sre.RANGE:
                    if ((code[pc] & 0xFFFFFFFFL) <= ch && ch <= (code[pc + 1] & 0xFFFFFFFFL)) {
                        return ok;
                    }
                    pc += 2;
                    break;
                case Sre.NEGATE:
                    ok = !ok;
                    break;
                case Sre.BIGCHARSET: {
                    int count = code[pc++];
                    int block;
                    if (ch < 65536) {
                        int word = code[pc + (int) (ch >> 10)];
                        block = (word >>> (((int) (ch >> 8) & 3) * 8)) & 0xff;
                    } else {
                        block = -1;
                    }
                    pc += 64;
                    if (block >= 0 && (code[pc + block * 8 + (int) ((ch & 255) >> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    pc += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    private boolean inSet(int setPc, int c) {
        int t = prog.setIndex[setPc];
        if (t >= 0 && c < 256 && c >= 0) {
            return (prog.setTables[t][c >> 6] & (1L << c)) != 0;
        }
        return charset(code, setPc, c);
    }

    // ---- positions ----

    private boolean at(int p, int atcode) {
        switch (atcode) {
            case Sre.AT_BEGINNING:
            case Sre.AT_BEGINNING_STRING:
                return p == 0;
            case Sre.AT_BEGINNING_LINE:
                return p == 0 || Chars.isLinebreak(ch(p - 1));
            case Sre.AT_END:
                return (p + 1 == end && Chars.isLinebreak(ch(p))) || p == end;
            case Sre.AT_END_LINE:
                return p == end || Chars.isLinebreak(ch(p));
            case Sre.AT_END_STRING:
                return p == end;
            case Sre.AT_BOUNDARY:
            case Sre.AT_NON_BOUNDARY:
            case Sre.AT_LOC_BOUNDARY:
            case Sre.AT_LOC_NON_BOUNDARY:
            case Sre.AT_UNI_BOUNDARY:
            case Sre.AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean that = p > 0 && isWord(atcode, ch(p - 1));
                boolean thisp = p < end && isWord(atcode, ch(p));
                boolean boundary = atcode == Sre.AT_BOUNDARY || atcode == Sre.AT_LOC_BOUNDARY || atcode == Sre.AT_UNI_BOUNDARY;
                return boundary ? thisp != that : thisp == that;
            }
            default:
                return false;
        }
    }

    private static boolean isWord(int atcode, int c) {
        switch (atcode) {
            case Sre.AT_LOC_BOUNDARY:
            case Sre.AT_LOC_NON_BOUNDARY:
                return Chars.locIsWord(c);
            case Sre.AT_UNI_BOUNDARY:
            case Sre.AT_UNI_NON_BOUNDARY:
                return Chars.uniIsWord(c);
            default:
                return Chars.isWord(c);
        }
    }

    // ---- single-character ops ----

    /** Does the one-character op at {@code pc} (opcode index) match character {@code c}? */
    private boolean matchOne(int pc, int c) {
        switch (code[pc]) {
            case Sre.LITERAL: return c == code[pc + 1];
            case Sre.NOT_LITERAL: return c != code[pc + 1];
            case Sre.LITERAL_IGNORE: return lower(c) == lower(code[pc + 1]);
            case Sre.NOT_LITERAL_IGNORE: return lower(c) != lower(code[pc + 1]);
            case Sre.IN: return inSet(pc + 2, c);
            case Sre.IN_IGNORE: return inSet(pc + 2, lower(c));
            case Sre.ANY: return !Chars.isLinebreak(c);
            case Sre.ANY_ALL: return true;
            case Sre.CATEGORY: return Chars.category(code[pc + 1], c);
            default: return false;
        }
    }

    /** {@code SRE_COUNT}: how many times the single-character item at {@code pc} repeats from {@code ptr}. */
    private int count(int pc, long maxcount, int base) {
        int p = ptr;
        int e = end;
        if (maxcount < e - p && maxcount != Sre.MAXREPEAT) {
            e = p + (int) maxcount;
        }
        int op = code[pc];
        byte[] b = bytes;
        switch (op) {
            case Sre.IN:
            case Sre.IN_IGNORE: {
                int setPc = pc + 2;
                int t = prog.setIndex[setPc];
                if (t >= 0) {
                    long[] tbl = prog.setTables[t];
                    if (b != null) {
                        while (p < e) {
                            int c = b[p] & 0xff;
                            if ((tbl[c >> 6] & (1L << c)) == 0) {
                                break;
                            }
                            p++;
                        }
                    } else {
                        boolean ign = op == Sre.IN_IGNORE;
                        while (p < e) {
                            int c = ch(p);
                            if (c < 256) {
                                if ((tbl[c >> 6] & (1L << c)) == 0) {
                                    break;
                                }
                            } else if (!charset(code, setPc, ign ? lower(c) : c)) {
                                break;
                            }
                            p++;
                        }
                    }
                } else if (op == Sre.IN) {
                    while (p < e && charset(code, setPc, ch(p))) {
                        p++;
                    }
                } else {
                    while (p < e && charset(code, setPc, lower(ch(p)))) {
                        p++;
                    }
                }
                break;
            }
            case Sre.ANY:
                if (b != null) {
                    while (p < e && b[p] != '\n') {
                        p++;
                    }
                } else {
                    while (p < e && ch(p) != '\n') {
                        p++;
                    }
                }
                break;
            case Sre.ANY_ALL:
                p = e;
                break;
            case Sre.LITERAL: {
                int c = code[pc + 1];
                if (b != null) {
                    while (p < e && (b[p] & 0xff) == c) {
                        p++;
                    }
                } else {
                    while (p < e && ch(p) == c) {
                        p++;
                    }
                }
                break;
            }
            case Sre.LITERAL_IGNORE: {
                int c = code[pc + 1];
                while (p < e && lower(ch(p)) == c) {
                    p++;
                }
                break;
            }
            case Sre.NOT_LITERAL: {
                int c = code[pc + 1];
                if (b != null) {
                    while (p < e && (b[p] & 0xff) != c) {
                        p++;
                    }
                } else {
                    while (p < e && ch(p) != c) {
                        p++;
                    }
                }
                break;
            }
            case Sre.NOT_LITERAL_IGNORE: {
                int c = code[pc + 1];
                while (p < e && lower(ch(p)) != c) {
                    p++;
                }
                break;
            }
            case Sre.CATEGORY: {
                int cat = code[pc + 1];
                while (p < e && Chars.category(cat, ch(p))) {
                    p++;
                }
                break;
            }
            default: {
                // a general one-character item: run the matcher on it repeatedly
                int start0 = ptr;
                while (ptr < e) {
                    if (!run(pc, base)) {
                        break;
                    }
                }
                return ptr - start0;
            }
        }
        return p - ptr;
    }

    // ---- the data stack (saved marks and last_ptr values) ----

    private void dataPush(int v) {
        if (dataTop == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[dataTop++] = v;
    }

    private void markPush(int lm) {
        if (lm > 0) {
            int n = lm + 1;
            if (dataTop + n > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, dataTop + n));
            }
            System.arraycopy(mark, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    private void markPop(int lm, boolean discard) {
        if (lm > 0) {
            int n = lm + 1;
            ensureMark(n);
            System.arraycopy(data, dataTop - n, mark, 0, n);
            if (discard) {
                dataTop -= n;
            }
        }
    }

    private void markDiscard(int lm) {
        if (lm > 0) {
            dataTop -= lm + 1;
        }
    }

    private void ensureMark(int n) {
        if (n > mark.length) {
            mark = Arrays.copyOf(mark, Math.max(n, mark.length * 2));
        }
    }

    private int allocRepeat() {
        if (repTop == repCount.length) {
            int n = repTop * 2;
            repCount = Arrays.copyOf(repCount, n);
            repPc = Arrays.copyOf(repPc, n);
            repPrev = Arrays.copyOf(repPrev, n);
            repLastPtr = Arrays.copyOf(repLastPtr, n);
        }
        return repTop++;
    }

    // ---- matching ----

    /** {@code SRE_MATCH} at {@link #start}: the match starts at the current state. */
    boolean match() {
        ptr = start;
        return run(0, 0);
    }

    private int pushFrame(int fp, int jump) {
        int nfp = fp + FRAME;
        if (nfp + FRAME > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[nfp + F_JUMP] = jump;
        return nfp;
    }

    /**
     * {@code SRE_MATCH(state, pattern)}: matches the code at {@code startPc} at the current
     * {@link #ptr}; on success {@link #ptr} is the end of the match. Frames are laid out
     * from {@code base} on the context stack.
     */
    private boolean run(int startPc, int base) {
        final int[] code = this.code;
        int fp = base;
        if (fp + FRAME > stack.length) {
            stack = Arrays.copyOf(stack, Math.max(stack.length * 2, fp + 2 * FRAME));
        }
        int[] st = stack;
        st[fp + F_JUMP] = J_NONE;
        int pc = startPc;
        int p = 0;
        boolean ret = false;
        // mode: 0 = enter a new context, 1 = continue dispatching, 2 = return ret to the parent
        int mode = 0;
        final int end = this.end;
        for (;;) {
            if (mode == 2) {
                int jump = st[fp + F_JUMP];
                fp -= FRAME;
                if (fp < base) {
                    return ret;
                }
                pc = st[fp + F_PC];
                p = st[fp + F_PTR];
                mode = 2;
                switch (jump) {
                    case J_BRANCH: {
                        int rep = st[fp + F_U];
                        int lm = st[fp + F_LASTMARK];
                        if (ret) {
                            if (rep >= 0) {
                                markDiscard(lm);
                            }
                            break; // return success
                        }
                        if (rep >= 0) {
                            markPop(lm, false);
                        }
                        lastmark = lm;
                        lastindex = st[fp + F_LASTINDEX];
                        int alt = nextAlternative(pc + code[pc], p);
                        if (alt < 0) {
                            if (rep >= 0) {
                                markDiscard(lm);
                            }
                            ret = false;
                            break;
                        }
                        ptr = p;
                        st[fp + F_PC] = alt;
                        st[fp + F_PTR] = p;
                        fp = pushFrame(fp, J_BRANCH);
                        st = stack;
                        pc = alt + 1;
                        mode = 0;
                        break;
                    }
                    case J_REPEAT_ONE_1: {
                        if (ret) {
                            break;
                        }
                        lastmark = st[fp + F_LASTMARK];
                        lastindex = st[fp + F_LASTINDEX];
                        int count = st[fp + F_COUNT];
                        long min = code[pc + 1] & 0xFFFFFFFFL;
                        int chr = st[fp + F_U];
                        p--;
                        count--;
                        while (count >= min && (p >= end || ch(p) != chr)) {
                            p--;
                            count--;
                        }
                        if (count < min) {
                            ret = false;
                            break;
                        }
                        ptr = p;
                        st[fp + F_PTR] = p;
                        st[fp + F_COUNT] = count;
                        fp = pushFrame(fp, J_REPEAT_ONE_1);
                        st = stack;
                        pc = pc + code[pc];
                        mode = 0;
                        break;
                    }
                    case J_REPEAT_ONE_2: {
                        if (ret) {
                            break;
                        }
                        int count = st[fp + F_COUNT];
                        long min = code[pc + 1] & 0xFFFFFFFFL;
                        p--;
                        count--;
                        lastmark = st[fp + F_LASTMARK];
                        lastindex = st[fp + F_LASTINDEX];
                        if (count < min) {
                            ret = false;
                            break;
                        }
                        ptr = p;
                        st[fp + F_PTR] = p;
                        st[fp + F_COUNT] = count;
                        fp = pushFrame(fp, J_REPEAT_ONE_2);
                        st = stack;
                        pc = pc + code[pc];
                        mode = 0;
                        break;
                    }
                    case J_MIN_REPEAT_ONE: {
                        if (ret) {
                            break;
                        }
                        int count = st[fp + F_COUNT];
                        long max = code[pc + 2] & 0xFFFFFFFFL;
                        ptr = p;
                        int n = count(pc + 3, 1, fp + FRAME);
                        st = stack;
                        if (n == 0) {
                            ret = false;
                            break;
                        }
                        p++;
                        count++;
                        lastmark = st[fp + F_LASTMARK];
                        lastindex = st[fp + F_LASTINDEX];
                        if (!(max == Sre.MAXREPEAT || count <= max)) {
                            ret = false;
                            break;
                        }
                        ptr = p;
                        st[fp + F_PTR] = p;
                        st[fp + F_COUNT] = count;
                        fp = pushFrame(fp, J_MIN_REPEAT_ONE);
                        st = stack;
                        pc = pc + code[pc];
                        mode = 0;
                        break;
                    }
                    case J_REPEAT: {
                        int rep = st[fp + F_U];
                        repeat = repPrev[rep];
                        repTop = rep;
                        break; // ret as is
                    }
                    case J_MAX_UNTIL_1:
                    case J_MIN_UNTIL_1: {
                        if (ret) {
                            break;
                        }
                        int rep = st[fp + F_U];
                        repCount[rep] = st[fp + F_COUNT] - 1;
                        ptr = p;
                        break;
                    }
                    case J_MAX_UNTIL_2: {
                        int rep = st[fp + F_U];
                        repLastPtr[rep] = data[--dataTop];
                        int lm = st[fp + F_LASTMARK];
                        if (ret) {
                            markDiscard(lm);
                            break;
                        }
                        markPop(lm, true);
                        lastmark = lm;
                        lastindex = st[fp + F_LASTINDEX];
                        repCount[rep] = st[fp + F_COUNT] - 1;
                        ptr = p;
                        // the tail
                        repeat = repPrev[rep];
                        st[fp + F_PTR] = p;
                        fp = pushFrame(fp, J_MAX_UNTIL_3);
                        st = stack;
                        mode = 0;
                        break;
                    }
                    case J_MAX_UNTIL_3: {
                        if (ret) {
                            break;
                        }
                        repeat = st[fp + F_U];
                        ptr = p;
                        break;
                    }
                    case J_MIN_UNTIL_2: {
                        if (ret) {
                            break;
                        }
                        int rep = st[fp + F_U];
                        repeat = rep;
                        ptr = p;
                        lastmark = st[fp + F_LASTMARK];
                        lastindex = st[fp + F_LASTINDEX];
                        int count = st[fp + F_COUNT];
                        long max = code[repPc[rep] + 2] & 0xFFFFFFFFL;
                        if ((count >= max && max != Sre.MAXREPEAT) || ptr == repLastPtr[rep]) {
                            ret = false;
                            break;
                        }
                        repCount[rep] = count;
                        dataPush(repLastPtr[rep]);
                        repLastPtr[rep] = ptr;
                        fp = pushFrame(fp, J_MIN_UNTIL_3);
                        st = stack;
                        pc = repPc[rep] + 3;
                        mode = 0;
                        break;
                    }
                    case J_MIN_UNTIL_3: {
                        int rep = st[fp + F_U];
                        repLastPtr[rep] = data[--dataTop];
                        if (ret) {
                            break;
                        }
                        repCount[rep] = st[fp + F_COUNT] - 1;
                        ptr = p;
                        break;
                    }
                    case J_ASSERT: {
                        if (!ret) {
                            break;
                        }
                        pc += code[pc];
                        mode = 1;
                        break;
                    }
                    case J_ASSERT_NOT: {
                        if (ret) {
                            ret = false;
                            break;
                        }
                        pc += code[pc];
                        mode = 1;
                        break;
                    }
                    default:
                        throw new EngineError("internal error in regular expression engine");
                }
                if (mode == 2) {
                    continue;
                }
            }
            if (mode == 0) {
                // entrance
                p = ptr;
                if (code[pc] == Sre.INFO) {
                    long min = code[pc + 3] & 0xFFFFFFFFL;
                    if (min != 0 && end - p < min) {
                        ret = false;
                        mode = 2;
                        continue;
                    }
                    pc += code[pc + 1] + 1;
                }
            }
            mode = 2;
            dispatch:
            for (;;) {
                if ((++sigcount & 0xfff) == 0 && Safepoint.pending) {
                    Safepoint.run();
                }
                switch (code[pc++]) {
                    case Sre.MARK: {
                        int i = code[pc];
                        if ((i & 1) != 0) {
                            lastindex = i / 2 + 1;
                        }
                        if (i > lastmark) {
                            ensureMark(i + 1);
                            for (int j = lastmark + 1; j < i; j++) {
                                mark[j] = -1;
                            }
                            lastmark = i;
                        }
                        mark[i] = p;
                        pc++;
                        break;
                    }
                    case Sre.LITERAL:
                        if (p >= end || ch(p) != code[pc]) {
                            ret = false;
                            break dispatch;
                        }
                        pc++;
                        p++;
                        break;
                    case Sre.NOT_LITERAL:
                        if (p >= end || ch(p) == code[pc]) {
                            ret = false;
                            break dispatch;
                        }
                        pc++;
                        p++;
                        break;
                    case Sre.SUCCESS:
                        ptr = p;
                        ret = true;
                        break dispatch;
                    case Sre.AT:
                        if (!at(p, code[pc])) {
                            ret = false;
                            break dispatch;
                        }
                        pc++;
                        break;
                    case Sre.CATEGORY:
                        if (p >= end || !Chars.category(code[pc], ch(p))) {
                            ret = false;
                            break dispatch;
                        }
                        pc++;
                        p++;
                        break;
                    case Sre.ANY:
                        if (p >= end || ch(p) == '\n') {
                            ret = false;
                            break dispatch;
                        }
                        p++;
                        break;
                    case Sre.ANY_ALL:
                        if (p >= end) {
                            ret = false;
                            break dispatch;
                        }
                        p++;
                        break;
                    case Sre.IN:
                        if (p >= end || !inSet(pc + 1, ch(p))) {
                            ret = false;
                            break dispatch;
                        }
                        pc += code[pc];
                        p++;
                        break;
                    case Sre.LITERAL_IGNORE:
                        if (p >= end || lower(ch(p)) != lower(code[pc])) {
                            ret = false;
                            break dispatch;
                        }
                        pc++;
                        p++;
                        break;
                    case Sre.NOT_LITERAL_IGNORE:
                        if (p >= end || lower(ch(p)) == lower(code[pc])) {
                            ret = false;
                            break dispatch;
                        }
                        pc++;
                        p++;
                        break;
                    case Sre.IN_IGNORE:
                        if (p >= end || !inSet(pc + 1, lower(ch(p)))) {
                            ret = false;
                            break dispatch;
                        }
                        pc += code[pc];
                        p++;
                        break;
                    case Sre.JUMP:
                    case Sre.INFO:
                        pc += code[pc];
                        break;
                    case Sre.BRANCH: {
                        st[fp + F_LASTMARK] = lastmark;
                        st[fp + F_LASTINDEX] = lastindex;
                        int rep = repeat;
                        st[fp + F_U] = rep;
                        if (rep >= 0) {
                            markPush(lastmark);
                        }
                        int alt = nextAlternative(pc, p);
                        if (alt < 0) {
                            if (rep >= 0) {
                                markDiscard(lastmark);
                            }
                            ret = false;
                            break dispatch;
                        }
                        ptr = p;
                        st[fp + F_PC] = alt;
                        st[fp + F_PTR] = p;
                        fp = pushFrame(fp, J_BRANCH);
                        st = stack;
                        pc = alt + 1;
                        mode = 0;
                        break dispatch;
                    }
                    case Sre.REPEAT_ONE: {
                        // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                        long min = code[pc + 1] & 0xFFFFFFFFL;
                        if (p + min > end) {
                            ret = false;
                            break dispatch;
                        }
                        ptr = p;
                        int count = count(pc + 3, code[pc + 2] & 0xFFFFFFFFL, fp + FRAME);
                        st = stack;
                        p += count;
                        if (count < min) {
                            ret = false;
                            break dispatch;
                        }
                        int next = pc + code[pc];
                        if (code[next] == Sre.SUCCESS) {
                            ptr = p;
                            ret = true;
                            break dispatch;
                        }
                        st[fp + F_LASTMARK] = lastmark;
                        st[fp + F_LASTINDEX] = lastindex;
                        if (code[next] == Sre.LITERAL) {
                            int chr = code[next + 1];
                            while (count >= min && (p >= end || ch(p) != chr)) {
                                p--;
                                count--;
                            }
                            if (count < min) {
                                ret = false;
                                break dispatch;
                            }
                            st[fp + F_U] = chr;
                            ptr = p;
                            st[fp + F_PC] = pc;
                            st[fp + F_PTR] = p;
                            st[fp + F_COUNT] = count;
                            fp = pushFrame(fp, J_REPEAT_ONE_1);
                            st = stack;
                            pc = next;
                            mode = 0;
                            break dispatch;
                        }
                        // general case (count >= min holds here)
                        ptr = p;
                        st[fp + F_PC] = pc;
                        st[fp + F_PTR] = p;
                        st[fp + F_COUNT] = count;
                        fp = pushFrame(fp, J_REPEAT_ONE_2);
                        st = stack;
                        pc = next;
                        mode = 0;
                        break dispatch;
                    }
                    case Sre.MIN_REPEAT_ONE: {
                        // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                        long min = code[pc + 1] & 0xFFFFFFFFL;
                        if (p + min > end) {
                            ret = false;
                            break dispatch;
                        }
                        ptr = p;
                        int count;
                        if (min == 0) {
                            count = 0;
                        } else {
                            int n = count(pc + 3, min, fp + FRAME);
                            st = stack;
                            if (n < min) {
                                ret = false;
                                break dispatch;
                            }
                            count = n;
                            p += count;
                        }
                        int next = pc + code[pc];
                        if (code[next] == Sre.SUCCESS) {
                            ptr = p;
                            ret = true;
                            break dispatch;
                        }
                        st[fp + F_LASTMARK] = lastmark;
                        st[fp + F_LASTINDEX] = lastindex;
                        long max = code[pc + 2] & 0xFFFFFFFFL;
                        if (!(max == Sre.MAXREPEAT || count <= max)) {
                            ret = false;
                            break dispatch;
                        }
                        ptr = p;
                        st[fp + F_PC] = pc;
                        st[fp + F_PTR] = p;
                        st[fp + F_COUNT] = count;
                        fp = pushFrame(fp, J_MIN_REPEAT_ONE);
                        st = stack;
                        pc = next;
                        mode = 0;
                        break dispatch;
                    }
                    case Sre.REPEAT: {
                        // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
                        int rep = allocRepeat();
                        repCount[rep] = -1;
                        repPc[rep] = pc;
                        repPrev[rep] = repeat;
                        repLastPtr[rep] = -1;
                        repeat = rep;
                        st[fp + F_U] = rep;
                        ptr = p;
                        st[fp + F_PC] = pc;
                        st[fp + F_PTR] = p;
                        fp = pushFrame(fp, J_REPEAT);
                        st = stack;
                        pc = pc + code[pc];
                        mode = 0;
                        break dispatch;
                    }
                    case Sre.MAX_UNTIL: {
                        int rep = repeat;
                        if (rep < 0) {
                            throw new EngineError("internal error in regular expression engine");
                        }
                        ptr = p;
                        int count = repCount[rep] + 1;
                        int rp = repPc[rep];
                        long min = code[rp + 1] & 0xFFFFFFFFL;
                        long max = code[rp + 2] & 0xFFFFFFFFL;
                        st[fp + F_U] = rep;
                        st[fp + F_COUNT] = count;
                        st[fp + F_PC] = pc;
                        st[fp + F_PTR] = p;
                        if (count < min) {
                            repCount[rep] = count;
                            fp = pushFrame(fp, J_MAX_UNTIL_1);
                            st = stack;
                            pc = rp + 3;
                            mode = 0;
                            break dispatch;
                        }
                        if ((count < max || max == Sre.MAXREPEAT) && ptr != repLastPtr[rep]) {
                            repCount[rep] = count;
                            st[fp + F_LASTMARK] = lastmark;
                            st[fp + F_LASTINDEX] = lastindex;
                            markPush(lastmark);
                            dataPush(repLastPtr[rep]);
                            repLastPtr[rep] = ptr;
                            fp = pushFrame(fp, J_MAX_UNTIL_2);
                            st = stack;
                            pc = rp + 3;
                            mode = 0;
                            break dispatch;
                        }
                        // cannot match more items here: the tail must match
                        repeat = repPrev[rep];
                        fp = pushFrame(fp, J_MAX_UNTIL_3);
                        st = stack;
                        mode = 0;
                        break dispatch;
                    }
                    case Sre.MIN_UNTIL: {
                        int rep = repeat;
                        if (rep < 0) {
                            throw new EngineError("internal error in regular expression engine");
                        }
                        ptr = p;
                        int count = repCount[rep] + 1;
                        int rp = repPc[rep];
                        long min = code[rp + 1] & 0xFFFFFFFFL;
                        st[fp + F_U] = rep;
                        st[fp + F_COUNT] = count;
                        st[fp + F_PC] = pc;
                        st[fp + F_PTR] = p;
                        if (count < min) {
                            repCount[rep] = count;
                            fp = pushFrame(fp, J_MIN_UNTIL_1);
                            st = stack;
                            pc = rp + 3;
                            mode = 0;
                            break dispatch;
                        }
                        st[fp + F_LASTMARK] = lastmark;
                        st[fp + F_LASTINDEX] = lastindex;
                        repeat = repPrev[rep];
                        fp = pushFrame(fp, J_MIN_UNTIL_2);
                        st = stack;
                        mode = 0;
                        break dispatch;
                    }
                    case Sre.GROUPREF:
                    case Sre.GROUPREF_IGNORE: {
                        long groupref = (code[pc] & 0xFFFFFFFFL) * 2;
                        if (groupref >= lastmark) {
                            ret = false;
                            break dispatch;
                        }
                        int gs = mark[(int) groupref], ge = mark[(int) groupref + 1];
                        if (gs < 0 || ge < 0 || ge < gs) {
                            ret = false;
                            break dispatch;
                        }
                        boolean ignore = code[pc - 1] == Sre.GROUPREF_IGNORE;
                        while (gs < ge) {
                            if (p >= end) {
                                ret = false;
                                break dispatch;
                            }
                            int a = ch(p), bch = ch(gs);
                            if (ignore ? lower(a) != lower(bch) : a != bch) {
                                ret = false;
                                break dispatch;
                            }
                            gs++;
                            p++;
                        }
                        pc++;
                        break;
                    }
                    case Sre.GROUPREF_EXISTS: {
                        // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                        long groupref = (code[pc] & 0xFFFFFFFFL) * 2;
                        if (groupref >= lastmark) {
                            pc += code[pc + 1];
                            break;
                        }
                        int gs = mark[(int) groupref], ge = mark[(int) groupref + 1];
                        if (gs < 0 || ge < 0 || ge < gs) {
                            pc += code[pc + 1];
                            break;
                        }
                        pc += 2;
                        break;
                    }
                    case Sre.ASSERT: {
                        // <ASSERT> <skip> <back> <pattern>
                        long back = code[pc + 1] & 0xFFFFFFFFL;
                        if (p - back < 0) {
                            ret = false;
                            break dispatch;
                        }
                        ptr = (int) (p - back);
                        st[fp + F_PC] = pc;
                        st[fp + F_PTR] = p;
                        fp = pushFrame(fp, J_ASSERT);
                        st = stack;
                        pc = pc + 2;
                        mode = 0;
                        break dispatch;
                    }
                    case Sre.ASSERT_NOT: {
                        long back = code[pc + 1] & 0xFFFFFFFFL;
                        if (p - back >= 0) {
                            ptr = (int) (p - back);
                            st[fp + F_PC] = pc;
                            st[fp + F_PTR] = p;
                            fp = pushFrame(fp, J_ASSERT_NOT);
                            st = stack;
                            pc = pc + 2;
                            mode = 0;
                            break dispatch;
                        }
                        pc += code[pc];
                        break;
                    }
                    case Sre.FAILURE:
                        ret = false;
                        break dispatch;
                    default:
                        throw new EngineError("internal error in regular expression engine");
                }
            }
        }
    }

    /**
     * The first alternative of a BRANCH, from the skip word at {@code pc}, that can start at
     * {@code p} (sre skips those beginning with a literal or set that does not match).
     * Returns the index of its skip word, or -1.
     */
    private int nextAlternative(int pc, int p) {
        for (; code[pc] != 0; pc += code[pc]) {
            int op = code[pc + 1];
            if (op == Sre.LITERAL && (p >= end || ch(p) != code[pc + 2])) {
                continue;
            }
            if (op == Sre.IN && (p >= end || !inSet(pc + 3, ch(p)))) {
                continue;
            }
            return pc;
        }
        return -1;
    }

    // ---- searching ----

    /** {@code SRE_SEARCH}: finds the first position from {@link #start} where the pattern matches. */
    boolean search() {
        int[] code = this.code;
        int p = start;
        int e = end;
        int flags = 0;
        int prefixLen = 0, prefixSkip = 0, prefix = 0, charsetPc = -1;
        int pc = 0;
        if (code[0] == Sre.INFO) {
            flags = code[2];
            long min = code[3] & 0xFFFFFFFFL;
            if (min > 1) {
                long ne = e - (min - 1);
                e = ne <= p ? p + 1 : (int) ne;
            }
            if ((flags & Sre.INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
            } else if ((flags & Sre.INFO_CHARSET) != 0) {
                charsetPc = 5;
            }
            pc = 1 + code[1];
        }
        if (prefixLen > 1) {
            // every occurrence of the literal prefix, in order
            e = end;
            int first = code[prefix];
            int last = e - prefixLen;
            byte[] b = bytes;
            while (p <= last) {
                if (b != null) {
                    if (first > 255) {
                        return false;
                    }
                    byte fb = (byte) first;
                    while (p <= last && b[p] != fb) {
                        p++;
                    }
                } else {
                    while (p <= last && ch(p) != first) {
                        p++;
                    }
                }
                if (p > last) {
                    break;
                }
                int k = 1;
                while (k < prefixLen && ch(p + k) == code[prefix + k]) {
                    k++;
                }
                if (k == prefixLen) {
                    start = p;
                    ptr = p + prefixSkip;
                    if ((flags & Sre.INFO_LITERAL) != 0) {
                        return true;
                    }
                    if (run(pc + 2 * prefixSkip, 0)) {
                        return true;
                    }
                }
                p++;
            }
            return false;
        }
        if (code[pc] == Sre.LITERAL) {
            int chr = code[pc + 1];
            e = end;
            byte[] b = bytes;
            for (;;) {
                if (b != null) {
                    if (chr < 0 || chr > 255) {
                        return false;
                    }
                    byte cb = (byte) chr;
                    while (p < e && b[p] != cb) {
                        p++;
                    }
                } else {
                    while (p < e && ch(p) != chr) {
                        p++;
                    }
                }
                if (p >= e) {
                    return false;
                }
                start = p;
                ptr = ++p;
                if ((flags & Sre.INFO_LITERAL) != 0) {
                    return true;
                }
                if (run(pc + 2, 0)) {
                    return true;
                }
            }
        } else if (charsetPc >= 0) {
            e = end;
            int t = prog.setIndex[charsetPc];
            long[] tbl = t >= 0 ? prog.setTables[t] : null;
            byte[] b = bytes;
            for (;;) {
                if (b != null && tbl != null) {
                    while (p < e) {
                        int c = b[p] & 0xff;
                        if ((tbl[c >> 6] & (1L << c)) != 0) {
                            break;
                        }
                        p++;
                    }
                } else {
                    while (p < e && !inSet(charsetPc, ch(p))) {
                        p++;
                    }
                }
                if (p >= e) {
                    return false;
                }
                start = p;
                ptr = p;
                if (run(pc, 0)) {
                    return true;
                }
                p++;
            }
        } else {
            int quick = prog.quickOp;
            if (prog.anchored) {
                // the first op fails everywhere but at position 0
                if (p == 0 && p <= e) {
                    start = ptr = 0;
                    return run(pc, 0);
                }
                return false;
            }
            while (p <= e) {
                if (quick >= 0 && (p >= end || !matchOne(quick, ch(p)))) {
                    p++;
                    continue;
                }
                start = ptr = p++;
                if (run(pc, 0)) {
                    return true;
                }
            }
            return false;
        }
    }
}

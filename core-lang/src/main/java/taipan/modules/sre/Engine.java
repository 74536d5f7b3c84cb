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
    private byte[] bytes;
    private String str;
    private int[] ints;
    int length;

    // ---- state ----
    /** Match start and the (clamped) bounds; {@code beginning} is always 0. */
    int start, end;
    int pos, endpos;
    /** Current position (state->ptr). */
    int ptr;
    int[] mark = new int[8];
    int lastmark = -1, lastindex = -1;

    // repeat contexts: allocated and freed in stack order
    private int repeat = -1;
    private int[] repCount = EMPTY, repPc = EMPTY, repPrev = EMPTY, repLastPtr = EMPTY;
    private int repTop;

    // match contexts (frames) and the data stack for saved marks
    private int[] stack = new int[FRAME * 8];
    private int[] data = EMPTY;
    private static final int[] EMPTY = new int[0];
    private int dataTop;
    private int sigcount;
    /** Tests only: when positive, the number of 4096-op slices before giving up. */
    int stepLimit;

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
        init(bytes, str, ints, length, pos, endpos);
    }

    /** {@code state_init}: a (new) subject and bounds; the match state is reset. */
    void init(byte[] bytes, String str, int[] ints, int length, long pos, long endpos) {
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
        this.ptr = s;
        reset();
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

    /** Drops the references to the subject (for an engine kept for reuse). */
    void release() {
        bytes = null;
        str = null;
        ints = null;
        length = 0;
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
                return p == 0 || Chars.isLinebreak(before(p));
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
                boolean that = p > 0 && isWord(atcode, before(p));
                boolean thisp = p < end && isWord(atcode, ch(p));
                boolean boundary = atcode == Sre.AT_BOUNDARY || atcode == Sre.AT_LOC_BOUNDARY || atcode == Sre.AT_UNI_BOUNDARY;
                return boundary ? thisp != that : thisp == that;
            }
            default:
                return false;
        }
    }

    /** The character before {@code p}; past the end of the subject (a scanner can get
     *  there) it reads as the NUL that terminates CPython's string buffers. */
    private int before(int p) {
        return p - 1 < length ? ch(p - 1) : 0;
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
                        p = spanTable(b, tbl, p, e);
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
                    int q = indexOf(b, (byte) '\n', p, e);
                    p = q < 0 ? e : q;
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
                    p = c < 0 || c > 255 ? p : spanByte(b, (byte) c, p, e);
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
                    int q = c < 0 || c > 255 ? -1 : indexOf(b, (byte) c, p, e);
                    p = q < 0 ? e : q;
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
            data = Arrays.copyOf(data, Math.max(32, data.length * 2));
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
            int n = Math.max(8, repTop * 2);
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
        if (prog.simpleRepeat >= 0 && code[0] == Sre.INFO) {
            long min = code[3] & 0xFFFFFFFFL;
            if (min != 0 && end - ptr < min) {
                return false;
            }
            return runBody(prog.body);
        }
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
     *
     * <p>This loop runs the one-character and position ops itself; the ops that save state
     * or start a nested match (BRANCH, the repeats, assertions...) and the continuations
     * after a nested match returns are separate methods, {@link #complexOp} and
     * {@link #resume}, which say what to do next ({@code A_*}) and leave the new code
     * position, subject position and frame in {@link #outPc}, {@link #outP}, {@link #outFp}.
     * Keeping this method small keeps it quick to compile and stable under the JIT.
     */
    private boolean run(int startPc, int base) {
        final int[] code = this.code;
        final int end = this.end;
        int fp = base;
        if (fp + FRAME > stack.length) {
            stack = Arrays.copyOf(stack, Math.max(stack.length * 2, fp + 2 * FRAME));
        }
        stack[fp + F_JUMP] = J_NONE;
        int pc = startPc;
        int p = 0;
        boolean ret = false;
        int mode = M_ENTER;
        for (;;) {
            if (mode == M_RETURN) {
                int jump = stack[fp + F_JUMP];
                fp -= FRAME;
                if (fp < base) {
                    return ret;
                }
                int action = resume(jump, fp, ret);
                switch (action) {
                    case A_FAIL:
                        ret = false;
                        continue;
                    case A_SUCCESS:
                        ret = true;
                        continue;
                    case A_CALL:
                        fp = outFp;
                        pc = outPc;
                        mode = M_ENTER;
                        break;
                    default:
                        fp = outFp;
                        pc = outPc;
                        p = outP;
                        mode = M_CONTINUE;
                        break;
                }
            }
            if (mode == M_ENTER) {
                p = ptr;
                if (code[pc] == Sre.INFO) {
                    long min = code[pc + 3] & 0xFFFFFFFFL;
                    if (min != 0 && end - p < min) {
                        ret = false;
                        mode = M_RETURN;
                        continue;
                    }
                    pc += code[pc + 1] + 1;
                }
            }
            mode = M_RETURN;
            dispatch:
            for (;;) {
                if ((++sigcount & 0xfff) == 0) {
                    if (Safepoint.pending) {
                        Safepoint.run();
                    }
                    if (stepLimit > 0 && --stepLimit == 0) {
                        throw new EngineError("step limit reached");
                    }
                }
                int op = code[pc++];
                switch (op) {
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
                    case Sre.FAILURE:
                        ret = false;
                        break dispatch;
                    default: {
                        int action = complexOp(op, pc, p, fp);
                        if (action == A_FAIL) {
                            ret = false;
                            break dispatch;
                        }
                        if (action == A_SUCCESS) {
                            ret = true;
                            break dispatch;
                        }
                        fp = outFp;
                        pc = outPc;
                        if (action == A_CALL) {
                            mode = M_ENTER;
                            break dispatch;
                        }
                        p = outP;
                        break;
                    }
                }
            }
        }
    }

    private static final int M_ENTER = 0, M_CONTINUE = 1, M_RETURN = 2;
    private static final int A_FAIL = 0, A_SUCCESS = 1, A_CALL = 2, A_CONTINUE = 3;

    /** The count of the leading repeat in the last attempt (see {@link Program#leadRepeat}). */
    private int leadCount;

    /** Outputs of {@link #complexOp} and {@link #resume}. */
    private int outPc, outP, outFp;

    /**
     * Saves the current context ({@code pc}, {@code p}) in frame {@code fp}, pushes a frame
     * that returns with {@code jump}, and asks the loop to enter {@code target}.
     */
    private int call(int fp, int pc, int p, int jump, int target) {
        int[] st = stack;
        st[fp + F_PC] = pc;
        st[fp + F_PTR] = p;
        outFp = pushFrame(fp, jump);
        outPc = target;
        return A_CALL;
    }

    private int proceed(int fp, int pc, int p) {
        outFp = fp;
        outPc = pc;
        outP = p;
        return A_CONTINUE;
    }

    /** The ops that save state or start nested matches; {@code pc} is past the opcode. */
    private int complexOp(int op, int pc, int p, int fp) {
        final int[] code = this.code;
        final int end = this.end;
        switch (op) {
            case Sre.BRANCH: {
                int[] st = stack;
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
                    return A_FAIL;
                }
                ptr = p;
                return call(fp, alt, p, J_BRANCH, alt + 1);
            }
            case Sre.REPEAT_ONE: {
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                long min = code[pc + 1] & 0xFFFFFFFFL;
                if (p + min > end) {
                    return A_FAIL;
                }
                ptr = p;
                int count = count(pc + 3, code[pc + 2] & 0xFFFFFFFFL, fp + FRAME);
                if (pc - 1 == prog.leadRepeat) {
                    leadCount = count;
                }
                p += count;
                if (count < min) {
                    return A_FAIL;
                }
                int next = pc + code[pc];
                if (code[next] == Sre.SUCCESS) {
                    ptr = p;
                    return A_SUCCESS;
                }
                int[] st = stack;
                st[fp + F_LASTMARK] = lastmark;
                st[fp + F_LASTINDEX] = lastindex;
                if (code[next] == Sre.LITERAL) {
                    int chr = code[next + 1];
                    while (count >= min && (p >= end || ch(p) != chr)) {
                        p--;
                        count--;
                    }
                    if (count < min) {
                        return A_FAIL;
                    }
                    st[fp + F_U] = chr;
                    st[fp + F_COUNT] = count;
                    ptr = p;
                    return call(fp, pc, p, J_REPEAT_ONE_1, next);
                }
                st[fp + F_COUNT] = count;
                ptr = p;
                return call(fp, pc, p, J_REPEAT_ONE_2, next);
            }
            case Sre.MIN_REPEAT_ONE: {
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                long min = code[pc + 1] & 0xFFFFFFFFL;
                if (p + min > end) {
                    return A_FAIL;
                }
                ptr = p;
                int count;
                if (min == 0) {
                    count = 0;
                } else {
                    int n = count(pc + 3, min, fp + FRAME);
                    if (n < min) {
                        return A_FAIL;
                    }
                    count = n;
                    p += count;
                }
                int next = pc + code[pc];
                if (code[next] == Sre.SUCCESS) {
                    ptr = p;
                    return A_SUCCESS;
                }
                int[] st = stack;
                st[fp + F_LASTMARK] = lastmark;
                st[fp + F_LASTINDEX] = lastindex;
                long max = code[pc + 2] & 0xFFFFFFFFL;
                if (!(max == Sre.MAXREPEAT || count <= max)) {
                    return A_FAIL;
                }
                st[fp + F_COUNT] = count;
                ptr = p;
                return call(fp, pc, p, J_MIN_REPEAT_ONE, next);
            }
            case Sre.REPEAT: {
                // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
                int rep = allocRepeat();
                repCount[rep] = -1;
                repPc[rep] = pc;
                repPrev[rep] = repeat;
                repLastPtr[rep] = -1;
                repeat = rep;
                stack[fp + F_U] = rep;
                ptr = p;
                return call(fp, pc, p, J_REPEAT, pc + code[pc]);
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
                int[] st = stack;
                st[fp + F_U] = rep;
                st[fp + F_COUNT] = count;
                if (count < min) {
                    repCount[rep] = count;
                    return call(fp, pc, p, J_MAX_UNTIL_1, rp + 3);
                }
                if ((count < max || max == Sre.MAXREPEAT) && ptr != repLastPtr[rep]) {
                    repCount[rep] = count;
                    st[fp + F_LASTMARK] = lastmark;
                    st[fp + F_LASTINDEX] = lastindex;
                    markPush(lastmark);
                    dataPush(repLastPtr[rep]);
                    repLastPtr[rep] = ptr;
                    return call(fp, pc, p, J_MAX_UNTIL_2, rp + 3);
                }
                // cannot match more items here: the tail must match
                repeat = repPrev[rep];
                return call(fp, pc, p, J_MAX_UNTIL_3, pc);
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
                int[] st = stack;
                st[fp + F_U] = rep;
                st[fp + F_COUNT] = count;
                if (count < min) {
                    repCount[rep] = count;
                    return call(fp, pc, p, J_MIN_UNTIL_1, rp + 3);
                }
                st[fp + F_LASTMARK] = lastmark;
                st[fp + F_LASTINDEX] = lastindex;
                repeat = repPrev[rep];
                return call(fp, pc, p, J_MIN_UNTIL_2, pc);
            }
            case Sre.GROUPREF:
            case Sre.GROUPREF_IGNORE: {
                long groupref = (code[pc] & 0xFFFFFFFFL) * 2;
                if (groupref >= lastmark) {
                    return A_FAIL;
                }
                int gs = mark[(int) groupref], ge = mark[(int) groupref + 1];
                if (gs < 0 || ge < 0 || ge < gs) {
                    return A_FAIL;
                }
                boolean ignore = op == Sre.GROUPREF_IGNORE;
                while (gs < ge) {
                    if (p >= end) {
                        return A_FAIL;
                    }
                    int a = ch(p), b = ch(gs);
                    if (ignore ? lower(a) != lower(b) : a != b) {
                        return A_FAIL;
                    }
                    gs++;
                    p++;
                }
                return proceed(fp, pc + 1, p);
            }
            case Sre.GROUPREF_EXISTS: {
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                long groupref = (code[pc] & 0xFFFFFFFFL) * 2;
                if (groupref >= lastmark) {
                    return proceed(fp, pc + code[pc + 1], p);
                }
                int gs = mark[(int) groupref], ge = mark[(int) groupref + 1];
                if (gs < 0 || ge < 0 || ge < gs) {
                    return proceed(fp, pc + code[pc + 1], p);
                }
                return proceed(fp, pc + 2, p);
            }
            case Sre.ASSERT: {
                // <ASSERT> <skip> <back> <pattern>
                long back = code[pc + 1] & 0xFFFFFFFFL;
                if (p - back < 0) {
                    return A_FAIL;
                }
                ptr = (int) (p - back);
                return call(fp, pc, p, J_ASSERT, pc + 2);
            }
            case Sre.ASSERT_NOT: {
                long back = code[pc + 1] & 0xFFFFFFFFL;
                if (p - back >= 0) {
                    ptr = (int) (p - back);
                    return call(fp, pc, p, J_ASSERT_NOT, pc + 2);
                }
                return proceed(fp, pc + code[pc], p);
            }
            default:
                throw new EngineError("internal error in regular expression engine");
        }
    }

    /**
     * What a context does when the nested match it started returns {@code ret}: the
     * continuation of the op, with the context's saved position and code position.
     */
    private int resume(int jump, int fp, boolean ret) {
        final int[] code = this.code;
        final int end = this.end;
        int[] st = stack;
        int pc = st[fp + F_PC];
        int p = st[fp + F_PTR];
        switch (jump) {
            case J_BRANCH: {
                int rep = st[fp + F_U];
                int lm = st[fp + F_LASTMARK];
                if (ret) {
                    if (rep >= 0) {
                        markDiscard(lm);
                    }
                    return A_SUCCESS;
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
                    return A_FAIL;
                }
                ptr = p;
                return call(fp, alt, p, J_BRANCH, alt + 1);
            }
            case J_REPEAT_ONE_1: {
                if (ret) {
                    return A_SUCCESS;
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
                    return A_FAIL;
                }
                ptr = p;
                st[fp + F_COUNT] = count;
                return call(fp, pc, p, J_REPEAT_ONE_1, pc + code[pc]);
            }
            case J_REPEAT_ONE_2: {
                if (ret) {
                    return A_SUCCESS;
                }
                int count = st[fp + F_COUNT];
                long min = code[pc + 1] & 0xFFFFFFFFL;
                p--;
                count--;
                lastmark = st[fp + F_LASTMARK];
                lastindex = st[fp + F_LASTINDEX];
                if (count < min) {
                    return A_FAIL;
                }
                ptr = p;
                st[fp + F_COUNT] = count;
                return call(fp, pc, p, J_REPEAT_ONE_2, pc + code[pc]);
            }
            case J_MIN_REPEAT_ONE: {
                if (ret) {
                    return A_SUCCESS;
                }
                int count = st[fp + F_COUNT];
                long max = code[pc + 2] & 0xFFFFFFFFL;
                ptr = p;
                int n = count(pc + 3, 1, fp + FRAME);
                st = stack;
                if (n == 0) {
                    return A_FAIL;
                }
                p++;
                count++;
                lastmark = st[fp + F_LASTMARK];
                lastindex = st[fp + F_LASTINDEX];
                if (!(max == Sre.MAXREPEAT || count <= max)) {
                    return A_FAIL;
                }
                ptr = p;
                st[fp + F_COUNT] = count;
                return call(fp, pc, p, J_MIN_REPEAT_ONE, pc + code[pc]);
            }
            case J_REPEAT: {
                int rep = st[fp + F_U];
                repeat = repPrev[rep];
                repTop = rep;
                return ret ? A_SUCCESS : A_FAIL;
            }
            case J_MAX_UNTIL_1:
            case J_MIN_UNTIL_1: {
                if (ret) {
                    return A_SUCCESS;
                }
                int rep = st[fp + F_U];
                repCount[rep] = st[fp + F_COUNT] - 1;
                ptr = p;
                return A_FAIL;
            }
            case J_MAX_UNTIL_2: {
                int rep = st[fp + F_U];
                repLastPtr[rep] = data[--dataTop];
                int lm = st[fp + F_LASTMARK];
                if (ret) {
                    markDiscard(lm);
                    return A_SUCCESS;
                }
                markPop(lm, true);
                lastmark = lm;
                lastindex = st[fp + F_LASTINDEX];
                repCount[rep] = st[fp + F_COUNT] - 1;
                ptr = p;
                // the tail
                repeat = repPrev[rep];
                return call(fp, pc, p, J_MAX_UNTIL_3, pc);
            }
            case J_MAX_UNTIL_3: {
                if (ret) {
                    return A_SUCCESS;
                }
                repeat = st[fp + F_U];
                ptr = p;
                return A_FAIL;
            }
            case J_MIN_UNTIL_2: {
                if (ret) {
                    return A_SUCCESS;
                }
                int rep = st[fp + F_U];
                repeat = rep;
                ptr = p;
                lastmark = st[fp + F_LASTMARK];
                lastindex = st[fp + F_LASTINDEX];
                int count = st[fp + F_COUNT];
                long max = code[repPc[rep] + 2] & 0xFFFFFFFFL;
                if ((count >= max && max != Sre.MAXREPEAT) || ptr == repLastPtr[rep]) {
                    return A_FAIL;
                }
                repCount[rep] = count;
                dataPush(repLastPtr[rep]);
                repLastPtr[rep] = ptr;
                return call(fp, pc, p, J_MIN_UNTIL_3, repPc[rep] + 3);
            }
            case J_MIN_UNTIL_3: {
                int rep = st[fp + F_U];
                repLastPtr[rep] = data[--dataTop];
                if (ret) {
                    return A_SUCCESS;
                }
                repCount[rep] = st[fp + F_COUNT] - 1;
                ptr = p;
                return A_FAIL;
            }
            case J_ASSERT:
                if (!ret) {
                    return A_FAIL;
                }
                return proceed(fp, pc + code[pc], p);
            case J_ASSERT_NOT:
                if (ret) {
                    return A_FAIL;
                }
                return proceed(fp, pc + code[pc], p);
            default:
                throw new EngineError("internal error in regular expression engine");
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
        int pc = 0;
        if (code[0] == Sre.INFO) {
            flags = code[2];
            long min = code[3] & 0xFFFFFFFFL;
            if (min > 1) {
                long ne = e - (min - 1);
                e = ne <= p ? p + 1 : (int) ne;
            }
            pc = 1 + code[1];
            if ((flags & Sre.INFO_PREFIX) != 0 && code[5] > 1) {
                return searchPrefix(pc, code[5], code[6], (flags & Sre.INFO_LITERAL) != 0);
            }
        }
        if (code[pc] == Sre.LITERAL) {
            return searchLiteral(pc, (flags & Sre.INFO_LITERAL) != 0);
        }
        if ((flags & (Sre.INFO_PREFIX | Sre.INFO_CHARSET)) == Sre.INFO_CHARSET) {
            return searchCharset(pc, 5);
        }
        return searchGeneral(pc, e);
    }

    /** Every occurrence of the literal prefix (at code index 7), in order. */
    private boolean searchPrefix(int pc, int prefixLen, int prefixSkip, boolean literal) {
        final int[] code = this.code;
        final int prefix = 7;
        int p = start;
        int first = code[prefix];
        int last = end - prefixLen;
        byte[] b = bytes;
        while (p <= last) {
            if (b != null) {
                if (first > 255 || first < 0) {
                    return false;
                }
                int q = indexOf(b, (byte) first, p, last + 1);
                p = q < 0 ? last + 1 : q;
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
                if (literal) {
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

    /** The pattern starts with a literal character: each place it appears. */
    private boolean searchLiteral(int pc, boolean literal) {
        int chr = code[pc + 1];
        int p = start;
        int e = end;
        byte[] b = bytes;
        for (;;) {
            if (b != null) {
                if (chr < 0 || chr > 255) {
                    return false;
                }
                int q = indexOf(b, (byte) chr, p, e);
                p = q < 0 ? e : q;
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
            if (literal) {
                return true;
            }
            if (run(pc + 2, 0)) {
                return true;
            }
        }
    }

    /** The pattern starts with a character of the info block's set. */
    private boolean searchCharset(int pc, int charsetPc) {
        int p = start;
        int e = end;
        int t = prog.setIndex[charsetPc];
        long[] tbl = t >= 0 ? prog.setTables[t] : null;
        byte[] b = bytes;
        for (;;) {
            if (b != null && tbl != null) {
                p = skipTable(b, tbl, p, e);
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
            if (runBody(pc)) {
                return true;
            }
            p++;
        }
    }

    /** Every position up to {@code e}, skipping those the pattern's leading tests reject. */
    private boolean searchGeneral(int pc, int e) {
        int p = start;
        if (prog.anchored) {
            // the first op fails everywhere but at position 0
            if (p == 0 && p <= e) {
                start = ptr = 0;
                return runBody(pc);
            }
            return false;
        }
        int[] gpc = prog.guardPc, goff = prog.guardOff;
        int anchor = prog.anchorChar, anchorOff = prog.anchorOff;
        long[] ft = prog.firstTable;
        byte[] b = bytes;
        boolean lineAnchored = prog.lineAnchored;
        while (p <= e) {
            if (lineAnchored && p > 0 && !Chars.isLinebreak(before(p))) {
                // only a line start can begin a match: go to the next one
                int q;
                if (b != null) {
                    q = indexOf(b, (byte) '\n', p, end);
                } else {
                    q = p;
                    while (q < end && !Chars.isLinebreak(ch(q))) {
                        q++;
                    }
                    q = q < end ? q : -1;
                }
                if (q < 0) {
                    return false;
                }
                p = q + 1;
                continue;
            }
            if (ft != null && anchor < 0) {
                // skip to a character a match can start with
                int lim = Math.min(e + 1, end);
                if (b != null) {
                    p = skipTable(b, ft, p, lim);
                } else {
                    while (p < lim) {
                        int c = ch(p);
                        if (c >= 256 || (ft[c >> 6] & (1L << c)) != 0) {
                            break;
                        }
                        p++;
                    }
                }
                if (p >= lim) {
                    return false;
                }
            }
            if (anchor >= 0) {
                // jump to the next place the literal every match has appears
                int from = p + anchorOff, q;
                if (b != null) {
                    q = anchor > 255 ? -1 : indexOf(b, (byte) anchor, from, end);
                } else {
                    q = -1;
                    for (int i = from; i < end; i++) {
                        if (ch(i) == anchor) {
                            q = i;
                            break;
                        }
                    }
                }
                if (q < 0) {
                    return false;
                }
                p = q - anchorOff;
                if (p > e) {
                    return false;
                }
            }
            if (!guards(gpc, goff, p)) {
                p++;
                continue;
            }
            start = ptr = p;
            leadCount = -1;
            if (runBody(pc)) {
                return true;
            }
            int lead = prog.leadRepeat;
            if (lead >= 0 && leadCount > 0 && ((code[lead + 3] & 0xFFFFFFFFL) == Sre.MAXREPEAT
                    || leadCount < (code[lead + 3] & 0xFFFFFFFFL))) {
                p += leadCount + 1;
            } else {
                p++;
            }
        }
        return false;
    }

    /** Do the leading character and position tests of the pattern pass at {@code p}? */
    private boolean guards(int[] gpc, int[] goff, int p) {
        for (int k = 0; k < gpc.length; k++) {
            int pc = gpc[k];
            int q = p + goff[k];
            if (code[pc] == Sre.AT) {
                if (!at(q, code[pc + 1])) {
                    return false;
                }
            } else if (q >= end || !matchOne(pc, ch(q))) {
                return false;
            }
        }
        return true;
    }

    /** Runs the pattern body at {@link #ptr}; a pattern that is one simple repeat is counted directly. */
    private boolean runBody(int pc) {
        int rep = prog.simpleRepeat;
        if (rep >= 0 && pc == prog.body) {
            long min = code[rep + 2] & 0xFFFFFFFFL;
            if (ptr + min > end) {
                return false;
            }
            int n = count(rep + 4, code[rep + 3] & 0xFFFFFFFFL, 0);
            leadCount = n;
            if (n < min) {
                return false;
            }
            ptr += n;
            return true;
        }
        return run(pc, 0);
    }

    /** The end of the run of bytes from {@code p} that are in the table. */
    static int spanTable(byte[] b, long[] tbl, int p, int e) {
        while (p < e) {
            int c = b[p] & 0xff;
            if ((tbl[c >> 6] & (1L << c)) == 0) {
                break;
            }
            p++;
        }
        return p;
    }

    /** The first index from {@code p} of a byte in the table, or {@code e}. */
    static int skipTable(byte[] b, long[] tbl, int p, int e) {
        while (p < e) {
            int c = b[p] & 0xff;
            if ((tbl[c >> 6] & (1L << c)) != 0) {
                break;
            }
            p++;
        }
        return p;
    }

    /** The end of the run of byte {@code c} from {@code p}. */
    static int spanByte(byte[] b, byte c, int p, int e) {
        while (p < e && b[p] == c) {
            p++;
        }
        return p;
    }

    /** The first index of byte {@code c} in {@code b[from:to]}, or -1. */
    static int indexOf(byte[] b, byte c, int from, int to) {
        int i = from;
        // Eight bytes at a time (SWAR): a zero byte in x = word ^ pattern marks a match.
        if (to - i >= 16) {
            long pattern = (c & 0xffL) * 0x0101010101010101L;
            for (int last = to - 8; i <= last; i += 8) {
                long x = (long) LONGS.get(b, i) ^ pattern;
                long t = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
                if (t != 0) {
                    return i + (Long.numberOfTrailingZeros(t) >>> 3);
                }
            }
        }
        for (; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
}

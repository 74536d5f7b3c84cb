package taipan.modules.sre;

/**
 * A compiled pattern ready to run: the sre code words plus what the engine precomputes
 * from them once (bit tables of character sets for codes below 256, the first-position
 * filter of searches).
 */
final class Program {
    final int[] code;
    final int flags;
    /** Number of capturing groups (without group 0). */
    final int groups;
    /** 0 ASCII, 1 LOCALE, 2 UNICODE case folding. */
    final int lowerMode;

    /**
     * For each code index of a set (the word after IN/IN_IGNORE's skip, the INFO charset),
     * the index into {@link #setTables} or -1. A table holds 4 longs: bit c set when
     * character c (&lt; 256) is in the set (after case folding for IN_IGNORE).
     */
    final int[] setIndex;
    final long[][] setTables;

    /** Where matching starts after the info block. */
    final int body;
    /** The ops a search checks before running the matcher: their code index (the op
     *  itself, an AT or a one-character op) and the offset of their character. */
    final int[] guardPc, guardOff;
    /** Bit c set when a match can start with character c (&lt; 256); null if unknown. */
    final long[] firstTable;
    /** A literal character at a fixed offset every match has (-1 if none). */
    final int anchorChar, anchorOff;
    /** The search may only succeed at position 0 (pattern starts with \A or ^ without MULTILINE). */
    final boolean anchored;
    /** Every match starts at a line start (pattern starts with ^ under MULTILINE). */
    final boolean lineAnchored;
    /** Code index of a leading REPEAT_ONE whose failed attempts allow skipping, else -1. */
    final int leadRepeat;
    /** Code index of the REPEAT_ONE when the pattern is only that repeat, else -1. */
    final int simpleRepeat;

    Program(int[] code, int flags, int groups) {
        this.code = code;
        this.flags = flags;
        this.groups = groups;
        this.lowerMode = Chars.lowerMode(flags);
        this.setIndex = new int[code.length + 1];
        java.util.Arrays.fill(setIndex, -1);
        java.util.List<long[]> tables = new java.util.ArrayList<>();
        scanSets(0, code.length, tables);
        this.setTables = tables.toArray(new long[0][]);
        int b = 0;
        if (code.length > 0 && code[0] == Sre.INFO) {
            b = 1 + code[1];
        }
        this.body = b;
        // The ops a match attempt starts with that only test characters or positions
        // (with the group marks between them): a search can check them before running
        // the matcher. Skipping an attempt that would fail among them is unobservable:
        // the next attempt run repeats the same mark updates.
        int q = b;
        int[] gpc = new int[8], goff = new int[8];
        int n = 0, off = 0;
        boolean anch = false, lineAnch = false;
        int lit = -1, litOff = 0;
        while (q < code.length && n < gpc.length) {
            int op = code[q];
            if (op == Sre.MARK) {
                q += 2;
                continue;
            }
            if (op == Sre.AT) {
                if (n == 0 && off == 0 && (code[q + 1] == Sre.AT_BEGINNING || code[q + 1] == Sre.AT_BEGINNING_STRING)) {
                    anch = true;
                }
                if (n == 0 && off == 0 && code[q + 1] == Sre.AT_BEGINNING_LINE) {
                    lineAnch = true;
                }
                gpc[n] = q;
                goff[n++] = off;
                q += 2;
                continue;
            }
            if (isSingle(op)) {
                if (op == Sre.LITERAL && lit < 0) {
                    lit = code[q + 1];
                    litOff = off;
                }
                gpc[n] = q;
                goff[n++] = off;
                off++;
                q += op == Sre.IN || op == Sre.IN_IGNORE ? 1 + code[q + 1] : (op == Sre.ANY || op == Sre.ANY_ALL ? 1 : 2);
                continue;
            }
            if ((op == Sre.REPEAT_ONE || op == Sre.MIN_REPEAT_ONE) && code[q + 2] != 0 && isSingle(code[q + 4])) {
                gpc[n] = q + 4;
                goff[n++] = off;
            }
            break;
        }
        this.guardPc = java.util.Arrays.copyOf(gpc, n);
        // the characters a match can start with (below 256), from a first guard at offset 0
        long[] ft = null;
        if (n > 0 && goff[0] == 0 && code[gpc[0]] != Sre.AT && (code[gpc[0]] != Sre.IN_IGNORE || lowerMode != 1)
                && !(code[gpc[0]] == Sre.CATEGORY && (code[gpc[0] + 1] == Sre.CATEGORY_LOC_WORD || code[gpc[0] + 1] == Sre.CATEGORY_LOC_NOT_WORD))
                && !((code[gpc[0]] == Sre.LITERAL_IGNORE || code[gpc[0]] == Sre.NOT_LITERAL_IGNORE) && lowerMode == 1)
                && (code[gpc[0]] != Sre.IN || setIndex[gpc[0] + 2] >= 0)) {
            ft = new long[4];
            for (int c = 0; c < 256; c++) {
                if (firstMatches(gpc[0], c)) {
                    ft[c >> 6] |= 1L << c;
                }
            }
        }
        this.firstTable = ft;
        this.guardOff = java.util.Arrays.copyOf(goff, n);
        this.anchorChar = lit;
        this.anchorOff = litOff;
        this.anchored = anch;
        this.lineAnchored = lineAnch;
        // the whole pattern is one maximizing repeat of a single character
        int simple = -1;
        if (b + 4 < code.length && code[b] == Sre.REPEAT_ONE && code[b + 2] != 0 && isSingle(code[b + 4])) {
            int after = b + 1 + code[b + 1];
            if (after + 1 == code.length && code[after] == Sre.SUCCESS) {
                simple = b;
            }
        }
        this.simpleRepeat = simple;
        // A pattern starting (after opening marks) with a greedy repeat of one character,
        // and reading no group values: when an attempt fails after the repeat took n
        // characters (fewer than its maximum), the attempts at the next n positions would
        // try the rest of the pattern at a subset of the same places, and fail too.
        int lead = -1;
        int k = b;
        while (k + 1 < code.length && code[k] == Sre.MARK && (code[k + 1] & 1) == 0) {
            k += 2;
        }
        if (k + 4 < code.length && code[k] == Sre.REPEAT_ONE && isSingle(code[k + 4]) && !readsGroups(b)) {
            lead = k;
        }
        this.leadRepeat = lead;
    }

    /** Does the code in [pc, end) contain a group reference or condition? */
    private boolean readsGroups(int pc) {
        return readsGroups(pc, code.length);
    }

    private boolean readsGroups(int pc, int end) {
        while (pc < end) {
            int op = code[pc];
            switch (op) {
                case Sre.GROUPREF: case Sre.GROUPREF_IGNORE: case Sre.GROUPREF_EXISTS: case Sre.CALL:
                    return true;
                case Sre.IN: case Sre.IN_IGNORE: case Sre.INFO:
                    pc += 1 + code[pc + 1];
                    break;
                case Sre.BRANCH: {
                    int a = pc + 1;
                    while (code[a] != 0) {
                        if (readsGroups(a + 1, a + code[a] - 2)) {
                            return true;
                        }
                        a += code[a];
                    }
                    pc = a + 1;
                    break;
                }
                case Sre.REPEAT_ONE: case Sre.MIN_REPEAT_ONE: case Sre.REPEAT:
                    if (readsGroups(pc + 4, pc + 1 + code[pc + 1])) {
                        return true;
                    }
                    pc += 1 + code[pc + 1];
                    break;
                case Sre.ASSERT: case Sre.ASSERT_NOT:
                    if (readsGroups(pc + 3, pc + 1 + code[pc + 1])) {
                        return true;
                    }
                    pc += 1 + code[pc + 1];
                    break;
                case Sre.JUMP: case Sre.MARK: case Sre.LITERAL: case Sre.NOT_LITERAL: case Sre.LITERAL_IGNORE:
                case Sre.NOT_LITERAL_IGNORE: case Sre.AT: case Sre.CATEGORY:
                    pc += 2;
                    break;
                default:
                    pc += 1;
                    break;
            }
        }
        return false;
    }

    /** Does the one-character op at {@code pc} accept {@code c} (no locale-dependent ops)? */
    private boolean firstMatches(int pc, int c) {
        switch (code[pc]) {
            case Sre.LITERAL: return c == code[pc + 1];
            case Sre.NOT_LITERAL: return c != code[pc + 1];
            case Sre.LITERAL_IGNORE: return Chars.lower(lowerMode, c) == Chars.lower(lowerMode, code[pc + 1]);
            case Sre.NOT_LITERAL_IGNORE: return Chars.lower(lowerMode, c) != Chars.lower(lowerMode, code[pc + 1]);
            case Sre.IN: return Engine.charset(code, pc + 2, c);
            case Sre.IN_IGNORE: return Engine.charset(code, pc + 2, Chars.lower(lowerMode, c));
            case Sre.ANY: return c != '\n';
            case Sre.ANY_ALL: return true;
            case Sre.CATEGORY: return Chars.category(code[pc + 1], c);
            default: return true;
        }
    }

    private static boolean isSingle(int op) {
        switch (op) {
            case Sre.LITERAL: case Sre.NOT_LITERAL: case Sre.LITERAL_IGNORE: case Sre.NOT_LITERAL_IGNORE:
            case Sre.IN: case Sre.IN_IGNORE: case Sre.ANY: case Sre.ANY_ALL: case Sre.CATEGORY:
                return true;
            default:
                return false;
        }
    }

    /** Walks the code (validated, so well formed) and tabulates the sets it finds. */
    private void scanSets(int pc, int end, java.util.List<long[]> tables) {
        while (pc < end) {
            int op = code[pc];
            switch (op) {
                case Sre.IN:
                case Sre.IN_IGNORE:
                    addTable(pc + 2, op == Sre.IN_IGNORE, tables);
                    pc += 1 + code[pc + 1];
                    break;
                case Sre.INFO: {
                    int skip = code[pc + 1];
                    if ((code[pc + 2] & Sre.INFO_CHARSET) != 0) {
                        addTable(pc + 5, false, tables);
                    }
                    pc += 1 + skip;
                    break;
                }
                case Sre.BRANCH: {
                    int p = pc + 1;
                    while (code[p] != 0) {
                        scanSets(p + 1, p + code[p] - 2, tables);
                        p += code[p];
                    }
                    pc = p + 1;
                    break;
                }
                case Sre.REPEAT_ONE:
                case Sre.MIN_REPEAT_ONE:
                case Sre.REPEAT:
                    scanSets(pc + 4, pc + 1 + code[pc + 1], tables);
                    pc += 1 + code[pc + 1];
                    break;
                case Sre.ASSERT:
                case Sre.ASSERT_NOT:
                    scanSets(pc + 3, pc + 1 + code[pc + 1], tables);
                    pc += 1 + code[pc + 1];
                    break;
                case Sre.GROUPREF_EXISTS:
                    // <GROUPREF_EXISTS> <group> <skip> yes [JUMP <skip> no]: the parts are
                    // plain code, scanned in sequence
                    pc += 3;
                    break;
                case Sre.JUMP:
                    pc += 2;
                    break;
                case Sre.MARK: case Sre.LITERAL: case Sre.NOT_LITERAL: case Sre.LITERAL_IGNORE:
                case Sre.NOT_LITERAL_IGNORE: case Sre.AT: case Sre.CATEGORY: case Sre.GROUPREF:
                case Sre.GROUPREF_IGNORE:
                    pc += 2;
                    break;
                default:
                    pc += 1;
                    break;
            }
        }
    }

    private void addTable(int setPc, boolean ignore, java.util.List<long[]> tables) {
        if (setIndex[setPc] >= 0 || !cacheable(setPc) || (ignore && lowerMode == 1)) {
            return;
        }
        long[] t = new long[4];
        for (int c = 0; c < 256; c++) {
            int x = ignore ? Chars.lower(lowerMode, c) : c;
            if (Engine.charset(code, setPc, x)) {
                t[c >> 6] |= 1L << c;
            }
        }
        setIndex[setPc] = tables.size();
        tables.add(t);
    }

    /** A set can be tabulated unless its meaning depends on the current locale. */
    private boolean cacheable(int pc) {
        while (pc < code.length) {
            switch (code[pc]) {
                case Sre.FAILURE:
                    return true;
                case Sre.LITERAL:
                case Sre.NOT_LITERAL:
                    pc += 2;
                    break;
                case Sre.CATEGORY:
                    if (code[pc + 1] == Sre.CATEGORY_LOC_WORD || code[pc + 1] == Sre.CATEGORY_LOC_NOT_WORD) {
                        return false;
                    }
                    pc += 2;
                    break;
                case Sre.CHARSET:
                    pc += 9;
                    break;
                case Sre.RANGE:
                    pc += 3;
                    break;
                case Sre.NEGATE:
                    pc += 1;
                    break;
                case Sre.BIGCHARSET:
                    pc += 2 + 64 + code[pc + 1] * 8;
                    break;
                default:
                    return false;
            }
        }
        return false;
    }
}

package taipan.modules.sre;

/**
 * {@code _validate} of {@code _sre.compile}: checks that a code array is a well-formed
 * program (jumps inside their block, known opcodes and codes, group numbers in range)
 * before the engine may run it; a bad program raises RuntimeError("invalid SRE code").
 */
final class Validator {
    private final int[] code;

    private Validator(int[] code) {
        this.code = code;
    }

    /** Thrown internally on the first violation. */
    private static final class Fail extends RuntimeException {
        Fail() {
            super(null, null, false, false);
        }
    }

    private static final Fail FAIL = new Fail();

    static boolean validate(int[] code, long groups) {
        if (groups < 0 || groups > 100 || code.length == 0 || code[code.length - 1] != Sre.SUCCESS) {
            return false;
        }
        if (groups == 0) {
            groups = 100; // as sre: 100 groups should always be safe
        }
        try {
            new Validator(code).inner(0, code.length - 1, groups);
            return true;
        } catch (Fail f) {
            return false;
        }
    }

    private static long u(int w) {
        return w & 0xFFFFFFFFL;
    }

    /** The word at {@code i}, which must lie before {@code end}. */
    private int word(int i, int end) {
        if (i >= end) {
            throw FAIL;
        }
        return code[i];
    }

    /** The target of the skip word at {@code i}, checked to lie in [i, end + adj]. */
    private int skipTarget(int i, int end, int adj) {
        long skip = u(word(i, end));
        long target = i + skip - adj;
        if (target < i || target > end) {
            throw FAIL;
        }
        return (int) (i + skip);
    }

    private void charset(int pc, int end) {
        while (pc < end) {
            int op = word(pc++, end);
            switch (op) {
                case Sre.NEGATE:
                    break;
                case Sre.LITERAL:
                    word(pc++, end);
                    break;
                case Sre.RANGE:
                    word(pc++, end);
                    word(pc++, end);
                    break;
                case Sre.CHARSET:
                    if (pc + 8 > end) {
                        throw FAIL;
                    }
                    pc += 8;
                    break;
                case Sre.BIGCHARSET: {
                    long blocks = u(word(pc++, end));
                    if (pc + 64 > end) {
                        throw FAIL;
                    }
                    for (int i = 0; i < 256; i++) {
                        int b = (code[pc + i / 4] >>> ((i & 3) * 8)) & 0xff;
                        if (b >= blocks) {
                            throw FAIL;
                        }
                    }
                    pc += 64;
                    if (pc + blocks * 8 > end) {
                        throw FAIL;
                    }
                    pc += (int) (blocks * 8);
                    break;
                }
                case Sre.CATEGORY: {
                    long arg = u(word(pc++, end));
                    if (arg > Sre.CATEGORY_UNI_NOT_LINEBREAK) {
                        throw FAIL;
                    }
                    break;
                }
                default:
                    throw FAIL;
            }
        }
    }

    private void inner(int pc, int end, long groups) {
        if (pc > end) {
            throw FAIL;
        }
        while (pc < end) {
            int op = word(pc++, end);
            switch (op) {
                case Sre.MARK: {
                    long arg = u(word(pc++, end));
                    if (arg > 2 * groups + 1) {
                        throw FAIL;
                    }
                    break;
                }
                case Sre.LITERAL:
                case Sre.NOT_LITERAL:
                case Sre.LITERAL_IGNORE:
                case Sre.NOT_LITERAL_IGNORE:
                    word(pc++, end);
                    break;
                case Sre.SUCCESS:
                case Sre.FAILURE:
                case Sre.ANY:
                case Sre.ANY_ALL:
                    break;
                case Sre.AT: {
                    long arg = u(word(pc++, end));
                    if (arg > Sre.AT_UNI_NON_BOUNDARY) {
                        throw FAIL;
                    }
                    break;
                }
                case Sre.IN:
                case Sre.IN_IGNORE: {
                    int target = skipTarget(pc, end, 0);
                    long skip = u(code[pc]);
                    pc++;
                    if (skip < 2) {
                        throw FAIL;
                    }
                    charset(pc, target - 1);
                    if (code[target - 1] != Sre.FAILURE) {
                        throw FAIL;
                    }
                    pc = target;
                    break;
                }
                case Sre.INFO: {
                    int newcode = skipTarget(pc, end, 0);
                    pc++;
                    long flags = u(word(pc++, end));
                    word(pc++, end); // min
                    word(pc++, end); // max
                    if ((flags & ~(Sre.INFO_PREFIX | Sre.INFO_LITERAL | Sre.INFO_CHARSET)) != 0) {
                        throw FAIL;
                    }
                    if ((flags & Sre.INFO_PREFIX) != 0 && (flags & Sre.INFO_CHARSET) != 0) {
                        throw FAIL;
                    }
                    if ((flags & Sre.INFO_LITERAL) != 0 && (flags & Sre.INFO_PREFIX) == 0) {
                        throw FAIL;
                    }
                    if ((flags & Sre.INFO_PREFIX) != 0) {
                        long prefixLen = u(word(pc++, end));
                        word(pc++, end); // prefix skip
                        if (pc + prefixLen > newcode) {
                            throw FAIL;
                        }
                        pc += (int) prefixLen;
                        if (pc + prefixLen > newcode) {
                            throw FAIL;
                        }
                        for (int i = 0; i < prefixLen; i++) {
                            if (u(code[pc + i]) >= prefixLen) {
                                throw FAIL;
                            }
                        }
                        pc += (int) prefixLen;
                    }
                    if ((flags & Sre.INFO_CHARSET) != 0) {
                        charset(pc, newcode - 1);
                        if (code[newcode - 1] != Sre.FAILURE) {
                            throw FAIL;
                        }
                        pc = newcode;
                    } else if (pc != newcode) {
                        throw FAIL;
                    }
                    break;
                }
                case Sre.BRANCH: {
                    int target = -1;
                    for (;;) {
                        int skipAt = pc;
                        int next = skipTarget(pc, end, 0);
                        long skip = u(code[pc]);
                        pc++;
                        if (skip == 0) {
                            break;
                        }
                        if (skip < 3) {
                            throw FAIL;
                        }
                        inner(pc, next - 2, groups);
                        pc = next - 2;
                        if (word(pc++, end) != Sre.JUMP) {
                            throw FAIL;
                        }
                        int t = skipTarget(pc, end, 0);
                        pc++;
                        if (target == -1) {
                            target = t;
                        } else if (t != target) {
                            throw FAIL;
                        }
                        if (pc != skipAt + skip) {
                            throw FAIL;
                        }
                    }
                    break;
                }
                case Sre.REPEAT_ONE:
                case Sre.MIN_REPEAT_ONE: {
                    int next = skipTarget(pc, end, 0);
                    long skip = u(code[pc]);
                    pc++;
                    long min = u(word(pc++, end));
                    long max = u(word(pc++, end));
                    if (min > max || skip < 4) {
                        throw FAIL;
                    }
                    inner(pc, next - 1, groups);
                    pc = next - 1;
                    if (word(pc++, end) != Sre.SUCCESS) {
                        throw FAIL;
                    }
                    break;
                }
                case Sre.REPEAT: {
                    int next = skipTarget(pc, end, 0);
                    long skip = u(code[pc]);
                    pc++;
                    long min = u(word(pc++, end));
                    long max = u(word(pc++, end));
                    if (min > max || skip < 3) {
                        throw FAIL;
                    }
                    inner(pc, next, groups);
                    pc = next;
                    int until = word(pc++, end);
                    if (until != Sre.MAX_UNTIL && until != Sre.MIN_UNTIL) {
                        throw FAIL;
                    }
                    break;
                }
                case Sre.GROUPREF:
                case Sre.GROUPREF_IGNORE: {
                    long arg = u(word(pc++, end));
                    if (arg >= groups) {
                        throw FAIL;
                    }
                    break;
                }
                case Sre.GROUPREF_EXISTS: {
                    long arg = u(word(pc++, end));
                    if (arg >= groups) {
                        throw FAIL;
                    }
                    // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]; the skip
                    // counts from the group word
                    int skipAt = pc;
                    long skip = u(word(pc, end));
                    if (skip < 1 || skipAt + skip - 1 > end) {
                        throw FAIL;
                    }
                    if (skip >= 3 && code[(int) (skipAt + skip - 3)] == Sre.JUMP) {
                        inner(skipAt + 1, (int) (skipAt + skip - 3), groups);
                        pc = (int) (skipAt + skip - 2);
                        int next = skipTarget(pc, end, 0);
                        pc++;
                        inner(pc, next, groups);
                        pc = next;
                    } else {
                        inner(skipAt + 1, (int) (skipAt + skip - 1), groups);
                        pc = (int) (skipAt + skip - 1);
                    }
                    break;
                }
                case Sre.ASSERT:
                case Sre.ASSERT_NOT: {
                    int next = skipTarget(pc, end, 0);
                    pc++;
                    long back = u(word(pc, end));
                    if ((back & 0x80000000L) != 0) {
                        throw FAIL;
                    }
                    inner(pc + 1, next - 1, groups);
                    pc = next - 1;
                    if (word(pc++, end) != Sre.SUCCESS) {
                        throw FAIL;
                    }
                    break;
                }
                default:
                    throw FAIL;
            }
        }
    }
}

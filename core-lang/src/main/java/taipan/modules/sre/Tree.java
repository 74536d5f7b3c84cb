package taipan.modules.sre;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed (sub)pattern: the list of (op, argument) items of {@code sre_parse.SubPattern}.
 * Items are {@link Item}s; nested subpatterns are Trees, compared by identity as
 * Python compares SubPattern objects.
 */
final class Tree {
    final ArrayList<Item> items;
    private long widthLo = -1, widthHi;

    Tree() {
        items = new ArrayList<>();
    }

    Tree(List<Item> items) {
        this.items = new ArrayList<>(items);
    }

    int size() {
        return items.size();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    Item get(int i) {
        return items.get(i);
    }

    void add(Item it) {
        items.add(it);
    }

    /** Values above this are all the same to getwidth (they end up clamped to MAXREPEAT). */
    private static final long CAP = 1L << 60;

    static long sat(long v) {
        return v > CAP ? CAP : v;
    }

    static long satMul(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        if (a > CAP / b) {
            return CAP;
        }
        return sat(a * b);
    }

    /** {@code SubPattern.getwidth()}: (min, max) width, clamped as 2.7 does. */
    long[] getwidth() {
        if (widthLo >= 0) {
            return new long[] {widthLo, widthHi};
        }
        long lo = 0, hi = 0;
        for (Item it : items) {
            switch (it.op) {
                case Sre.BRANCH: {
                    long i = Sre.MAXREPEAT - 1, j = 0;
                    for (Tree alt : it.alts) {
                        long[] w = alt.getwidth();
                        i = Math.min(i, w[0]);
                        j = Math.max(j, w[1]);
                    }
                    lo = sat(lo + i);
                    hi = sat(hi + j);
                    break;
                }
                case Sre.CALL:
                case Sre.SUBPATTERN: {
                    long[] w = it.t.getwidth();
                    lo = sat(lo + w[0]);
                    hi = sat(hi + w[1]);
                    break;
                }
                case Sre.MIN_REPEAT:
                case Sre.MAX_REPEAT: {
                    long[] w = it.t.getwidth();
                    lo = sat(lo + satMul(w[0], it.a));
                    hi = sat(hi + satMul(w[1], it.b));
                    break;
                }
                case Sre.ANY:
                case Sre.RANGE:
                case Sre.IN:
                case Sre.LITERAL:
                case Sre.NOT_LITERAL:
                case Sre.CATEGORY:
                    lo = sat(lo + 1);
                    hi = sat(hi + 1);
                    break;
                default:
                    break;
            }
            if (it.op == Sre.SUCCESS) {
                break;
            }
        }
        widthLo = Math.min(lo, Sre.MAXREPEAT - 1);
        widthHi = Math.min(hi, Sre.MAXREPEAT);
        return new long[] {widthLo, widthHi};
    }

    /** One (op, av) pair. Which fields are meaningful depends on {@link #op}. */
    static final class Item {
        final int op;
        /** LITERAL/NOT_LITERAL code, AT/CATEGORY code, GROUPREF(_EXISTS) group, repeat min,
         *  assert direction, SUBPATTERN group, RANGE low. */
        long a;
        /** Repeat max, RANGE high. */
        long b;
        /** SUBPATTERN: the group is None. */
        boolean noGroup;
        /** Repeat/SUBPATTERN/assert/CALL body, GROUPREF_EXISTS yes branch. */
        Tree t;
        /** GROUPREF_EXISTS no branch (null for None). */
        Tree t2;
        /** BRANCH alternatives. */
        List<Tree> alts;
        /** IN members. */
        List<Item> set;
        /** CHARSET/BIGCHARSET words (members of a set built by Python code). */
        long[] data;

        Item(int op) {
            this.op = op;
        }

        static Item of(int op, long a) {
            Item it = new Item(op);
            it.a = a;
            return it;
        }

        static Item range(long lo, long hi) {
            Item it = new Item(Sre.RANGE);
            it.a = lo;
            it.b = hi;
            return it;
        }

        static Item repeat(int op, long min, long max, Tree body) {
            Item it = new Item(op);
            it.a = min;
            it.b = max;
            it.t = body;
            return it;
        }

        static Item subpattern(Integer group, Tree body) {
            Item it = new Item(Sre.SUBPATTERN);
            it.noGroup = group == null;
            it.a = group == null ? 0 : group;
            it.t = body;
            return it;
        }

        static Item in(List<Item> set) {
            Item it = new Item(Sre.IN);
            it.set = set;
            return it;
        }

        static Item branch(List<Tree> alts) {
            Item it = new Item(Sre.BRANCH);
            it.alts = alts;
            return it;
        }

        static Item asserts(int op, int dir, Tree body) {
            Item it = new Item(op);
            it.a = dir;
            it.t = body;
            return it;
        }

        static Item groupRefExists(long group, Tree yes, Tree no) {
            Item it = new Item(Sre.GROUPREF_EXISTS);
            it.a = group;
            it.t = yes;
            it.t2 = no;
            return it;
        }

        /** Python's {@code ==} on the (op, av) tuples: numbers by value, SubPatterns by identity. */
        boolean sameAs(Item o) {
            if (o == this) {
                return true;
            }
            if (o.op != op) {
                return false;
            }
            switch (op) {
                case Sre.ANY:
                case Sre.NEGATE:
                case Sre.SUCCESS:
                case Sre.FAILURE:
                    return true;
                case Sre.RANGE:
                    return a == o.a && b == o.b;
                case Sre.IN:
                    if (set.size() != o.set.size()) {
                        return false;
                    }
                    for (int i = 0; i < set.size(); i++) {
                        if (!set.get(i).sameAs(o.set.get(i))) {
                            return false;
                        }
                    }
                    return true;
                case Sre.MAX_REPEAT:
                case Sre.MIN_REPEAT:
                    return a == o.a && b == o.b && t == o.t;
                case Sre.SUBPATTERN:
                    return noGroup == o.noGroup && a == o.a && t == o.t;
                case Sre.BRANCH:
                    if (alts.size() != o.alts.size()) {
                        return false;
                    }
                    for (int i = 0; i < alts.size(); i++) {
                        if (alts.get(i) != o.alts.get(i)) {
                            return false;
                        }
                    }
                    return true;
                case Sre.ASSERT:
                case Sre.ASSERT_NOT:
                    return a == o.a && t == o.t;
                case Sre.GROUPREF_EXISTS:
                    return a == o.a && t == o.t && t2 == o.t2;
                case Sre.CALL:
                    return t == o.t;
                case Sre.CHARSET:
                case Sre.BIGCHARSET:
                    return java.util.Arrays.equals(data, o.data);
                default:
                    return a == o.a;
            }
        }
    }
}

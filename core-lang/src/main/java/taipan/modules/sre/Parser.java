package taipan.modules.sre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taipan.modules.sre.Tree.Item;
import taipan.runtime.PyStr;
import taipan.runtime.PyUnicode;

/**
 * The regular-expression parser: turns a pattern into the parse tree of 2.7's
 * {@code sre_parse.parse}, item for item (including its optimisations: common prefixes
 * of alternatives moved out, single-character alternatives and one-member classes
 * turned into sets or literals), with the same error messages raised in the same order.
 */
final class Parser {
    /** A token: a character code, {@code ESC | c} for a backslash escape, or NONE. */
    private static final int NONE = -1;
    private static final int ESC = 1 << 24;

    private final int[] src;
    private final boolean unicode;
    private int index;
    private int next;

    // ---- the sre_parse.Pattern state ----
    int flags;
    int groups = 1;
    final Map<String, Integer> groupdict = new LinkedHashMap<>();
    private final List<Integer> open = new ArrayList<>();
    private int lookbehind;
    /** Number of "group references in lookbehind assertions" warnings to issue. */
    int lookbehindWarnings;
    /**
     * How deep groups may nest: 2.7's parser recurses (two Python frames per level), so
     * deep nesting hits the interpreter's recursion limit; this parser raises the same
     * RuntimeError at the same depth.
     */
    private final int maxNesting;

    private Parser(int[] src, boolean unicode, int flags, int maxNesting) {
        this.src = src;
        this.unicode = unicode;
        this.flags = flags;
        this.maxNesting = maxNesting;
        advance();
    }

    /** The result of {@link #parse}. */
    static final class Result {
        final Tree tree;
        final int flags;
        final int groups;
        final Map<String, Integer> groupdict;
        final int lookbehindWarnings;

        Result(Tree tree, int flags, int groups, Map<String, Integer> groupdict, int warnings) {
            this.tree = tree;
            this.flags = flags;
            this.groups = groups;
            this.groupdict = groupdict;
            this.lookbehindWarnings = warnings;
        }
    }

    /** {@code sre_parse.parse(str, flags)}; {@code src} holds the pattern's code points. */
    static Result parse(int[] src, boolean unicode, int flags) {
        return parse(src, unicode, flags, Integer.MAX_VALUE);
    }

    /** As {@link #parse(int[], boolean, int)}, with a limit on the nesting of groups. */
    static Result parse(int[] src, boolean unicode, int flags, int maxNesting) {
        Parser p = new Parser(src, unicode, flags, maxNesting);
        Tree t = p.parseSub(0);
        int tail = p.get();
        if (tail == ')') {
            throw SreException.error("unbalanced parenthesis");
        } else if (tail != NONE) {
            throw SreException.error("bogus characters at end of regular expression");
        }
        if ((flags & Sre.FLAG_VERBOSE) == 0 && (p.flags & Sre.FLAG_VERBOSE) != 0) {
            Result again = parse(src, unicode, p.flags, maxNesting);
            return new Result(again.tree, again.flags, again.groups, again.groupdict,
                    again.lookbehindWarnings + p.lookbehindWarnings);
        }
        return new Result(t, p.flags, p.groups, p.groupdict, p.lookbehindWarnings);
    }

    static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    // ---- the tokenizer ----

    private void advance() {
        if (index >= src.length) {
            next = NONE;
            return;
        }
        int c = src[index];
        if (c == '\\') {
            if (index + 1 >= src.length) {
                throw SreException.error("bogus escape (end of line)");
            }
            next = ESC | src[index + 1];
            index += 2;
        } else {
            next = c;
            index += 1;
        }
    }

    private boolean match(int c) {
        if (next == c) {
            advance();
            return true;
        }
        return false;
    }

    private int get() {
        int t = next;
        advance();
        return t;
    }

    private static boolean isEsc(int tok) {
        return tok != NONE && (tok & ESC) != 0;
    }

    private static int escChar(int tok) {
        return tok & ~ESC;
    }

    private static void appendToken(StringBuilder sb, int tok) {
        if (isEsc(tok)) {
            sb.append('\\').appendCodePoint(escChar(tok));
        } else {
            sb.appendCodePoint(tok);
        }
    }

    private static boolean isDigitTok(int tok) {
        return tok >= '0' && tok <= '9';
    }

    private static boolean isOctTok(int tok) {
        return tok >= '0' && tok <= '7';
    }

    private static boolean isHexTok(int tok) {
        return (tok >= '0' && tok <= '9') || (tok >= 'a' && tok <= 'f') || (tok >= 'A' && tok <= 'F');
    }

    private String repr(String s) {
        if (unicode) {
            return PyUnicode.repr(s);
        }
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return PyStr.repr(b, true);
    }

    // ---- group bookkeeping (sre_parse.Pattern) ----

    private int openGroup(String name) {
        int gid = groups;
        groups = gid + 1;
        if (name != null) {
            Integer ogid = groupdict.get(name);
            if (ogid != null) {
                throw SreException.error("redefinition of group name " + repr(name) + " as group " + gid
                        + "; was group " + ogid);
            }
            groupdict.put(name, gid);
        }
        open.add(gid);
        return gid;
    }

    private void closeGroup(int gid) {
        open.remove(Integer.valueOf(gid));
    }

    private boolean checkGroup(long gid) {
        return gid < groups && !open.contains((int) gid);
    }

    static boolean isIdent(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isName(String name) {
        int[] cps = codePoints(name);
        if (!isIdent(cps[0])) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            if (!isIdent(cps[i]) && !(cps[i] >= '0' && cps[i] <= '9')) {
                return false;
            }
        }
        return true;
    }

    // ---- _parse_sub ----

    private Tree parseSub(int nested) {
        if (nested > maxNesting) {
            throw new SreException(SreException.Kind.RUNTIME, "maximum recursion depth exceeded");
        }
        List<Tree> items = new ArrayList<>();
        while (true) {
            items.add(parse(nested + 1));
            if (match('|')) {
                continue;
            }
            if (nested == 0) {
                break;
            }
            if (next == NONE || next == ')') {
                break;
            }
            throw SreException.error("pattern not properly closed");
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        Tree sub = new Tree();
        // move a prefix common to all alternatives out of the branch
        while (true) {
            Item prefix = null;
            boolean common = true;
            for (Tree item : items) {
                if (item.isEmpty()) {
                    common = false;
                    break;
                }
                if (prefix == null) {
                    prefix = item.get(0);
                } else if (!item.get(0).sameAs(prefix)) {
                    common = false;
                    break;
                }
            }
            if (!common) {
                break;
            }
            for (Tree item : items) {
                item.items.remove(0);
            }
            sub.add(prefix);
        }
        // single literals: a set instead of a branch
        boolean literals = true;
        for (Tree item : items) {
            if (item.size() != 1 || item.get(0).op != Sre.LITERAL) {
                literals = false;
                break;
            }
        }
        if (literals) {
            List<Item> set = new ArrayList<>();
            for (Tree item : items) {
                set.add(item.get(0));
            }
            sub.add(Item.in(set));
            return sub;
        }
        sub.add(Item.branch(items));
        return sub;
    }

    private Tree parseSubCond(long condgroup, int nested) {
        Tree yes = parse(nested + 1);
        Tree no = null;
        if (match('|')) {
            no = parse(nested + 1);
            if (match('|')) {
                throw SreException.error("conditional backref with more than two branches");
            }
        }
        if (next != NONE && next != ')') {
            throw SreException.error("pattern not properly closed");
        }
        Tree sub = new Tree();
        sub.add(Item.groupRefExists(condgroup, yes, no));
        return sub;
    }

    private static boolean isSpecial(int c) {
        return ".\\[{()*+?^$|".indexOf(c) >= 0;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    private static int flagOf(int c) {
        switch (c) {
            case 'i': return Sre.FLAG_IGNORECASE;
            case 'L': return Sre.FLAG_LOCALE;
            case 'm': return Sre.FLAG_MULTILINE;
            case 's': return Sre.FLAG_DOTALL;
            case 'x': return Sre.FLAG_VERBOSE;
            case 't': return Sre.FLAG_TEMPLATE;
            case 'u': return Sre.FLAG_UNICODE;
            default: return 0;
        }
    }

    // ---- _parse ----

    private Tree parse(int nested) {
        Tree sub = new Tree();
        while (true) {
            if (next == '|' || next == ')') {
                break;
            }
            int th = get();
            if (th == NONE) {
                break;
            }
            if ((flags & Sre.FLAG_VERBOSE) != 0) {
                if (isWhitespace(th)) {
                    continue;
                }
                if (th == '#') {
                    while (true) {
                        th = get();
                        if (th == NONE || th == '\n') {
                            break;
                        }
                    }
                    continue;
                }
            }
            if (!isEsc(th) && !isSpecial(th)) {
                sub.add(Item.of(Sre.LITERAL, th));
            } else if (th == '[') {
                parseClass(sub, nested);
            } else if (th == '*' || th == '+' || th == '?' || th == '{') {
                long min, max;
                if (th == '?') {
                    min = 0;
                    max = 1;
                } else if (th == '*') {
                    min = 0;
                    max = Sre.MAXREPEAT;
                } else if (th == '+') {
                    min = 1;
                    max = Sre.MAXREPEAT;
                } else {
                    if (next == '}') {
                        sub.add(Item.of(Sre.LITERAL, '{'));
                        continue;
                    }
                    int hereIndex = index, hereNext = next;
                    min = 0;
                    max = Sre.MAXREPEAT;
                    StringBuilder lo = new StringBuilder(), hi = new StringBuilder();
                    while (isDigitTok(next)) {
                        lo.appendCodePoint(get());
                    }
                    if (match(',')) {
                        while (isDigitTok(next)) {
                            hi.appendCodePoint(get());
                        }
                    } else {
                        hi.append(lo);
                    }
                    if (!match('}')) {
                        sub.add(Item.of(Sre.LITERAL, '{'));
                        index = hereIndex;
                        next = hereNext;
                        continue;
                    }
                    if (lo.length() > 0) {
                        min = repeatNumber(lo);
                    }
                    if (hi.length() > 0) {
                        max = repeatNumber(hi);
                        if (max < min) {
                            throw SreException.error("bad repeat interval");
                        }
                    }
                }
                Tree item = sub.isEmpty() ? null : new Tree(sub.items.subList(sub.size() - 1, sub.size()));
                if (item == null || (item.size() == 1 && item.get(0).op == Sre.AT)) {
                    throw SreException.error("nothing to repeat");
                }
                int iop = item.get(0).op;
                if (iop == Sre.MIN_REPEAT || iop == Sre.MAX_REPEAT) {
                    throw SreException.error("multiple repeat");
                }
                Item rep = Item.repeat(match('?') ? Sre.MIN_REPEAT : Sre.MAX_REPEAT, min, max, item);
                sub.items.set(sub.size() - 1, rep);
            } else if (th == '.') {
                sub.add(new Item(Sre.ANY));
            } else if (th == '(') {
                if (parseGroup(sub, nested)) {
                    continue;
                }
            } else if (th == '^') {
                sub.add(Item.of(Sre.AT, Sre.AT_BEGINNING));
            } else if (th == '$') {
                sub.add(Item.of(Sre.AT, Sre.AT_END));
            } else if (isEsc(th)) {
                sub.add(escape(th));
            } else {
                throw SreException.error("parser error");
            }
        }
        return sub;
    }

    private static long repeatNumber(CharSequence digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + (digits.charAt(i) - '0');
            if (v >= Sre.MAXREPEAT) {
                throw new SreException(SreException.Kind.OVERFLOW, "the repetition number is too large");
            }
        }
        return v;
    }

    private void parseClass(Tree sub, int nested) {
        List<Item> set = new ArrayList<>();
        if (match('^')) {
            set.add(new Item(Sre.NEGATE));
        }
        int start = set.size();
        while (true) {
            int th = get();
            Item code1;
            if (th == ']' && set.size() != start) {
                break;
            } else if (isEsc(th)) {
                code1 = classEscape(th);
            } else if (th != NONE) {
                code1 = Item.of(Sre.LITERAL, th);
            } else {
                throw SreException.error("unexpected end of regular expression");
            }
            if (match('-')) {
                th = get();
                if (th == ']') {
                    if (code1.op == Sre.IN) {
                        code1 = code1.set.get(0);
                    }
                    set.add(code1);
                    set.add(Item.of(Sre.LITERAL, '-'));
                    break;
                } else if (th != NONE) {
                    Item code2 = isEsc(th) ? classEscape(th) : Item.of(Sre.LITERAL, th);
                    if (code1.op != Sre.LITERAL || code2.op != Sre.LITERAL) {
                        throw SreException.error("bad character range");
                    }
                    long lo = code1.a, hi = code2.a;
                    if (hi < lo) {
                        throw SreException.error("bad character range");
                    }
                    set.add(Item.range(lo, hi));
                } else {
                    throw SreException.error("unexpected end of regular expression");
                }
            } else {
                if (code1.op == Sre.IN) {
                    code1 = code1.set.get(0);
                }
                set.add(code1);
            }
        }
        if (set.size() == 1 && set.get(0).op == Sre.LITERAL) {
            sub.add(set.get(0));
        } else if (set.size() == 2 && set.get(0).op == Sre.NEGATE && set.get(1).op == Sre.LITERAL) {
            sub.add(Item.of(Sre.NOT_LITERAL, set.get(1).a));
        } else {
            sub.add(Item.in(set));
        }
    }

    /** Parses what follows '('; returns true when the item is complete (the caller continues). */
    private boolean parseGroup(Tree sub, int nested) {
        int group = 1;
        String name = null;
        long condgroup = 0;
        boolean hasCond = false;
        if (match('?')) {
            group = 0;
            if (match('P')) {
                if (match('<')) {
                    StringBuilder sb = new StringBuilder();
                    while (true) {
                        int ch = get();
                        if (ch == NONE) {
                            throw SreException.error("unterminated name");
                        }
                        if (ch == '>') {
                            break;
                        }
                        appendToken(sb, ch);
                    }
                    name = sb.toString();
                    group = 1;
                    if (name.isEmpty()) {
                        throw SreException.error("missing group name");
                    }
                    if (!isName(name)) {
                        throw SreException.error("bad character in group name " + repr(name));
                    }
                } else if (match('=')) {
                    StringBuilder sb = new StringBuilder();
                    while (true) {
                        int ch = get();
                        if (ch == NONE) {
                            throw SreException.error("unterminated name");
                        }
                        if (ch == ')') {
                            break;
                        }
                        appendToken(sb, ch);
                    }
                    String n = sb.toString();
                    if (n.isEmpty()) {
                        throw SreException.error("missing group name");
                    }
                    if (!isName(n)) {
                        // the wording of CPython 2.7 before 2.7.10, which the conformance corpus
                        // checks ("backref group name" in later 2.7 releases)
                        throw SreException.error("bad character in group name " + repr(n));
                    }
                    Integer gid = groupdict.get(n);
                    if (gid == null) {
                        throw SreException.error("unknown group name: " + repr(n));
                    }
                    if (lookbehind > 0) {
                        lookbehindWarnings++;
                    }
                    sub.add(Item.of(Sre.GROUPREF, gid));
                    return true;
                } else {
                    int ch = get();
                    if (ch == NONE) {
                        throw SreException.error("unexpected end of pattern");
                    }
                    StringBuilder sb = new StringBuilder("unknown specifier: ?P");
                    appendToken(sb, ch);
                    throw SreException.error(sb.toString());
                }
            } else if (match(':')) {
                group = 2;
            } else if (match('#')) {
                while (true) {
                    if (next == NONE || next == ')') {
                        break;
                    }
                    get();
                }
                if (!match(')')) {
                    throw SreException.error("unbalanced parenthesis");
                }
                return true;
            } else if (next == '=' || next == '!' || next == '<') {
                int ch = get();
                int dir = 1;
                if (ch == '<') {
                    if (next != '=' && next != '!') {
                        throw SreException.error("syntax error");
                    }
                    dir = -1;
                    ch = get();
                    lookbehind++;
                }
                Tree p = parseSub(nested + 1);
                if (dir < 0) {
                    lookbehind--;
                }
                if (!match(')')) {
                    throw SreException.error("unbalanced parenthesis");
                }
                sub.add(Item.asserts(ch == '=' ? Sre.ASSERT : Sre.ASSERT_NOT, dir, p));
                return true;
            } else if (match('(')) {
                StringBuilder sb = new StringBuilder();
                while (true) {
                    int ch = get();
                    if (ch == NONE) {
                        throw SreException.error("unterminated name");
                    }
                    if (ch == ')') {
                        break;
                    }
                    appendToken(sb, ch);
                }
                String condname = sb.toString();
                group = 2;
                if (condname.isEmpty()) {
                    throw SreException.error("missing group name");
                }
                if (isName(condname)) {
                    Integer g = groupdict.get(condname);
                    if (g == null) {
                        throw SreException.error("unknown group name: " + repr(condname));
                    }
                    condgroup = g;
                } else {
                    Long v = pyInt(condname, unicode);
                    if (v == null) {
                        throw SreException.error("bad character in group name");
                    }
                    condgroup = v;
                }
                hasCond = condgroup != 0;
                if (lookbehind > 0) {
                    lookbehindWarnings++;
                }
            } else {
                if (isEsc(next) || flagOf(next) == 0) {
                    throw SreException.error("unexpected end of pattern");
                }
                while (!isEsc(next) && next != NONE && flagOf(next) != 0) {
                    flags |= flagOf(get());
                }
            }
        }
        if (group != 0) {
            Integer gid = group == 2 ? null : openGroup(name);
            Tree p = hasCond ? parseSubCond(condgroup, nested + 1) : parseSub(nested + 1);
            if (!match(')')) {
                throw SreException.error("unbalanced parenthesis");
            }
            if (gid != null) {
                closeGroup(gid);
            }
            sub.add(Item.subpattern(gid, p));
        } else {
            int ch = get();
            if (ch == NONE) {
                throw SreException.error("unexpected end of pattern");
            }
            if (ch != ')') {
                throw SreException.error("unknown extension");
            }
        }
        return false;
    }

    /**
     * Python's {@code int(s)} for a group number: surrounding whitespace, a sign, decimal
     * digits (any Unicode decimal digit for unicode text). Null when int() would raise
     * ValueError; values beyond the long range saturate.
     */
    static Long pyInt(String s, boolean unicode) {
        int[] cps = codePoints(s);
        int i = 0, n = cps.length;
        while (i < n && isPySpace(cps[i], unicode)) {
            i++;
        }
        while (n > i && isPySpace(cps[n - 1], unicode)) {
            n--;
        }
        boolean neg = false;
        if (i < n && (cps[i] == '+' || cps[i] == '-')) {
            neg = cps[i] == '-';
            i++;
        }
        if (i >= n) {
            return null;
        }
        long v = 0;
        for (; i < n; i++) {
            int d;
            if (cps[i] >= '0' && cps[i] <= '9') {
                d = cps[i] - '0';
            } else if (unicode && cps[i] >= 128 && Chars.uniIsDigit(cps[i])) {
                d = Character.digit(cps[i], 10);
                if (d < 0) {
                    return null;
                }
            } else {
                return null;
            }
            v = v > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE / 2 : v * 10 + d;
        }
        return neg ? -v : v;
    }

    private static boolean isPySpace(int c, boolean unicode) {
        if (unicode) {
            return Chars.uniIsSpace(c);
        }
        return c == ' ' || (c >= 9 && c <= 13);
    }

    // ---- escapes ----

    private static Item simpleEscape(int c) {
        switch (c) {
            case 'a': return Item.of(Sre.LITERAL, 7);
            case 'b': return Item.of(Sre.LITERAL, 8);
            case 'f': return Item.of(Sre.LITERAL, 12);
            case 'n': return Item.of(Sre.LITERAL, 10);
            case 'r': return Item.of(Sre.LITERAL, 13);
            case 't': return Item.of(Sre.LITERAL, 9);
            case 'v': return Item.of(Sre.LITERAL, 11);
            case '\\': return Item.of(Sre.LITERAL, '\\');
            default: return null;
        }
    }

    private static Item categoryIn(int cat) {
        List<Item> set = new ArrayList<>(1);
        set.add(Item.of(Sre.CATEGORY, cat));
        return Item.in(set);
    }

    /** The IN-valued entries of {@code CATEGORIES}. */
    private static Item categoryEscape(int c) {
        switch (c) {
            case 'd': return categoryIn(Sre.CATEGORY_DIGIT);
            case 'D': return categoryIn(Sre.CATEGORY_NOT_DIGIT);
            case 's': return categoryIn(Sre.CATEGORY_SPACE);
            case 'S': return categoryIn(Sre.CATEGORY_NOT_SPACE);
            case 'w': return categoryIn(Sre.CATEGORY_WORD);
            case 'W': return categoryIn(Sre.CATEGORY_NOT_WORD);
            default: return null;
        }
    }

    private static Item atEscape(int c) {
        switch (c) {
            case 'A': return Item.of(Sre.AT, Sre.AT_BEGINNING_STRING);
            case 'b': return Item.of(Sre.AT, Sre.AT_BOUNDARY);
            case 'B': return Item.of(Sre.AT, Sre.AT_NON_BOUNDARY);
            case 'Z': return Item.of(Sre.AT, Sre.AT_END_STRING);
            default: return null;
        }
    }

    private SreException bogus(String escape) {
        return SreException.error("bogus escape: " + repr(escape));
    }

    /** {@code _class_escape}. */
    private Item classEscape(int tok) {
        int c = escChar(tok);
        Item code = simpleEscape(c);
        if (code != null) {
            return code;
        }
        code = categoryEscape(c);
        if (code != null) {
            return code;
        }
        StringBuilder escape = new StringBuilder("\\").appendCodePoint(c);
        if (c == 'x') {
            while (isHexTok(next) && escape.length() < 4) {
                escape.appendCodePoint(get());
            }
            String digits = escape.substring(2);
            if (digits.length() != 2) {
                throw bogus("\\" + digits);
            }
            return Item.of(Sre.LITERAL, Integer.parseInt(digits, 16) & 0xff);
        } else if (c >= '0' && c <= '7') {
            while (isOctTok(next) && escape.length() < 4) {
                escape.appendCodePoint(get());
            }
            return Item.of(Sre.LITERAL, Integer.parseInt(escape.substring(1), 8) & 0xff);
        } else if (c >= '0' && c <= '9') {
            throw bogus(escape.toString());
        }
        return Item.of(Sre.LITERAL, c);
    }

    /** {@code _escape}. */
    private Item escape(int tok) {
        int c = escChar(tok);
        Item code = atEscape(c);
        if (code != null) {
            return code;
        }
        code = categoryEscape(c);
        if (code != null) {
            return code;
        }
        code = simpleEscape(c);
        if (code != null) {
            return code;
        }
        StringBuilder escape = new StringBuilder("\\").appendCodePoint(c);
        if (c == 'x') {
            while (isHexTok(next) && escape.length() < 4) {
                escape.appendCodePoint(get());
            }
            if (escape.length() != 4) {
                throw bogus(escape.toString());
            }
            return Item.of(Sre.LITERAL, Integer.parseInt(escape.substring(2), 16) & 0xff);
        } else if (c == '0') {
            while (isOctTok(next) && escape.length() < 4) {
                escape.appendCodePoint(get());
            }
            return Item.of(Sre.LITERAL, Integer.parseInt(escape.substring(1), 8) & 0xff);
        } else if (c >= '0' && c <= '9') {
            if (isDigitTok(next)) {
                escape.appendCodePoint(get());
                if (isOctTok(escape.charAt(1)) && isOctTok(escape.charAt(2)) && isOctTok(next)) {
                    escape.appendCodePoint(get());
                    return Item.of(Sre.LITERAL, Integer.parseInt(escape.substring(1), 8) & 0xff);
                }
            }
            int group = Integer.parseInt(escape.substring(1));
            if (group < groups) {
                if (!checkGroup(group)) {
                    throw SreException.error("cannot refer to open group");
                }
                if (lookbehind > 0) {
                    lookbehindWarnings++;
                }
                return Item.of(Sre.GROUPREF, group);
            }
            throw bogus(escape.toString());
        }
        return Item.of(Sre.LITERAL, c);
    }
}

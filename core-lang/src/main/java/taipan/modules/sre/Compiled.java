package taipan.modules.sre;

import java.util.Map;

/**
 * The Java fast path of {@code sre_compile.compile(string, flags)}: parse, generate code,
 * check it as {@code _sre.compile} does. Holds what the pattern object needs.
 */
final class Compiled {
    final Program program;
    /** flags | the pattern's inline flags. */
    final int flags;
    final int groups;
    /** Group name → number, in definition order. */
    final Map<String, Integer> groupindex;
    final Parser.Result parsed;

    private Compiled(Program program, int flags, int groups, Map<String, Integer> groupindex, Parser.Result parsed) {
        this.program = program;
        this.flags = flags;
        this.groups = groups;
        this.groupindex = groupindex;
        this.parsed = parsed;
    }

    static Compiled compile(int[] pattern, boolean unicode, int flags) {
        return compile(pattern, unicode, flags, Integer.MAX_VALUE);
    }

    static Compiled compile(int[] pattern, boolean unicode, int flags, int maxNesting) {
        Parser.Result r = Parser.parse(pattern, unicode, flags, maxNesting);
        long[] words = Compiler.code(r.tree, r.flags | flags);
        if (r.groups > 100) {
            throw new SreException(SreException.Kind.ASSERTION, "sorry, but this version only supports 100 named groups");
        }
        int allFlags = flags | r.flags;
        return new Compiled(program(words, allFlags, r.groups - 1), allFlags, r.groups - 1, r.groupdict, r);
    }

    /** {@code _sre.compile}'s checks on a code list: word range, then validation. */
    static Program program(long[] words, int flags, long groups) {
        int[] code = Compiler.toCode(words);
        if (!Validator.validate(code, groups)) {
            throw new SreException(SreException.Kind.RUNTIME, "invalid SRE code");
        }
        return new Program(code, flags, (int) groups);
    }
}

package taipan.modules.sre;

/**
 * The numbers of the {@code sre} program format (CPython 2.7's {@code sre_constants}): opcodes,
 * position ({@code AT_*}) and category ({@code CATEGORY_*}) codes, flags. The compiled
 * program is a sequence of 32-bit words exactly as {@code sre_compile} produces them, so
 * that code lists built by Python code run unchanged.
 */
final class Sre {
    private Sre() {}

    static final int MAGIC = 20031017;
    static final int CODESIZE = 4;
    /** 2**32 - 1: the "unbounded" repeat count. Stored in an int word as -1. */
    static final long MAXREPEAT = 0xFFFFFFFFL;
    static final long MAXCODE = 0xFFFFFFFFL;

    // ---- opcodes (their index in sre_constants.OPCODES) ----
    static final int FAILURE = 0;
    static final int SUCCESS = 1;
    static final int ANY = 2;
    static final int ANY_ALL = 3;
    static final int ASSERT = 4;
    static final int ASSERT_NOT = 5;
    static final int AT = 6;
    static final int BRANCH = 7;
    static final int CALL = 8;
    static final int CATEGORY = 9;
    static final int CHARSET = 10;
    static final int BIGCHARSET = 11;
    static final int GROUPREF = 12;
    static final int GROUPREF_EXISTS = 13;
    static final int GROUPREF_IGNORE = 14;
    static final int IN = 15;
    static final int IN_IGNORE = 16;
    static final int INFO = 17;
    static final int JUMP = 18;
    static final int LITERAL = 19;
    static final int LITERAL_IGNORE = 20;
    static final int MARK = 21;
    static final int MAX_UNTIL = 22;
    static final int MIN_UNTIL = 23;
    static final int NOT_LITERAL = 24;
    static final int NOT_LITERAL_IGNORE = 25;
    static final int NEGATE = 26;
    static final int RANGE = 27;
    static final int REPEAT = 28;
    static final int REPEAT_ONE = 29;
    static final int SUBPATTERN = 30;
    static final int MIN_REPEAT_ONE = 31;
    /** Parse-tree only (not opcodes). */
    static final int MAX_REPEAT = 32;
    static final int MIN_REPEAT = 33;

    static final String[] OP_NAMES = {
        "failure", "success", "any", "any_all", "assert", "assert_not", "at", "branch", "call",
        "category", "charset", "bigcharset", "groupref", "groupref_exists", "groupref_ignore",
        "in", "in_ignore", "info", "jump", "literal", "literal_ignore", "mark", "max_until",
        "min_until", "not_literal", "not_literal_ignore", "negate", "range", "repeat",
        "repeat_one", "subpattern", "min_repeat_one", "max_repeat", "min_repeat",
    };

    // ---- AT codes ----
    static final int AT_BEGINNING = 0;
    static final int AT_BEGINNING_LINE = 1;
    static final int AT_BEGINNING_STRING = 2;
    static final int AT_BOUNDARY = 3;
    static final int AT_NON_BOUNDARY = 4;
    static final int AT_END = 5;
    static final int AT_END_LINE = 6;
    static final int AT_END_STRING = 7;
    static final int AT_LOC_BOUNDARY = 8;
    static final int AT_LOC_NON_BOUNDARY = 9;
    static final int AT_UNI_BOUNDARY = 10;
    static final int AT_UNI_NON_BOUNDARY = 11;

    static final String[] AT_NAMES = {
        "at_beginning", "at_beginning_line", "at_beginning_string", "at_boundary",
        "at_non_boundary", "at_end", "at_end_line", "at_end_string", "at_loc_boundary",
        "at_loc_non_boundary", "at_uni_boundary", "at_uni_non_boundary",
    };

    // ---- categories ----
    static final int CATEGORY_DIGIT = 0;
    static final int CATEGORY_NOT_DIGIT = 1;
    static final int CATEGORY_SPACE = 2;
    static final int CATEGORY_NOT_SPACE = 3;
    static final int CATEGORY_WORD = 4;
    static final int CATEGORY_NOT_WORD = 5;
    static final int CATEGORY_LINEBREAK = 6;
    static final int CATEGORY_NOT_LINEBREAK = 7;
    static final int CATEGORY_LOC_WORD = 8;
    static final int CATEGORY_LOC_NOT_WORD = 9;
    static final int CATEGORY_UNI_DIGIT = 10;
    static final int CATEGORY_UNI_NOT_DIGIT = 11;
    static final int CATEGORY_UNI_SPACE = 12;
    static final int CATEGORY_UNI_NOT_SPACE = 13;
    static final int CATEGORY_UNI_WORD = 14;
    static final int CATEGORY_UNI_NOT_WORD = 15;
    static final int CATEGORY_UNI_LINEBREAK = 16;
    static final int CATEGORY_UNI_NOT_LINEBREAK = 17;

    static final String[] CH_NAMES = {
        "category_digit", "category_not_digit", "category_space", "category_not_space",
        "category_word", "category_not_word", "category_linebreak", "category_not_linebreak",
        "category_loc_word", "category_loc_not_word", "category_uni_digit",
        "category_uni_not_digit", "category_uni_space", "category_uni_not_space",
        "category_uni_word", "category_uni_not_word", "category_uni_linebreak",
        "category_uni_not_linebreak",
    };

    // ---- flags ----
    static final int FLAG_TEMPLATE = 1;
    static final int FLAG_IGNORECASE = 2;
    static final int FLAG_LOCALE = 4;
    static final int FLAG_MULTILINE = 8;
    static final int FLAG_DOTALL = 16;
    static final int FLAG_UNICODE = 32;
    static final int FLAG_VERBOSE = 64;
    static final int FLAG_DEBUG = 128;

    static final int INFO_PREFIX = 1;
    static final int INFO_LITERAL = 2;
    static final int INFO_CHARSET = 4;

    static int opcodeByName(String name) {
        for (int i = 0; i < OP_NAMES.length; i++) {
            if (OP_NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code AT_MULTILINE}. */
    static int atMultiline(int at) {
        return at == AT_BEGINNING ? AT_BEGINNING_LINE : at == AT_END ? AT_END_LINE : at;
    }

    /** {@code AT_LOCALE}. */
    static int atLocale(int at) {
        return at == AT_BOUNDARY ? AT_LOC_BOUNDARY : at == AT_NON_BOUNDARY ? AT_LOC_NON_BOUNDARY : at;
    }

    /** {@code AT_UNICODE}. */
    static int atUnicode(int at) {
        return at == AT_BOUNDARY ? AT_UNI_BOUNDARY : at == AT_NON_BOUNDARY ? AT_UNI_NON_BOUNDARY : at;
    }

    /** {@code CH_LOCALE[cat]} (only defined for the eight basic categories). */
    static int chLocale(int cat) {
        switch (cat) {
            case CATEGORY_WORD: return CATEGORY_LOC_WORD;
            case CATEGORY_NOT_WORD: return CATEGORY_LOC_NOT_WORD;
            default: return cat;
        }
    }

    /** {@code CH_UNICODE[cat]} (only defined for the eight basic categories). */
    static int chUnicode(int cat) {
        return cat <= CATEGORY_NOT_LINEBREAK ? cat + CATEGORY_UNI_DIGIT : cat;
    }
}

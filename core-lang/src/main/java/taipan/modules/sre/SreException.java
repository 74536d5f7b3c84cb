package taipan.modules.sre;

/**
 * A failure of the Java side of the re module (parser, compiler, template parser), turned
 * into the Python exception 2.7 raises by {@link SreModule}: {@code sre_constants.error}
 * for {@link Kind#ERROR}, the builtin exception otherwise. No stack trace is recorded.
 */
final class SreException extends RuntimeException {
    enum Kind { ERROR, OVERFLOW, ASSERTION, INDEX, RUNTIME }

    final Kind kind;

    SreException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    static SreException error(String message) {
        return new SreException(Kind.ERROR, message);
    }
}

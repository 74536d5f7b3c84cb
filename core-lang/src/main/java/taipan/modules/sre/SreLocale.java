package taipan.modules.sre;

/**
 * The C library's character classification for the current LC_CTYPE locale, as the
 * LOCALE flag of the re module sees it ({@code isalnum}/{@code tolower} on codes 0..255).
 * The default is the "C" locale (ASCII). The locale module calls {@link #setCtype} when
 * {@code setlocale} changes LC_CTYPE; ISO-8859-1 locales classify Latin-1 letters as
 * glibc does, every other locale keeps bytes above 127 unclassified (as glibc's UTF-8
 * locales do for single bytes).
 */
public final class SreLocale {
    private SreLocale() {}

    private static volatile boolean latin1;

    /** Records the LC_CTYPE locale name in effect (e.g. "C", "en_US.ISO-8859-1", "en_US.utf8"). */
    public static void setCtype(String localeName) {
        String n = localeName == null ? "" : localeName.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        latin1 = n.endsWith("iso88591") || n.endsWith("latin1") || n.endsWith("iso885915");
    }

    static boolean isAlnum(int ch) {
        if (ch < 128) {
            return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        }
        if (!latin1) {
            return false;
        }
        return ch == 0xaa || ch == 0xb5 || ch == 0xba || (ch >= 0xc0 && ch != 0xd7 && ch != 0xf7);
    }

    static int toLower(int ch) {
        if (ch >= 'A' && ch <= 'Z') {
            return ch + 32;
        }
        if (latin1 && ch >= 0xc0 && ch <= 0xde && ch != 0xd7) {
            return ch + 32;
        }
        return ch;
    }
}

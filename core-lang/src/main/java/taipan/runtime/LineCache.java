package taipan.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Source lines for tracebacks and syntax errors: from files or from our library resources. */
public final class LineCache {
    private LineCache() {}

    /** Prefix of sys.path entries and __file__ values that name resources on the class path. */
    public static final String CLASSPATH_PREFIX = "__pyclasspath__/";

    /** Line {@code n} (1-based) of a file, with its newline, or null. */
    public static String getLine(String filename, int n) {
        byte[] data = read(filename);
        return data == null ? null : lineOf(data, n);
    }

    public static byte[] read(String filename) {
        try {
            if (filename.startsWith(CLASSPATH_PREFIX)) {
                String res = "taipan/lib/" + filename.substring(CLASSPATH_PREFIX.length());
                try (InputStream in = LineCache.class.getClassLoader().getResourceAsStream(res)) {
                    return in == null ? null : in.readAllBytes();
                }
            }
            Path p = Path.of(filename);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            return Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Line {@code n} (1-based) of source bytes (read as ISO-8859-1), with its newline, or null. */
    public static String lineOf(byte[] source, int n) {
        if (n < 1) {
            return null;
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i < source.length && line < n; i++) {
            if (source[i] == '\n' || (source[i] == '\r' && (i + 1 >= source.length || source[i + 1] != '\n'))) {
                line++;
                start = i + 1;
            }
        }
        if (line != n || start >= source.length) {
            return null;
        }
        int end = start;
        while (end < source.length && source[end] != '\n' && source[end] != '\r') {
            end++;
        }
        String s = new String(source, start, end - start, StandardCharsets.ISO_8859_1);
        return s + "\n";
    }
}

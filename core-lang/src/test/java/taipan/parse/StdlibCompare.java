package taipan.parse;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

/**
 * Dev-time check (needs the output of stdlib_dump.py run by CPython 2.7): parses every file it
 * lists in string mode and compares ast.dump (with and without attributes) or the error.
 * Usage: StdlibCompare cpython.txt [maxReports]
 */
public final class StdlibCompare {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.ISO_8859_1);
        int maxReports = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int ok = 0, attrOnly = 0, bad = 0, errOk = 0, reports = 0;
        long bytes = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            String path = f[0];
            byte[] src = Files.readAllBytes(Path.of(path));
            bytes += src.length;
            String mine;
            String mineAttr = null;
            try {
                ParseResult r = Parser.parse(src, path, "exec", Parser.STRING_INPUT);
                mine = "OK\t" + md5(AstDump.dump(r.tree(), false));
                mineAttr = md5(AstDump.dump(r.tree(), true));
            } catch (ParseError e) {
                mine = "ERR\t" + e.kind().pythonName + "\t" + pyRepr(e.msg()) + "\t"
                        + (e.kind() == ParseError.Kind.VALUE_ERROR || e.kind() == ParseError.Kind.MEMORY_ERROR ? "None" : e.line())
                        + "\t" + (e.offset() == null ? "None" : e.offset());
            } catch (Throwable t) {
                mine = "CRASH\t" + t;
                t.printStackTrace();
            }
            String expected = f[1].equals("OK") ? "OK\t" + f[2] : line.substring(path.length() + 1);
            if (mine.equals(expected)) {
                if (f[1].equals("OK")) {
                    if (mineAttr.equals(f[3])) ok++;
                    else {
                        attrOnly++;
                        if (reports++ < maxReports) System.out.println("ATTR " + path);
                    }
                } else {
                    errOk++;
                }
            } else {
                bad++;
                if (reports++ < maxReports) System.out.println("DIFF " + path + "\n   cpython: " + expected + "\n   taipan:  " + mine);
            }
        }
        System.out.printf("files %d: identical %d, errors identical %d, attributes differ %d, different %d%n",
                          lines.size(), ok, errOk, attrOnly, bad);
        // timing: parse everything again, warm
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (String line : lines) {
                String path = line.split("\t")[0];
                try {
                    Parser.parse(Files.readAllBytes(Path.of(path)), path, "exec", Parser.STRING_INPUT);
                } catch (ParseError e) {
                    // expected for the bad files
                }
            }
            System.out.printf("round %d: %d files, %d bytes in %d ms%n", round, lines.size(), bytes,
                              (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static String md5(String s) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        byte[] d = md.digest(s.getBytes(StandardCharsets.ISO_8859_1));
        return String.format("%032x", new BigInteger(1, d));
    }

    /** repr() of a message as Python 2 prints it (messages are ASCII here). */
    static String pyRepr(String s) {
        return AstDump.strRepr(s);
    }

    private StdlibCompare() {}
}

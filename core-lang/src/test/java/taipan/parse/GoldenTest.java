package taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Compares the parser with CPython 2.7 on the cases of snippets.txt (golden.txt, made by gen_golden.py). */
class GoldenTest {
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GoldenTest.class.getResourceAsStream("golden.txt"), StandardCharsets.ISO_8859_1))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", 4);
                byte[] src = HexFormat.of().parseHex(f[2]);
                String name = ++n + ": " + f[0] + " " + f[1] + " "
                        + AstDump.strRepr(new String(src, StandardCharsets.ISO_8859_1)).replaceAll("(.{70}).+", "$1...");
                out.add(Arguments.of(name, f[0], f[1], src, f[3]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesCPython(String name, String mode, String opts, byte[] src, String expected) {
        assertEquals(expected, run(mode, opts, src, expected));
    }

    /** Taipan's result in the golden format. */
    static String run(String mode, String opts, byte[] src, String expected) {
        List<String> o = List.of(opts.split(","));
        int flags = 0;
        if (o.contains("dontimply")) flags |= Parser.PyCF_DONT_IMPLY_DEDENT;
        if (o.contains("pf")) flags |= Parser.CO_FUTURE_PRINT_FUNCTION;
        if (o.contains("ul")) flags |= Parser.CO_FUTURE_UNICODE_LITERALS;
        boolean file = o.contains("file");
        try {
            ParseResult r;
            if (o.contains("uni")) {
                r = Parser.parse(new String(src, StandardCharsets.UTF_8), "<s>", mode, flags);
            } else {
                r = Parser.parse(src, file ? "t.py" : "<s>", mode, flags | (file ? 0 : Parser.STRING_INPUT));
            }
            String[] e = expected.split("\t", 3);
            String ff = e.length == 3 && e[0].equals("OK") && !e[1].equals("None")
                    ? Integer.toString(r.futureFlags() & 0x3e000) : "None";
            return "OK\t" + ff + "\t" + AstDump.dump(r.tree());
        } catch (ParseError e) {
            boolean noLine = e.kind() == ParseError.Kind.VALUE_ERROR || e.kind() == ParseError.Kind.MEMORY_ERROR;
            String text;
            if (e.textFromFile()) {
                String[] x = expected.split("\t");
                text = x.length > 5 ? x[5] : "None";
            } else {
                text = e.text() == null ? "None" : AstDump.strRepr(e.text());
            }
            return "ERR\t" + e.kind().pythonName + "\t" + AstDump.strRepr(e.msg()) + "\t"
                    + (noLine ? "None" : Integer.toString(e.line())) + "\t"
                    + (e.offset() == null ? "None" : e.offset().toString()) + "\t" + text;
        }
    }
}

package taipan.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev-time: prints AstDump of a file (string mode) or its error. Usage: DumpFile path [--attrs] [--file] */
public final class DumpFile {
    public static void main(String[] args) throws Exception {
        boolean attrs = args.length > 1 && java.util.Arrays.asList(args).contains("--attrs");
        boolean file = java.util.Arrays.asList(args).contains("--file");
        try {
            ParseResult r = Parser.parse(Files.readAllBytes(Path.of(args[0])), args[0], "exec",
                                         file ? 0 : Parser.STRING_INPUT);
            System.out.println(AstDump.dump(r.tree(), attrs));
        } catch (ParseError e) {
            System.out.println(e.kind().pythonName + ": " + e.msg() + " line=" + e.line() + " off=" + e.offset()
                               + " text=" + e.text());
        }
    }

    private DumpFile() {}
}

package taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the in-scope files of the Jython 2.7 {@code Lib/test} corpus, each in its own Taipan
 * process (fresh temp dir as cwd and TMPDIR, stdin closed, a time limit), with Taipan's own
 * {@code unittest} and the corpus' {@code test_support}. Files listed in
 * {@code expected-pass.txt} must pass; the scoreboard goes to {@code target/scoreboard.txt}
 * and {@code .json}.
 */
class ConformanceTest {
    static final long TIMEOUT_S = Long.getLong("taipan.conformance.timeout", 180);
    /**
     * Wall-clock budget for the files not in expected-pass.txt: those run after the expected
     * ones and are reported as "skipped" once the budget is spent, so a slow corpus cannot
     * push .ci/run past its limit. Expected files always run.
     */
    static final long BUDGET_S = Long.getLong("taipan.conformance.budget", 1200);
    static final int WORKERS = Integer.getInteger("taipan.conformance.workers", 2);

    /** The outcome of one corpus file. */
    record Result(String area, String file, String status, int tests, int failures, int errors, double seconds, String output) {
        boolean passed() {
            return status.equals("pass");
        }
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws Exception {
        Path corpus = Path.of(System.getProperty("taipan.corpus", "target/corpus/Lib"));
        assertTrue(Files.isDirectory(corpus.resolve("test")), "corpus unpacked at " + corpus);
        Map<String, String> areaOf = readScope();
        Set<String> expected = readList("/expected-pass.txt");
        String only = System.getProperty("taipan.conformance.only");
        List<String> files = new ArrayList<>();
        for (String f : areaOf.keySet()) {
            if (only == null || List.of(only.split(",")).contains(f) || List.of(only.split(",")).contains(areaOf.get(f))) {
                files.add(f);
            }
        }
        // expected files first: they always run; the others share the remaining budget
        files.sort(Comparator.comparing(f -> !expected.contains(f)));
        long deadline = System.nanoTime() + BUDGET_S * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        Map<String, Future<Result>> futures = new LinkedHashMap<>();
        for (String f : files) {
            boolean mustRun = expected.contains(f);
            futures.put(f, pool.submit(() -> mustRun || System.nanoTime() < deadline
                    ? runFile(corpus, areaOf.get(f), f)
                    : new Result(areaOf.get(f), f, "skipped", 0, 0, 0, 0, "conformance budget spent")));
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (Map.Entry<String, Future<Result>> e : futures.entrySet()) {
            results.put(e.getKey(), e.getValue().get());
        }
        pool.shutdown();
        // each file's output, for reading failures: target/conformance-logs/<file>.txt
        Path logs = Path.of(System.getProperty("taipan.scoreboard", "target"), "conformance-logs");
        Files.createDirectories(logs);
        for (Result r : results.values()) {
            Files.writeString(logs.resolve(r.file() + ".txt"), r.output(), StandardCharsets.ISO_8859_1);
        }
        Scoreboard.write(results.values(), expected, Path.of(System.getProperty("taipan.scoreboard", "target")));
        List<DynamicTest> tests = new ArrayList<>();
        for (Result r : results.values()) {
            boolean mustPass = expected.contains(r.file());
            tests.add(DynamicTest.dynamicTest(r.area() + "/" + r.file(), () -> {
                if (mustPass && !r.passed()) {
                    throw new AssertionError(r.file() + " is expected to pass but " + r.status()
                            + " (tests " + r.tests() + ", failures " + r.failures() + ", errors " + r.errors() + ")\n"
                            + tail(r.output(), 4000));
                }
            }));
        }
        return tests.stream();
    }

    static String tail(String s, int n) {
        return s.length() <= n ? s : "...\n" + s.substring(s.length() - n);
    }

    static Map<String, String> readScope() throws IOException {
        Map<String, String> areaOf = new LinkedHashMap<>();
        for (String line : new String(ConformanceTest.class.getResourceAsStream("/scope.txt").readAllBytes(),
                StandardCharsets.UTF_8).split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#") || !line.contains(":")) {
                continue;
            }
            String area = line.substring(0, line.indexOf(':')).strip();
            for (String f : line.substring(line.indexOf(':') + 1).strip().split("\\s+")) {
                areaOf.put(f, area);
            }
        }
        return areaOf;
    }

    static Set<String> readList(String resource) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : new String(ConformanceTest.class.getResourceAsStream(resource).readAllBytes(),
                StandardCharsets.UTF_8).split("\n")) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    static final String RUNNER = String.join("\n",
            "import sys",
            "name = sys.argv[1]",
            "# the corpus' test packages of json, email and unittest join Taipan's own packages",
            "for _pkg in ('json', 'email', 'unittest'):",
            "    try:",
            "        __import__(_pkg).__path__.append(sys.argv[2] + '/' + _pkg)",
            "    except ImportError:",
            "        pass",
            "try:",
            "    from test import test_support",
            "    test_support.use_resources = ['network'] if name in ('test_socketserver', 'test_socket', 'test_select', 'test_poll', 'test_asyncore', 'test_asynchat', 'test_httplib', 'test_urllib2_localnet', 'test_httpservers', 'test_SimpleHTTPServer', 'test_timeout', 'test_ftplib', 'test_smtplib', 'test_poplib', 'test_imaplib', 'test_telnetlib', 'test_socket_jy', 'test_select_new', 'test_urllib') else []",
            "except ImportError:",
            "    pass",
            "mod = __import__('test.' + name, fromlist=[name])",
            "if hasattr(mod, 'test_main'):",
            "    mod.test_main()",
            "else:",
            "    import unittest",
            "    unittest.main(module=mod, argv=[name])",
            "");

    static final Pattern RAN = Pattern.compile("Ran (\\d+) tests?");
    static final Pattern FAILED = Pattern.compile("FAILED \\(([^)]*)\\)");

    static Result runFile(Path corpus, String area, String file) {
        long start = System.nanoTime();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("taipan-conf-" + file);
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-XX:+UseSerialGC");
            cmd.add("-Xss8m");
            cmd.add("--add-opens");
            cmd.add("java.base/java.io=ALL-UNNAMED");
            cmd.add("--add-opens");
            cmd.add("java.base/sun.nio.ch=ALL-UNNAMED");
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("taipan.cli.Main");
            cmd.add("-c");
            cmd.add(RUNNER);
            cmd.add(file);
            cmd.add(corpus.toAbsolutePath().toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().put("TMPDIR", dir.toString());
            pb.environment().put("PYTHONPATH", corpus.toAbsolutePath().toString());
            pb.environment().remove("PYTHONSTARTUP");
            Path log = dir.resolve(".output");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            boolean done = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            String out = Files.readString(log, StandardCharsets.ISO_8859_1);
            int tests = 0, failures = 0, errors = 0;
            Matcher m = RAN.matcher(out);
            while (m.find()) {
                tests += Integer.parseInt(m.group(1));
            }
            Matcher f = FAILED.matcher(out);
            while (f.find()) {
                for (String part : f.group(1).split(",\\s*")) {
                    String[] kv = part.split("=");
                    if (kv.length == 2 && kv[0].equals("failures")) {
                        failures += Integer.parseInt(kv[1].strip());
                    } else if (kv.length == 2 && kv[0].equals("errors")) {
                        errors += Integer.parseInt(kv[1].strip());
                    }
                }
            }
            String status = !done ? "timeout" : p.exitValue() == 0 ? "pass" : "fail";
            return new Result(area, file, status, tests, failures, errors, (System.nanoTime() - start) / 1e9, out);
        } catch (IOException | InterruptedException e) {
            return new Result(area, file, "fail", 0, 0, 0, (System.nanoTime() - start) / 1e9, e.toString());
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}

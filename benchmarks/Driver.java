import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Benchmark driver: runs each workload with CPython 2.7, Jython 2.7 and Taipan in one run
 * and prints a table of results and ratios.
 *
 * <p>Usage (from the project root): {@code java benchmarks/Driver.java [benchmark ...]}.
 * Benchmarks: {@code pystone} (pystones/second after warm-up, higher is better),
 * {@code startup} (wall time of {@code -c pass}, lower is better), and every
 * {@code benchmarks/py/bench_*.py} script (each prints {@code SCORE <value> <unit>}; higher is
 * better). Interpreters are found as: CPython at {@code $CPYTHON} or pyenv's 2.7.18; Jython
 * at {@code $JYTHON_JAR} or Maven's org.python:jython-standalone:2.7.4 (fetched with mvn if
 * missing); Taipan at {@code bin/taipan}. A missing interpreter is reported and skipped.
 */
public class Driver {
    static final Path TOP = Path.of("").toAbsolutePath();
    static final Path WORK = TOP.resolve("benchmarks/target");

    record Interp(String name, List<String> command) {}

    public static void main(String[] args) throws Exception {
        Files.createDirectories(WORK);
        List<Interp> interps = new ArrayList<>();
        String cpy = cpython();
        if (cpy != null) {
            interps.add(new Interp("CPython 2.7", List.of(cpy)));
        } else {
            System.err.println("CPython 2.7 not found: skipped");
        }
        String jy = jythonJar();
        if (jy != null) {
            interps.add(new Interp("Jython 2.7", List.of("java", "-jar", jy)));
        } else {
            System.err.println("Jython 2.7 not found: skipped");
        }
        interps.add(new Interp("Taipan", List.of(TOP.resolve("bin/taipan").toString())));
        run(interps, List.of("-c", "pass"), false); // builds Taipan on first use

        List<String> names = new ArrayList<>(Arrays.asList(args));
        if (names.isEmpty()) {
            names.add("startup");
            names.add("pystone");
            try (var s = Files.list(TOP.resolve("benchmarks/py"))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("bench_") && n.endsWith(".py")).sorted()
                        .forEach(n -> names.add(n.substring(6, n.length() - 3)));
            }
        }
        Map<String, double[]> results = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String b : names) {
            double[] r = new double[interps.size()];
            for (int i = 0; i < interps.size(); i++) {
                Interp in = interps.get(i);
                try {
                    r[i] = measure(b, in, units);
                } catch (Exception e) {
                    System.err.println(b + " on " + in.name() + " failed: " + e.getMessage());
                    r[i] = Double.NaN;
                }
                System.err.printf("%-12s %-12s %12.3f %s%n", b, in.name(), r[i], units.getOrDefault(b, ""));
            }
            results.put(b, r);
        }
        printTable(interps, results, units);
    }

    static double measure(String bench, Interp in, Map<String, String> units) throws Exception {
        if (bench.equals("startup")) {
            units.put(bench, "s (lower is better)");
            double[] t = new double[11];
            for (int i = 0; i < t.length; i++) {
                long s = System.nanoTime();
                run(List.of(in), List.of("-c", "pass"), true);
                t[i] = (System.nanoTime() - s) / 1e9;
            }
            Arrays.sort(t);
            return t[t.length / 2];
        }
        List<String> args = new ArrayList<>();
        if (bench.equals("pystone")) {
            args.add(TOP.resolve("benchmarks/py/pystone_warm.py").toString());
            args.add(pystoneDir().toString());
            args.add("50000");
            args.add("6");
        } else {
            args.add(TOP.resolve("benchmarks/py/bench_" + bench + ".py").toString());
        }
        String out = run(List.of(in), args, true);
        for (String line : out.split("\n")) {
            if (line.startsWith("SCORE ")) {
                String[] p = line.split(" ", 3);
                units.put(bench, (p.length > 2 ? p[2] : "") + " (higher is better)");
                return Double.parseDouble(p[1]);
            }
        }
        throw new IOException("no SCORE line in output: " + out);
    }

    static String run(List<Interp> in, List<String> args, boolean check) throws Exception {
        String out = "";
        for (Interp i : in) {
            List<String> cmd = new ArrayList<>(i.command());
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] b = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("timeout");
            }
            out = new String(b, StandardCharsets.UTF_8);
            if (check && p.exitValue() != 0) {
                throw new IOException("exit " + p.exitValue() + ": " + out);
            }
        }
        return out;
    }

    static void printTable(List<Interp> interps, Map<String, double[]> results, Map<String, String> units) {
        StringBuilder sb = new StringBuilder("\n| benchmark |");
        for (Interp i : interps) {
            sb.append(' ').append(i.name()).append(" |");
        }
        int taipan = interps.size() - 1;
        for (int i = 0; i < taipan; i++) {
            sb.append(" Taipan vs ").append(interps.get(i).name()).append(" |");
        }
        sb.append("\n|---|");
        sb.append("---|".repeat(interps.size() + taipan));
        for (Map.Entry<String, double[]> e : results.entrySet()) {
            double[] r = e.getValue();
            sb.append("\n| ").append(e.getKey()).append(" (").append(units.getOrDefault(e.getKey(), "")).append(") |");
            for (double v : r) {
                sb.append(String.format(" %.3f |", v));
            }
            boolean lowerBetter = units.getOrDefault(e.getKey(), "").contains("lower");
            for (int i = 0; i < taipan; i++) {
                double ratio = lowerBetter ? r[i] / r[taipan] : r[taipan] / r[i];
                sb.append(String.format(" %.2fx |", ratio));
            }
        }
        sb.append("\n\nRatios above 1 mean Taipan is faster.\n");
        System.out.print(sb);
    }

    static String cpython() {
        String env = System.getenv("CPYTHON");
        if (env != null && new File(env).canExecute()) {
            return env;
        }
        Path p = Path.of(System.getProperty("user.home"), ".pyenv/versions/2.7.18/bin/python2.7");
        return Files.isExecutable(p) ? p.toString() : null;
    }

    static Path m2(String group, String artifact, String version) {
        return Path.of(System.getProperty("user.home"), ".m2/repository", group.replace('.', '/'), artifact, version,
                artifact + "-" + version + ".jar");
    }

    static Path fetch(String group, String artifact, String version) throws Exception {
        Path jar = m2(group, artifact, version);
        if (!Files.exists(jar)) {
            new ProcessBuilder("mvn", "-q", "dependency:get", "-Dartifact=" + group + ":" + artifact + ":" + version)
                    .inheritIO().start().waitFor();
        }
        return Files.exists(jar) ? jar : null;
    }

    static String jythonJar() throws Exception {
        String env = System.getenv("JYTHON_JAR");
        if (env != null && new File(env).exists()) {
            return env;
        }
        Path jar = fetch("org.python", "jython-standalone", "2.7.4");
        return jar == null ? null : jar.toString();
    }

    /** pystone.py from the Jython installer's Lib/test (the conformance corpus artifact). */
    static Path pystoneDir() throws Exception {
        Path dir = WORK.resolve("pystone");
        Path file = dir.resolve("pystone.py");
        if (Files.exists(file)) {
            return dir;
        }
        Path jar = fetch("org.python", "jython-installer", "2.7.3");
        if (jar == null) {
            throw new IOException("cannot fetch org.python:jython-installer:2.7.3");
        }
        Files.createDirectories(dir);
        try (JarFile jf = new JarFile(jar.toFile())) {
            ZipEntry e = jf.getEntry("Lib/test/pystone.py");
            try (InputStream in = jf.getInputStream(e)) {
                Files.copy(in, file);
            }
        }
        return dir;
    }
}

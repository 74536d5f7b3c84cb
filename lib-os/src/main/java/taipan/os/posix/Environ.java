package taipan.os.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import taipan.runtime.*;

/** posix.environ: the process environment as it was at start-up, as a dict of str to str. */
final class Environ {
    private Environ() {}

    static PyDict initial() {
        PyDict d = new PyDict();
        byte[] all;
        try {
            // the exact bytes (System.getenv() decodes them)
            all = Files.readAllBytes(Path.of("/proc/self/environ"));
        } catch (IOException | RuntimeException e) {
            for (Map.Entry<String, String> en : System.getenv().entrySet()) {
                d.setItem(PyStr.of(en.getKey().getBytes(StandardCharsets.UTF_8)),
                        PyStr.of(en.getValue().getBytes(StandardCharsets.UTF_8)));
            }
            return d;
        }
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == 0) {
                if (i > start) {
                    int eq = start;
                    while (eq < i && all[eq] != '=') {
                        eq++;
                    }
                    if (eq < i) {
                        PyStr k = PyStr.of(all, start, eq);
                        // the first definition of a name wins, as getenv() sees it
                        if (d.getItem(k) == null) {
                            d.setItem(k, PyStr.of(all, eq + 1, i));
                        }
                    }
                }
                start = i + 1;
            }
        }
        return d;
    }
}

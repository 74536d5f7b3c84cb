package taipan.threads;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.runtime.ModuleProvider;

/** The builtin (Java) modules of lib-threads. */
public final class ThreadsModules implements ModuleProvider {
    @Override
    public Map<String, String> modules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("thread", "taipan.threads.thread.ThreadModule");
        return m;
    }
}

package taipan.serialization;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.runtime.ModuleProvider;

/** The builtin (Java) modules of lib-serialization. */
public final class SerializationModules implements ModuleProvider {
    @Override
    public Map<String, String> modules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("marshal", "taipan.serialization.marshal.MarshalModule");
        return m;
    }
}

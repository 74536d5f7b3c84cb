package taipan.encoding;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.runtime.ModuleProvider;

/** The builtin (Java) modules of lib-encoding. */
public final class EncodingModules implements ModuleProvider {
    @Override
    public Map<String, String> modules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("_struct", "taipan.encoding.struct.StructModule");
        m.put("array", "taipan.encoding.array.ArrayModule");
        m.put("binascii", "taipan.encoding.binascii.BinasciiModule");
        m.put("zlib", "taipan.encoding.zlib.ZlibModule");
        return m;
    }
}

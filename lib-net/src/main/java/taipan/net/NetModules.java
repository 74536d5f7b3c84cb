package taipan.net;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.runtime.ModuleProvider;

/** The builtin (Java) modules of lib-net. */
public final class NetModules implements ModuleProvider {
    @Override
    public Map<String, String> modules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("_socket", "taipan.net.socket.SocketModule");
        m.put("select", "taipan.net.select.SelectModule");
        return m;
    }
}

package taipan.os;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.runtime.ModuleProvider;

/** The builtin (Java) modules of lib-os. */
public final class OsModules implements ModuleProvider {
    @Override
    public Map<String, String> modules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("posix", "taipan.os.posix.PosixModule");
        m.put("errno", "taipan.os.errno.ErrnoModule");
        m.put("pwd", "taipan.os.pwd.PwdModule");
        m.put("grp", "taipan.os.grp.GrpModule");
        m.put("fcntl", "taipan.os.fcntl.FcntlModule");
        m.put("resource", "taipan.os.resource.ResourceModule");
        m.put("_posixsubprocess", "taipan.os.posixsubprocess.PosixSubprocessModule");
        m.put("signal", "taipan.os.signal.SignalModule");
        m.put("_locale", "taipan.os.locale.LocaleModule");
        return m;
    }
}

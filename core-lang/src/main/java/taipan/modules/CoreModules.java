package taipan.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.runtime.ModuleProvider;

/** The builtin (Java) modules of core-lang. */
public final class CoreModules implements ModuleProvider {
    @Override
    public Map<String, String> modules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("__builtin__", "taipan.modules.builtin.BuiltinModule");
        m.put("sys", "taipan.modules.sys.SysModule");
        m.put("exceptions", "taipan.modules.exceptions.ExceptionsModule");
        m.put("_taipan", "taipan.modules.taipan.TaipanModule");
        m.put("operator", "taipan.modules.operator.OperatorModule");
        m.put("itertools", "taipan.modules.itertools.ItertoolsModule");
        m.put("_collections", "taipan.modules.collections.CollectionsModule");
        m.put("_functools", "taipan.modules.functools.FunctoolsModule");
        m.put("time", "taipan.modules.time.TimeModule");
        m.put("_sre", "taipan.modules.sre.SreModule");
        m.put("_weakref", "taipan.modules.weakref.WeakrefModule");
        m.put("gc", "taipan.modules.gc.GcModule");
        m.put("_warnings", "taipan.modules.warnings.WarningsModule");
        m.put("_json", "taipan.modules.json.JsonModule");
        m.put("cStringIO", "taipan.modules.cstringio.CStringIOModule");
        m.put("_codecs", "taipan.modules.codecs.CodecsModule");
        m.put("math", "taipan.modules.math.MathModule");
        m.put("cmath", "taipan.modules.cmath.CmathModule");
        m.put("_random", "taipan.modules.random.RandomModule");
        m.put("_md5", "taipan.modules.hashlib.Md5Module");
        m.put("_sha", "taipan.modules.hashlib.ShaModule");
        m.put("_sha256", "taipan.modules.hashlib.Sha256Module");
        m.put("_sha512", "taipan.modules.hashlib.Sha512Module");
        return m;
    }
}

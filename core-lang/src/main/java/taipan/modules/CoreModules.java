package taipan.modules;

import java.util.Map;

import taipan.runtime.ModuleProvider;

/** The builtin (Java) modules of core-lang. */
public final class CoreModules implements ModuleProvider {
    @Override
    public Map<String, String> modules() {
        return Map.of(
                "__builtin__", "taipan.modules.builtin.BuiltinModule",
                "sys", "taipan.modules.sys.SysModule",
                "exceptions", "taipan.modules.exceptions.ExceptionsModule",
                "_taipan", "taipan.modules.taipan.TaipanModule",
                "operator", "taipan.modules.operator.OperatorModule",
                "itertools", "taipan.modules.itertools.ItertoolsModule");
    }
}

package taipan.modules.collections;

import taipan.runtime.PyModule;
import taipan.runtime.PyModuleDef;

/** {@code _collections}: deque and defaultdict. */
@PyModuleDef(name = "_collections", doc = "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n")
public final class CollectionsModule {
    private CollectionsModule() {}

    static void init(PyModule m) {
        m.set("deque", PyDeque.TYPE);
        m.set("defaultdict", PyDefaultDict.TYPE);
    }
}

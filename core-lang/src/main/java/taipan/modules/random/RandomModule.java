package taipan.modules.random;

import taipan.runtime.PyModule;
import taipan.runtime.PyModuleDef;

/** {@code _random}: the Mersenne Twister behind random.Random. */
@PyModuleDef(name = "_random", doc = "Module implements the Mersenne Twister random number generator.")
public final class RandomModule {
    private RandomModule() {}

    static void init(PyModule m) {
        m.set("Random", PyRandom.TYPE);
    }
}

package taipan.encoding.array;

import taipan.runtime.*;

/** {@code array}: efficient arrays of numeric values and characters. */
@PyModuleDef(name = "array", doc = "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.  The\ntype is specified at object creation time by using a type code, which\nis a single character.")
public final class ArrayModule {
    private ArrayModule() {}

    static void init(PyModule m) {
        m.set("array", PyArray.TYPE);
        m.set("ArrayType", PyArray.TYPE);
    }
}

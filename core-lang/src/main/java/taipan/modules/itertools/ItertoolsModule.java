package taipan.modules.itertools;

import taipan.runtime.PyModule;
import taipan.runtime.PyModuleDef;

/** The {@code itertools} module: every 2.7 iterator type. */
@PyModuleDef(name = "itertools", doc = "Functional tools for creating and using iterators.")
public final class ItertoolsModule {
    private ItertoolsModule() {}

    static void init(PyModule m) {
        m.set("count", Iterators.Count.TYPE);
        m.set("cycle", Iterators.Cycle.TYPE);
        m.set("repeat", Iterators.Repeat.TYPE);
        m.set("chain", Iterators.Chain.TYPE);
        m.set("compress", Iterators.Compress.TYPE);
        m.set("dropwhile", Iterators.DropWhile.TYPE);
        m.set("takewhile", Iterators.TakeWhile.TYPE);
        m.set("groupby", GroupBy.TYPE);
        m.set("ifilter", Iterators.IFilter.TYPE);
        m.set("ifilterfalse", Iterators.IFilterFalse.TYPE);
        m.set("imap", Iterators.IMap.TYPE);
        m.set("starmap", Iterators.StarMap.TYPE);
        m.set("islice", Iterators.ISlice.TYPE);
        m.set("izip", Iterators.IZip.TYPE);
        m.set("izip_longest", Iterators.IZipLongest.TYPE);
        m.set("tee", Tee.teeFunction());
        m.set("product", Combinatorics.Product.TYPE);
        m.set("permutations", Combinatorics.Permutations.TYPE);
        m.set("combinations", Combinatorics.Combinations.TYPE);
        m.set("combinations_with_replacement", Combinatorics.CombinationsWithReplacement.TYPE);
    }
}

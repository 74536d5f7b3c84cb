package taipan.modules.itertools;

import taipan.runtime.*;

/** product, permutations, combinations, combinations_with_replacement (lexicographic order). */
final class Combinatorics {
    private Combinatorics() {}

    @ExposedType(name = "itertools.product")
    static final class Product extends Iterators.Base {
        static final PyType TYPE = PyType.builtin(Product.class);
        private final PyObject[][] pools;
        private int[] indices;
        private boolean done;

        Product(PyObject[][] pools) {
            this.pools = pools;
            for (PyObject[] p : pools) {
                if (p.length == 0) {
                    done = true;
                }
            }
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @ExposedNew
        static PyObject product_new(PyType subtype, PyObject[] args, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            long repeat = 1;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("repeat")) {
                    throw Py.TypeError("product() got an unexpected keyword argument");
                }
                repeat = Py.asLongArg(args[args.length - nkw + k]);
            }
            if (repeat < 0) {
                throw Py.ValueError("repeat argument cannot be negative");
            }
            int n = args.length - nkw;
            PyObject[][] base = new PyObject[n][];
            for (int i = 0; i < n; i++) {
                base[i] = Ops.toArray(args[i]);
            }
            PyObject[][] pools = new PyObject[(int) (n * repeat)][];
            for (int r = 0; r < repeat; r++) {
                System.arraycopy(base, 0, pools, r * n, n);
            }
            return new Product(pools);
        }

        @Override
        public PyObject __iternext__() {
            if (done) {
                return null;
            }
            int n = pools.length;
            if (indices == null) {
                indices = new int[n];
            } else {
                int i = n - 1;
                while (i >= 0) {
                    indices[i]++;
                    if (indices[i] < pools[i].length) {
                        break;
                    }
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                out[i] = pools[i][indices[i]];
            }
            return PyTuple.of(out);
        }
    }

    static PyObject[] pool(String name, PyObject[] args, String[] kw, String[] params, long[] r, boolean rRequired) {
        PyObject[] v = ArgParser.parse(name, args, kw, params, rRequired ? 2 : 1);
        PyObject[] pool = Ops.toArray(v[0]);
        if (v[1] == null || v[1] == Py.None) {
            r[0] = pool.length;
        } else {
            r[0] = Py.asLongArg(v[1]);
            if (r[0] < 0) {
                throw Py.ValueError("r must be non-negative");
            }
        }
        return pool;
    }

    @ExposedType(name = "itertools.permutations")
    static final class Permutations extends Iterators.Base {
        static final PyType TYPE = PyType.builtin(Permutations.class);
        private final PyObject[] pool;
        private final int r;
        private int[] indices, cycles;
        private boolean done, first = true;

        Permutations(PyObject[] pool, int r) {
            this.pool = pool;
            this.r = r;
            if (r > pool.length) {
                done = true;
            }
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private static final String[] PARAMS = {"iterable", "r"};

        @ExposedNew
        static PyObject permutations_new(PyType subtype, PyObject[] args, String[] kw) {
            long[] r = new long[1];
            PyObject[] pool = pool("permutations", args, kw, PARAMS, r, false);
            return new Permutations(pool, (int) Math.min(r[0], Integer.MAX_VALUE));
        }

        @Override
        public PyObject __iternext__() {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (first) {
                first = false;
                indices = new int[n];
                for (int i = 0; i < n; i++) {
                    indices[i] = i;
                }
                cycles = new int[r];
                for (int i = 0; i < r; i++) {
                    cycles[i] = n - i;
                }
            } else {
                if (n == 0) {
                    done = true;
                    return null;
                }
                int i = r - 1;
                for (; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int idx = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = idx;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int t = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = t;
                        break;
                    }
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            PyObject[] out = new PyObject[r];
            for (int k = 0; k < r; k++) {
                out[k] = pool[indices[k]];
            }
            return PyTuple.of(out);
        }
    }

    @ExposedType(name = "itertools.combinations")
    static final class Combinations extends Iterators.Base {
        static final PyType TYPE = PyType.builtin(Combinations.class);
        private final PyObject[] pool;
        private final int r;
        private int[] indices;
        private boolean done;

        Combinations(PyObject[] pool, int r) {
            this.pool = pool;
            this.r = r;
            if (r > pool.length) {
                done = true;
            }
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private static final String[] PARAMS = {"iterable", "r"};

        @ExposedNew
        static PyObject combinations_new(PyType subtype, PyObject[] args, String[] kw) {
            long[] r = new long[1];
            PyObject[] pool = pool("combinations", args, kw, PARAMS, r, true);
            return new Combinations(pool, (int) Math.min(r[0], Integer.MAX_VALUE));
        }

        @Override
        public PyObject __iternext__() {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                for (int i = 0; i < r; i++) {
                    indices[i] = i;
                }
            } else {
                int i = r - 1;
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            PyObject[] out = new PyObject[r];
            for (int k = 0; k < r; k++) {
                out[k] = pool[indices[k]];
            }
            return PyTuple.of(out);
        }
    }

    @ExposedType(name = "itertools.combinations_with_replacement")
    static final class CombinationsWithReplacement extends Iterators.Base {
        static final PyType TYPE = PyType.builtin(CombinationsWithReplacement.class);
        private final PyObject[] pool;
        private final int r;
        private int[] indices;
        private boolean done;

        CombinationsWithReplacement(PyObject[] pool, int r) {
            this.pool = pool;
            this.r = r;
            if (pool.length == 0 && r > 0) {
                done = true;
            }
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private static final String[] PARAMS = {"iterable", "r"};

        @ExposedNew
        static PyObject cwr_new(PyType subtype, PyObject[] args, String[] kw) {
            long[] r = new long[1];
            PyObject[] pool = pool("combinations_with_replacement", args, kw, PARAMS, r, true);
            return new CombinationsWithReplacement(pool, (int) Math.min(r[0], Integer.MAX_VALUE));
        }

        @Override
        public PyObject __iternext__() {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
            } else {
                int i = r - 1;
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            }
            PyObject[] out = new PyObject[r];
            for (int k = 0; k < r; k++) {
                out[k] = pool[indices[k]];
            }
            return PyTuple.of(out);
        }
    }
}

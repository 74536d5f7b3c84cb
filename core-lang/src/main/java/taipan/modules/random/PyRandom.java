package taipan.modules.random;

import java.math.BigInteger;
import java.security.SecureRandom;

import taipan.runtime.*;

/** {@code _random.Random}: a Mersenne Twister generator object. */
@ExposedType(name = "_random.Random", doc = "Random() -> create a random number generator with its own internal state.")
public class PyRandom extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyRandom.class);

    private final MersenneTwister gen = new MersenneTwister();

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject random_new(PyType subtype, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (subtype == TYPE && nkw > 0) {
            throw Py.TypeError("Random() does not take keyword arguments");
        }
        PyRandom r = subtype == TYPE ? new PyRandom() : new Derived(subtype);
        PyObject[] pos = new PyObject[args.length - nkw];
        System.arraycopy(args, 0, pos, 0, pos.length);
        r.seedArgs(pos);
        return r;
    }

    @Override
    public void __init__(PyObject[] args, String[] kwnames) {
    }

    private void seedArgs(PyObject[] args) {
        if (args.length > 1) {
            throw Py.TypeError("seed expected at most 1 arguments, got " + args.length);
        }
        seed(args.length == 0 ? Py.None : args[0]);
    }

    @ExposedMethod(names = "seed", doc = "seed([n]) -> None.  Defaults to current time.")
    public PyObject seedMethod(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("seed", kw);
        seedArgs(args);
        return Py.None;
    }

    private static final SecureRandom ENTROPY = new SecureRandom();

    private void seed(PyObject arg) {
        BigInteger n;
        if (arg == Py.None) {
            n = new BigInteger(128, ENTROPY);
        } else if (arg instanceof PyInt i) {
            n = BigInteger.valueOf(i.value).abs();
        } else if (arg instanceof PyLong l) {
            n = l.value.abs();
        } else {
            long h = Ops.hash(arg);
            n = new BigInteger(Long.toUnsignedString(h)); // the hash as a C unsigned long
        }
        // the key: n's 32-bit words, least significant first (at least one)
        int words = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        synchronized (gen) {
            gen.initByArray(key);
        }
    }

    @ExposedMethod(names = "random", doc = "random() -> x in the interval [0, 1).")
    public PyObject randomMethod() {
        synchronized (gen) {
            return new PyFloat(gen.nextDouble());
        }
    }

    @ExposedMethod(names = "getrandbits", doc = "getrandbits(k) -> x.  Generates a long int with k random bits.")
    public PyObject getrandbits(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("getrandbits", kw);
        if (args.length != 1) {
            throw Py.TypeError("getrandbits() takes exactly 1 argument (" + args.length + " given)");
        }
        int k = Py.asIntArg(args[0]);
        if (k <= 0) {
            throw Py.ValueError("number of bits must be greater than zero");
        }
        synchronized (gen) {
            if (k <= 32) {
                return PyInt.of((gen.next32() & 0xffffffffL) >>> (32 - k));
            }
            // 32-bit words, least significant first; the last one keeps its top bits
            int words = (k - 1) / 32 + 1;
            byte[] big = new byte[words * 4 + 1]; // big-endian magnitude with a zero sign byte
            for (int w = 0; w < words; w++, k -= 32) {
                int r = gen.next32();
                if (k < 32) {
                    r >>>= 32 - k;
                }
                int at = big.length - 4 * (w + 1);
                big[at] = (byte) (r >>> 24);
                big[at + 1] = (byte) (r >>> 16);
                big[at + 2] = (byte) (r >>> 8);
                big[at + 3] = (byte) r;
            }
            return PyLong.of(new BigInteger(big));
        }
    }

    @ExposedMethod(names = "getstate", doc = "getstate() -> tuple containing the current state.")
    public PyObject getstate() {
        PyObject[] s = new PyObject[MersenneTwister.N + 1];
        synchronized (gen) {
            for (int i = 0; i < MersenneTwister.N; i++) {
                s[i] = PyLong.of(gen.mt[i] & 0xffffffffL);
            }
            s[MersenneTwister.N] = PyLong.of(gen.index);
        }
        return PyTuple.of(s);
    }

    @ExposedMethod(names = "setstate", doc = "setstate(state) -> None.  Restores generator state.")
    public PyObject setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Py.TypeError("state vector must be a tuple");
        }
        if (t.size() != MersenneTwister.N + 1) {
            throw Py.ValueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            words[i] = (int) unsignedLong(t.get(i));
        }
        long index = Py.asLongArg(t.get(MersenneTwister.N));
        if (index < 0 || index > MersenneTwister.N) {
            throw Py.ValueError("invalid state");
        }
        synchronized (gen) {
            System.arraycopy(words, 0, gen.mt, 0, words.length);
            gen.index = (int) index;
        }
        return Py.None;
    }

    /** PyLong_AsUnsignedLong. */
    private static long unsignedLong(PyObject o) {
        BigInteger v;
        if (o instanceof PyInt i) {
            v = BigInteger.valueOf(i.value);
        } else if (o instanceof PyLong l) {
            v = l.value;
        } else {
            throw Py.SystemError("Objects/longobject.c:426: bad argument to internal function");
        }
        if (v.signum() < 0) {
            throw Py.OverflowError("can't convert negative value to unsigned long");
        }
        if (v.bitLength() > 64) {
            throw Py.OverflowError("long int too large to convert");
        }
        return v.longValue();
    }

    @ExposedMethod(names = "jumpahead", doc = "jumpahead(int) -> None.  Create new state from existing state and integer.")
    public PyObject jumpahead(PyObject n) {
        if (!(n instanceof PyInt || n instanceof PyLong)) {
            throw Py.TypeError("jumpahead requires an integer, not '" + n.getType().getName() + "'");
        }
        BigInteger big = n instanceof PyInt i ? BigInteger.valueOf(i.value) : ((PyLong) n).value;
        synchronized (gen) {
            int[] mt = gen.mt;
            for (int i = MersenneTwister.N - 1; i > 1; i--) {
                int j = big.mod(BigInteger.valueOf(i)).intValue();
                int tmp = mt[i];
                mt[i] = mt[j];
                mt[j] = tmp;
            }
            for (int i = 0; i < MersenneTwister.N; i++) {
                mt[i] += i + 1;
            }
            gen.index = MersenneTwister.N;
        }
        return Py.None;
    }

    /** An instance of a Python subclass (random.Random and user classes). */
    public static final class Derived extends PyRandom implements taipan.runtime.Derived {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            this.type = type;
            this.dict = taipan.runtime.Derived.dictFor(type);
            this.slots = taipan.runtime.Derived.slotsFor(type);
        }

        @Override public PyType getType() { return type; }
        @Override public void setType(PyType type) { this.type = type; }
        @Override public PyDict getDict() { return dict; }
        @Override public void setDict(PyDict dict) { this.dict = dict; }
        @Override public PyObject[] getSlots() { return slots; }
    }
}

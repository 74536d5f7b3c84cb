package taipan.modules.itertools;

import java.util.ArrayList;
import java.util.List;

import taipan.runtime.*;

/** {@code itertools.tee(iterable, n=2)}: independent iterators sharing one buffer. */
@ExposedType(name = "itertools.tee", subclassable = false)
final class Tee extends Iterators.Base {
    static final PyType TYPE = PyType.builtin(Tee.class);

    /** The shared state: the source and the values not yet consumed by every tee. */
    static final class Shared {
        final PyObject it;
        final List<PyObject> buffer = new ArrayList<>();
        long base; // index of buffer[0] in the stream
        final List<Tee> readers = new ArrayList<>();

        Shared(PyObject it) {
            this.it = it;
        }

        synchronized PyObject get(Tee t) {
            long i = t.pos;
            if (i - base < buffer.size()) {
                PyObject v = buffer.get((int) (i - base));
                t.pos++;
                trim();
                return v;
            }
            PyObject v = Ops.next(it);
            if (v == null) {
                return null;
            }
            buffer.add(v);
            t.pos++;
            trim();
            return v;
        }

        private void trim() {
            long min = Long.MAX_VALUE;
            for (Tee r : readers) {
                min = Math.min(min, r.pos);
            }
            while (base < min && !buffer.isEmpty()) {
                buffer.remove(0);
                base++;
            }
        }
    }

    private final Shared shared;
    long pos;

    Tee(Shared shared, long pos) {
        this.shared = shared;
        this.pos = pos;
        synchronized (shared) {
            shared.readers.add(this);
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject __iternext__() {
        return shared.get(this);
    }

    @ExposedMethod
    public PyObject __copy__() {
        synchronized (shared) {
            return new Tee(shared, pos);
        }
    }

    @ExposedNew
    static PyObject tee_new(PyType subtype, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("tee", kw);
        if (args.length != 1) {
            throw Py.TypeError("tee expected 1 arguments, got " + args.length);
        }
        PyObject it = Ops.iter(args[0]);
        if (it instanceof Tee t) {
            return t.__copy__();
        }
        return new Tee(new Shared(it), 0);
    }

    /** The {@code tee} function: n iterators over one iterable. */
    static PyObject teeFunction() {
        return new PyBuiltinFunction("tee", (self, args, kw) -> {
            ArgParser.noKeywords("tee", kw);
            if (args.length < 1 || args.length > 2) {
                throw Py.TypeError(args.length < 1 ? "tee expected at least 1 arguments, got 0"
                        : "tee expected at most 2 arguments, got " + args.length);
            }
            long n = args.length == 2 ? Py.asLongArg(args[1]) : 2;
            if (n < 0) {
                throw Py.ValueError("n must be >= 0");
            }
            PyObject[] out = new PyObject[(int) n];
            if (n == 0) {
                return PyTuple.EMPTY;
            }
            PyObject it = Ops.iter(args[0]);
            PyObject copyable = Ops.getattrOrNull(it, "__copy__");
            Tee first = it instanceof Tee t ? t : null;
            if (first == null && copyable == null) {
                first = new Tee(new Shared(it), 0);
            }
            if (first != null) {
                out[0] = first;
                for (int i = 1; i < n; i++) {
                    out[i] = first.__copy__();
                }
            } else {
                out[0] = it;
                for (int i = 1; i < n; i++) {
                    out[i] = Ops.call(copyable);
                }
            }
            return PyTuple.of(out);
        }, null, "tee(iterable, n=2) --> tuple of n independent iterators.", "itertools");
    }
}

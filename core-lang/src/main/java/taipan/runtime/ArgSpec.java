package taipan.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;

/**
 * How to call one exposed Java method from Python: built once from the Java signature
 * (see {@link ExposedMethod}), then used for every call. Argument-count and conversion
 * errors use CPython 2.7's texts.
 */
final class ArgSpec {
    enum Kind { OBJECT, INT, LONG, DOUBLE, BOOLEAN, STRING }

    final String name;
    private final boolean hasSelf;
    private final boolean raw;
    private final boolean keywords;
    private final Kind[] kinds;
    private final String[] names;
    private final Object[] defaults; // null entry = required
    private final int required;
    private final boolean varargs;
    /** (Object[])Object over all Java parameters incl. the receiver. */
    private final MethodHandle spread;
    /** Fast paths for all-PyObject, no-default signatures, typed (PyObject...)PyObject. */
    private final MethodHandle fast;
    /** For raw methods returning a PyObject: typed ([self,] PyObject[], String[])PyObject, no spreading. */

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    ArgSpec(String name, Method m, boolean hasSelf, boolean keywords) {
        this.name = name;
        this.hasSelf = hasSelf;
        this.keywords = keywords;
        MethodHandle mh;
        try {
            // fixed arity: the trailing PyObject[] of a Java varargs method is passed as built
            mh = MethodHandles.privateLookupIn(m.getDeclaringClass(), LOOKUP).unreflect(m).asFixedArity();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot expose " + m, e);
        }
        Class<?>[] ptypes = m.getParameterTypes();
        Parameter[] params = m.getParameters();
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        int first = (hasSelf && isStatic) ? 1 : 0; // static method taking self explicitly
        this.raw = ptypes.length - first == 2 && ptypes[first] == PyObject[].class && ptypes[first + 1] == String[].class;
        int n = ptypes.length - first;
        this.varargs = !raw && n > 0 && ptypes[ptypes.length - 1] == PyObject[].class;
        int fixed = raw ? 0 : (varargs ? n - 1 : n);
        kinds = new Kind[fixed];
        names = new String[fixed];
        defaults = new Object[fixed];
        int req = 0;
        for (int i = 0; i < fixed; i++) {
            Class<?> c = ptypes[first + i];
            kinds[i] = kindOf(c, m);
            names[i] = params[first + i].getName();
            Default d = params[first + i].getAnnotation(Default.class);
            if (d == null) {
                if (i != req) {
                    throw new IllegalStateException("required parameter after optional in " + m);
                }
                req++;
            } else {
                defaults[i] = parseDefault(kinds[i], d.value());
            }
        }
        this.required = req;
        boolean receiverIsSelf = hasSelf && !isStatic;
        int total = ptypes.length + (receiverIsSelf ? 1 : 0);
        MethodHandle generic = mh.asType(mh.type().generic());
        this.spread = generic.asSpreader(Object[].class, total);
        MethodHandle f = null;
        boolean allObjects = !raw && !varargs && fixed <= 3;
        for (Class<?> c : ptypes) {
            if (!PyObject.class.isAssignableFrom(c)) {
                allObjects = false;
            }
        }
        if (allObjects) {
            Class<?> rt = m.getReturnType();
            MethodHandle adapted = mh;
            if (rt == void.class) {
                adapted = MethodHandles.filterReturnValue(adapted, MethodHandles.constant(PyObject.class, Py.None));
            } else if (rt == boolean.class) {
                adapted = MethodHandles.filterReturnValue(adapted, BOOL_TO_PY);
            } else if (rt == int.class) {
                adapted = MethodHandles.filterReturnValue(adapted, INT_TO_PY);
            } else if (rt == long.class) {
                adapted = MethodHandles.filterReturnValue(adapted, LONG_TO_PY);
            } else if (!PyObject.class.isAssignableFrom(rt)) {
                adapted = null;
            }
            if (adapted != null) {
                int count = total;
                Class<?>[] objs = new Class<?>[count];
                java.util.Arrays.fill(objs, PyObject.class);
                f = adapted.asType(MethodType.methodType(PyObject.class, objs));
            }
        }
        this.fast = f;
        this.objDefaults = new PyObject[fixed];
        for (int i = 0; i < fixed; i++) {
            if (defaults[i] instanceof PyObject p) {
                objDefaults[i] = p;
            }
        }
        MethodHandle rf = null;
        if (raw && PyObject.class.isAssignableFrom(m.getReturnType())) {
            MethodType rt = hasSelf
                    ? MethodType.methodType(PyObject.class, PyObject.class, PyObject[].class, String[].class)
                    : MethodType.methodType(PyObject.class, PyObject[].class, String[].class);
            rf = mh.asType(rt);
        }
        this.rawFast = rf;
    }

    /** Defaults of PyObject parameters (null for "not given"), for the fast path. */
    private final PyObject[] objDefaults;
    /** Typed handle for raw (args, kwnames) methods. */
    private final MethodHandle rawFast;

    private static final MethodHandle BOOL_TO_PY, INT_TO_PY, LONG_TO_PY;

    static {
        try {
            BOOL_TO_PY = LOOKUP.findStatic(Py.class, "bool", MethodType.methodType(PyBool.class, boolean.class))
                    .asType(MethodType.methodType(PyObject.class, boolean.class));
            INT_TO_PY = LOOKUP.findStatic(PyInt.class, "of", MethodType.methodType(PyInt.class, int.class))
                    .asType(MethodType.methodType(PyObject.class, int.class));
            LONG_TO_PY = LOOKUP.findStatic(PyInt.class, "of", MethodType.methodType(PyInt.class, long.class))
                    .asType(MethodType.methodType(PyObject.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Kind kindOf(Class<?> c, Method m) {
        if (c == int.class) return Kind.INT;
        if (c == long.class) return Kind.LONG;
        if (c == double.class) return Kind.DOUBLE;
        if (c == boolean.class) return Kind.BOOLEAN;
        if (c == String.class) return Kind.STRING;
        if (PyObject.class.isAssignableFrom(c)) return Kind.OBJECT;
        throw new IllegalStateException("unsupported parameter type " + c + " in " + m);
    }

    private static Object parseDefault(Kind k, String v) {
        switch (k) {
            case INT: return Integer.decode(v);
            case LONG: return Long.decode(v);
            case DOUBLE: return Double.parseDouble(v);
            case BOOLEAN: return Boolean.parseBoolean(v);
            case STRING: return v.equals("null") ? NULL : v;
            default:
                if (v.equals("None")) return Py.None;
                if (v.equals("null")) return NULL;
                throw new IllegalStateException("unsupported PyObject default " + v);
        }
    }

    /** Marks a default that is Java null. */
    private static final Object NULL = new Object();

    /** Calls the method. {@code self} is ignored for functions without a receiver. */
    PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        try {
            if (raw) {
                if (rawFast != null) {
                    return hasSelf ? (PyObject) rawFast.invokeExact(self, args, kwnames)
                            : (PyObject) rawFast.invokeExact(args, kwnames);
                }
                Object r = hasSelf ? spread.invokeExact(new Object[] {self, args, kwnames})
                        : spread.invokeExact(new Object[] {args, kwnames});
                return toPy(r);
            }
            if (fast != null && nkw == 0) {
                int n = args.length;
                int max = kinds.length;
                if (n < required || n > max) {
                    throw countError(n);
                }
                PyObject[] d = objDefaults;
                PyObject a0 = max > 0 ? (n > 0 ? args[0] : d[0]) : null;
                PyObject a1 = max > 1 ? (n > 1 ? args[1] : d[1]) : null;
                PyObject a2 = max > 2 ? (n > 2 ? args[2] : d[2]) : null;
                if (hasSelf) {
                    switch (max) {
                        case 0: return (PyObject) fast.invokeExact(self);
                        case 1: return (PyObject) fast.invokeExact(self, a0);
                        case 2: return (PyObject) fast.invokeExact(self, a0, a1);
                        case 3: return (PyObject) fast.invokeExact(self, a0, a1, a2);
                        default: break;
                    }
                } else {
                    switch (max) {
                        case 0: return (PyObject) fast.invokeExact();
                        case 1: return (PyObject) fast.invokeExact(a0);
                        case 2: return (PyObject) fast.invokeExact(a0, a1);
                        case 3: return (PyObject) fast.invokeExact(a0, a1, a2);
                        default: break;
                    }
                }
            }
            return toPy(spread.invokeExact(convert(self, args, kwnames)));
        } catch (PyException | StackOverflowError | OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException e) {
            throw Py.fromJava(e);
        } catch (Throwable t) {
            throw Py.fromJava(t);
        }
    }

    private Object[] convert(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (nkw > 0 && !keywords) {
            throw Py.TypeError(name + "() takes no keyword arguments");
        }
        int fixed = kinds.length;
        if (npos > fixed && !varargs) {
            throw countError(npos + nkw);
        }
        int off = hasSelf ? 1 : 0;
        Object[] out = new Object[off + fixed + (varargs ? 1 : 0)];
        if (hasSelf) {
            out[0] = self;
        }
        PyObject[] given = new PyObject[fixed];
        for (int i = 0; i < Math.min(npos, fixed); i++) {
            given[i] = args[i];
        }
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int idx = -1;
            for (int i = 0; i < fixed; i++) {
                if (names[i].equals(kw)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                throw Py.TypeError("'" + kw + "' is an invalid keyword argument for this function");
            }
            if (given[idx] != null) {
                throw Py.TypeError("Argument given by name ('" + kw + "') and position (" + (idx + 1) + ")");
            }
            given[idx] = args[npos + k];
        }
        for (int i = 0; i < fixed; i++) {
            PyObject a = given[i];
            if (a == null) {
                if (defaults[i] == null) {
                    if (nkw > 0) {
                        throw Py.TypeError("Required argument '" + names[i] + "' (pos " + (i + 1) + ") not found");
                    }
                    throw countError(npos);
                }
                Object d = defaults[i];
                out[off + i] = d == NULL ? null : d;
            } else {
                out[off + i] = convertArg(kinds[i], a, i);
            }
        }
        if (varargs) {
            int extra = Math.max(0, npos - fixed);
            PyObject[] rest = new PyObject[extra];
            System.arraycopy(args, fixed, rest, 0, extra);
            out[off + fixed] = rest;
        }
        return out;
    }

    private Object convertArg(Kind k, PyObject a, int i) {
        switch (k) {
            case INT: return Py.asIntArg(a);
            case LONG: return Py.asLongArg(a);
            case DOUBLE: return Py.asDoubleArg(a);
            case BOOLEAN: return Ops.isTrue(a);
            case STRING:
                if (a instanceof PyStr s) {
                    return s.toString();
                }
                if (a instanceof PyUnicode u) {
                    return PyStr.fromUnicodeDefault(u).toString();
                }
                throw Py.TypeError(name + "() argument " + (i + 1) + " must be string, not " + a.getType().getName());
            default: return a;
        }
    }

    PyException countError(int given) {
        int max = kinds.length;
        if (max == 0 && !varargs) {
            return Py.TypeError(name + "() takes no arguments (" + given + " given)");
        }
        if (max == 1 && required == 1 && !varargs) {
            return Py.TypeError(name + "() takes exactly one argument (" + given + " given)");
        }
        if (given < required) {
            String how = (required == max && !varargs) ? "exactly" : "at least";
            return Py.TypeError(name + "() takes " + how + " " + required + " argument" + (required == 1 ? "" : "s") + " (" + given + " given)");
        }
        String how = required == max ? "exactly" : "at most";
        return Py.TypeError(name + "() takes " + how + " " + max + " argument" + (max == 1 ? "" : "s") + " (" + given + " given)");
    }

    static PyObject toPy(Object r) {
        if (r instanceof PyObject p) {
            return p;
        }
        if (r == null) {
            return Py.None;
        }
        if (r instanceof Boolean b) {
            return Py.bool(b);
        }
        if (r instanceof Integer i) {
            return PyInt.of(i);
        }
        if (r instanceof Long l) {
            return PyInt.of(l);
        }
        if (r instanceof Double d) {
            return new PyFloat(d);
        }
        if (r instanceof String s) {
            return PyStr.of(s);
        }
        throw new IllegalStateException("cannot convert " + r.getClass() + " to Python");
    }
}

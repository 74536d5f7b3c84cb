package taipan.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The special methods of {@link PyObject}, each with the Python name it is published
 * under and the adapter that calls the Java virtual from a Python-level call
 * ({@code list.__len__(x)}, {@code super().__add__(y)}, ...).
 */
final class SpecialMethods {
    private SpecialMethods() {}

    /** Adapts a Python call (self + positional args) to the Java virtual. */
    interface Adapter {
        PyObject call(PyObject self, PyObject[] a);
    }

    record Special(String pyName, int min, int max, Adapter adapter) {}

    static final Map<String, Special> BY_JAVA_NAME = new HashMap<>();

    private static void def(String javaName, String pyName, int min, int max, Adapter a) {
        BY_JAVA_NAME.put(javaName, new Special(pyName, min, max, a));
    }

    private static void def(String name, int min, int max, Adapter a) {
        def(name, name, min, max, a);
    }

    /**
     * The builtin sequences' __mul__/__rmul__/__imul__ are CPython's sq_repeat wrappers: their
     * argument must be an index, whatever the binary operator would have tried.
     */
    private static PyObject repeatCount(PyObject self, PyObject n) {
        boolean sequence = self instanceof PyStr || self instanceof PyUnicode || self instanceof PyList
                || self instanceof PyTuple || self instanceof PyByteArray;
        if (sequence && !PyList.isIndex(n)) {
            throw Py.TypeError("'" + n.getType().getName() + "' object cannot be interpreted as an index");
        }
        return n;
    }

    private static PyObject notImpl(PyObject r) {
        return r == null ? Py.NotImplemented : r;
    }

    private static PyObject orNone(PyObject[] a, int i) {
        return i < a.length && a[i] != Py.None ? a[i] : null;
    }

    static {
        def("__repr__", 0, 0, (s, a) -> s.__repr__());
        def("__str__", 0, 0, (s, a) -> s.__str__());
        def("__hash__", 0, 0, (s, a) -> PyInt.of(s.__hash__()));
        def("__nonzero__", 0, 0, (s, a) -> Py.bool(s.__nonzero__()));
        def("__len__", 0, 0, (s, a) -> PyInt.of(s.__len__()));
        def("lookupAttr", "__getattribute__", 1, 1, (s, a) -> {
            PyStr name = Ops.attrName(a[0]);
            PyObject v = s.lookupAttr(name);
            if (v == null) {
                throw Ops.noAttribute(s, name);
            }
            return v;
        });
        def("setAttr", "__setattr__", 2, 2, (s, a) -> {
            s.setAttr(Ops.attrName(a[0]), a[1]);
            return Py.None;
        });
        def("delAttr", "__delattr__", 1, 1, (s, a) -> {
            s.delAttr(Ops.attrName(a[0]));
            return Py.None;
        });
        def("__get__", 1, 2, (s, a) -> s.__get__(a[0] == Py.None ? null : a[0], orNone(a, 1)));
        def("__set__", 2, 2, (s, a) -> {
            s.__set__(a[0], a[1]);
            return Py.None;
        });
        def("__delete__", 1, 1, (s, a) -> {
            s.__delete__(a[0]);
            return Py.None;
        });
        def("__iter__", 0, 0, (s, a) -> s.__iter__());
        def("__iternext__", "next", 0, 0, (s, a) -> {
            PyObject r = s.__iternext__();
            if (r == null) {
                throw new PyException(Exceptions.StopIteration);
            }
            return r;
        });
        def("__getitem__", 1, 1, (s, a) -> s.__getitem__(a[0]));
        def("__setitem__", 2, 2, (s, a) -> {
            s.__setitem__(a[0], a[1]);
            return Py.None;
        });
        def("__delitem__", 1, 1, (s, a) -> {
            s.__delitem__(a[0]);
            return Py.None;
        });
        def("__contains__", 1, 1, (s, a) -> Py.bool(s.__contains__(a[0])));
        def("__eq__", 1, 1, (s, a) -> notImpl(s.__eq__(a[0])));
        def("__ne__", 1, 1, (s, a) -> notImpl(s.__ne__(a[0])));
        def("__lt__", 1, 1, (s, a) -> notImpl(s.__lt__(a[0])));
        def("__le__", 1, 1, (s, a) -> notImpl(s.__le__(a[0])));
        def("__gt__", 1, 1, (s, a) -> notImpl(s.__gt__(a[0])));
        def("__ge__", 1, 1, (s, a) -> notImpl(s.__ge__(a[0])));
        def("__cmp__", 1, 1, (s, a) -> {
            // wrap_cmpfunc: the other operand must share self's tp_compare or be a subtype
            PyType ts = s.getType(), to = a[0].getType();
            if (!to.isSubtypeOf(ts) && to.lookup(N.__cmp__) != ts.lookup(N.__cmp__)) {
                throw Py.TypeError(ts.getName() + ".__cmp__(x,y) requires y to be a '" + ts.getName()
                        + "', not a '" + to.getName() + "'");
            }
            int r = s.__cmp__(a[0]);
            return r == Ops.CMP_NOT_IMPLEMENTED ? Py.NotImplemented : PyInt.of(r);
        });
        def("__coerce__", 1, 1, (s, a) -> notImpl(s.__coerce__(a[0])));
        def("__add__", 1, 1, (s, a) -> notImpl(s.__add__(a[0])));
        def("__radd__", 1, 1, (s, a) -> notImpl(s.__radd__(a[0])));
        def("__sub__", 1, 1, (s, a) -> notImpl(s.__sub__(a[0])));
        def("__rsub__", 1, 1, (s, a) -> notImpl(s.__rsub__(a[0])));
        def("__mul__", 1, 1, (s, a) -> notImpl(s.__mul__(repeatCount(s, a[0]))));
        def("__rmul__", 1, 1, (s, a) -> notImpl(s.__rmul__(repeatCount(s, a[0]))));
        def("__div__", 1, 1, (s, a) -> notImpl(s.__div__(a[0])));
        def("__rdiv__", 1, 1, (s, a) -> notImpl(s.__rdiv__(a[0])));
        def("__truediv__", 1, 1, (s, a) -> notImpl(s.__truediv__(a[0])));
        def("__rtruediv__", 1, 1, (s, a) -> notImpl(s.__rtruediv__(a[0])));
        def("__floordiv__", 1, 1, (s, a) -> notImpl(s.__floordiv__(a[0])));
        def("__rfloordiv__", 1, 1, (s, a) -> notImpl(s.__rfloordiv__(a[0])));
        def("__mod__", 1, 1, (s, a) -> notImpl(s.__mod__(a[0])));
        def("__rmod__", 1, 1, (s, a) -> notImpl(s.__rmod__(a[0])));
        def("__divmod__", 1, 1, (s, a) -> notImpl(s.__divmod__(a[0])));
        def("__rdivmod__", 1, 1, (s, a) -> notImpl(s.__rdivmod__(a[0])));
        def("__pow__", 1, 2, (s, a) -> notImpl(s.__pow__(a[0], orNone(a, 1))));
        def("__rpow__", 1, 2, (s, a) -> notImpl(s.__rpow__(a[0], orNone(a, 1))));
        def("__lshift__", 1, 1, (s, a) -> notImpl(s.__lshift__(a[0])));
        def("__rlshift__", 1, 1, (s, a) -> notImpl(s.__rlshift__(a[0])));
        def("__rshift__", 1, 1, (s, a) -> notImpl(s.__rshift__(a[0])));
        def("__rrshift__", 1, 1, (s, a) -> notImpl(s.__rrshift__(a[0])));
        def("__and__", 1, 1, (s, a) -> notImpl(s.__and__(a[0])));
        def("__rand__", 1, 1, (s, a) -> notImpl(s.__rand__(a[0])));
        def("__xor__", 1, 1, (s, a) -> notImpl(s.__xor__(a[0])));
        def("__rxor__", 1, 1, (s, a) -> notImpl(s.__rxor__(a[0])));
        def("__or__", 1, 1, (s, a) -> notImpl(s.__or__(a[0])));
        def("__ror__", 1, 1, (s, a) -> notImpl(s.__ror__(a[0])));
        def("__iadd__", 1, 1, (s, a) -> notImpl(s.__iadd__(a[0])));
        def("__isub__", 1, 1, (s, a) -> notImpl(s.__isub__(a[0])));
        def("__imul__", 1, 1, (s, a) -> notImpl(s.__imul__(repeatCount(s, a[0]))));
        def("__idiv__", 1, 1, (s, a) -> notImpl(s.__idiv__(a[0])));
        def("__itruediv__", 1, 1, (s, a) -> notImpl(s.__itruediv__(a[0])));
        def("__ifloordiv__", 1, 1, (s, a) -> notImpl(s.__ifloordiv__(a[0])));
        def("__imod__", 1, 1, (s, a) -> notImpl(s.__imod__(a[0])));
        def("__ipow__", 1, 2, (s, a) -> notImpl(s.__ipow__(a[0], orNone(a, 1))));
        def("__ilshift__", 1, 1, (s, a) -> notImpl(s.__ilshift__(a[0])));
        def("__irshift__", 1, 1, (s, a) -> notImpl(s.__irshift__(a[0])));
        def("__iand__", 1, 1, (s, a) -> notImpl(s.__iand__(a[0])));
        def("__ixor__", 1, 1, (s, a) -> notImpl(s.__ixor__(a[0])));
        def("__ior__", 1, 1, (s, a) -> notImpl(s.__ior__(a[0])));
        def("__neg__", 0, 0, (s, a) -> s.__neg__());
        def("__pos__", 0, 0, (s, a) -> s.__pos__());
        def("__abs__", 0, 0, (s, a) -> s.__abs__());
        def("__invert__", 0, 0, (s, a) -> s.__invert__());
        def("__int__", 0, 0, (s, a) -> notImpl(s.__int__()));
        def("__long__", 0, 0, (s, a) -> notImpl(s.__long__()));
        def("__float__", 0, 0, (s, a) -> notImpl(s.__float__()));
        def("__complex__", 0, 0, (s, a) -> notImpl(s.__complex__()));
        def("__oct__", 0, 0, (s, a) -> notImpl(s.__oct__()));
        def("__hex__", 0, 0, (s, a) -> notImpl(s.__hex__()));
        def("__index__", 0, 0, (s, a) -> notImpl(s.__index__()));
    }

    /**
     * The method-wrapper body for a special declared by Java method {@code m}, checking the
     * argument count as CPython does. The wrapper runs {@code m} itself even on an instance
     * of a Java subclass that overrides it ({@code object.__hash__(5)} is object's hash,
     * not int's), as a C slot wrapper calls its own slot function.
     */
    static PyBuiltinFunction.BuiltinCall body(Special sp, java.lang.reflect.Method m) {
        ClassValue<Boolean> virtualIsM = new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> c) {
                return overrideOf(c, m).equals(m);
            }
        };
        java.lang.invoke.MethodHandle[] special = new java.lang.invoke.MethodHandle[1];
        return (self, args, kwnames) -> {
            if (kwnames != null && kwnames.length > 0) {
                throw Py.TypeError("wrapper " + sp.pyName() + " doesn't take keyword arguments");
            }
            int n = args.length;
            if (n < sp.min() || n > sp.max()) {
                if (sp.min() == sp.max()) {
                    throw Py.TypeError("expected " + sp.min() + " arguments, got " + n);
                }
                throw Py.TypeError("expected at most " + sp.max() + " arguments, got " + n);
            }
            if (virtualIsM.get(self.getClass())) {
                return sp.adapter().call(self, args);
            }
            if (special[0] == null) {
                special[0] = specialHandle(m);
            }
            return invokeSpecial(sp, m, special[0], self, args);
        };
    }

    /** The implementation of {@code m} that a virtual call on an instance of {@code c} runs. */
    private static java.lang.reflect.Method overrideOf(Class<?> c, java.lang.reflect.Method m) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                return k.getDeclaredMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                // keep looking up
            }
        }
        return m;
    }

    /** An invokespecial handle: {@code m} itself, whatever the receiver's class. */
    private static java.lang.invoke.MethodHandle specialHandle(java.lang.reflect.Method m) {
        try {
            Class<?> decl = m.getDeclaringClass();
            return java.lang.invoke.MethodHandles.privateLookupIn(decl, java.lang.invoke.MethodHandles.lookup())
                    .unreflectSpecial(m, decl);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls {@code m} non-virtually with the argument and result conventions of its special. */
    private static PyObject invokeSpecial(Special sp, java.lang.reflect.Method m, java.lang.invoke.MethodHandle h,
                                          PyObject self, PyObject[] a) {
        String name = sp.pyName();
        Class<?>[] params = m.getParameterTypes();
        Object[] jargs = new Object[params.length + 1];
        jargs[0] = self;
        for (int i = 0; i < params.length; i++) {
            PyObject v = i < a.length ? a[i] : null;
            if (params[i] == PyStr.class) {
                v = Ops.attrName(v);
            } else if (v == Py.None && (name.equals("__get__") || (name.endsWith("pow__") && i == 1))) {
                v = null;
            }
            jargs[i + 1] = v;
        }
        Object r;
        try {
            r = h.invokeWithArguments(jargs);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw Py.fromJava(t);
        }
        Class<?> rt = m.getReturnType();
        if (rt == void.class) {
            return Py.None;
        }
        if (rt == boolean.class) {
            return Py.bool((Boolean) r);
        }
        if (rt == int.class) {
            int i = (Integer) r;
            return name.equals("__cmp__") && i == Ops.CMP_NOT_IMPLEMENTED ? Py.NotImplemented : PyInt.of(i);
        }
        if (rt == long.class) {
            return PyInt.of((Long) r);
        }
        if (r == null) {
            if (name.equals("__getattribute__")) {
                throw Ops.noAttribute(self, Ops.attrName(a[0]));
            }
            if (name.equals("next")) {
                throw new PyException(Exceptions.StopIteration);
            }
            return Py.NotImplemented;
        }
        return (PyObject) r;
    }
}

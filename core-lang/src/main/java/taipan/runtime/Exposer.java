package taipan.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills the dict of a builtin type or module from its Java class, once, on first use:
 * {@link ExposedMethod}s, {@link ExposedGet}/{@link ExposedSet}/{@link ExposedDelete},
 * {@link ExposedNew}, the special methods the class declares (see {@link SpecialMethods}),
 * and for modules {@link ExposedConstant} fields.
 */
public final class Exposer {
    private Exposer() {}

    /** The special methods {@code object} itself has (PyObject declares them all). */
    private static final java.util.Set<String> OBJECT_SPECIALS = java.util.Set.of(
            "__repr__", "__str__", "__hash__", "lookupAttr", "setAttr", "delAttr", "__init__");

    static void exposeType(PyType type, Class<? extends PyObject> cls) {
        PyDict dict = type.getDictRaw();
        ExposedType ann = cls.getAnnotation(ExposedType.class);
        Map<String, Method[]> getsets = new LinkedHashMap<>();
        for (Method m : cls.getDeclaredMethods()) {
            if (m.isSynthetic() || m.isBridge()) {
                continue;
            }
            ExposedMethod em = m.getAnnotation(ExposedMethod.class);
            if (em != null) {
                for (String name : pyNames(em, m)) {
                    dict.setItem(PyStr.intern(name), methodDescriptor(type, name, m, em));
                }
                continue;
            }
            ExposedGet g = m.getAnnotation(ExposedGet.class);
            if (g != null) {
                getsets.computeIfAbsent(g.name(), k -> new Method[3])[0] = m;
                continue;
            }
            ExposedSet st = m.getAnnotation(ExposedSet.class);
            if (st != null) {
                getsets.computeIfAbsent(st.name(), k -> new Method[3])[1] = m;
                continue;
            }
            ExposedDelete dl = m.getAnnotation(ExposedDelete.class);
            if (dl != null) {
                getsets.computeIfAbsent(dl.name(), k -> new Method[3])[2] = m;
                continue;
            }
            if (m.getAnnotation(ExposedNew.class) != null) {
                dict.setItem(PyStr.intern("__new__"), newFunction(type, m));
                continue;
            }
            if (Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            if (cls == PyObject.class && !OBJECT_SPECIALS.contains(m.getName())) {
                continue;
            }
            exposeSpecial(type, dict, m);
        }
        for (Map.Entry<String, Method[]> e : getsets.entrySet()) {
            dict.setItem(PyStr.intern(e.getKey()), getSet(type, e.getKey(), e.getValue()));
        }
        if (ann != null && ann.unhashable()) {
            dict.setItem(PyStr.intern("__hash__"), Py.None);
        }
    }

    private static void exposeSpecial(PyType type, PyDict dict, Method m) {
        String jname = m.getName();
        if (jname.equals("__call__") && m.getParameterCount() == 2) {
            dict.setItem(PyStr.intern("__call__"), new PyMethodDescr("__call__", type,
                    (self, args, kw) -> self.__call__(args, kw), true, null));
            return;
        }
        if (jname.equals("__init__") && m.getParameterCount() == 2) {
            dict.setItem(PyStr.intern("__init__"), new PyMethodDescr("__init__", type,
                    (self, args, kw) -> {
                        self.__init__(args, kw);
                        return Py.None;
                    }, true, null));
            return;
        }
        SpecialMethods.Special sp = SpecialMethods.BY_JAVA_NAME.get(jname);
        if (sp == null) {
            return;
        }
        dict.setItem(PyStr.intern(sp.pyName()), new PyMethodDescr(sp.pyName(), type, SpecialMethods.body(sp, m), true, null));
    }

    private static String[] pyNames(ExposedMethod em, Method m) {
        if (em.names().length > 0) {
            return em.names();
        }
        String n = m.getName();
        if (n.endsWith("_") && !n.endsWith("__")) {
            n = n.substring(0, n.length() - 1);
        }
        return new String[] {n};
    }

    private static PyObject methodDescriptor(PyType type, String name, Method m, ExposedMethod em) {
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        if (em.classMethod()) {
            ArgSpec spec = new ArgSpec(name, m, true, em.keywords());
            return new PyClassMethodDescr(name, type, spec::call);
        }
        if (em.staticMethod()) {
            ArgSpec spec = new ArgSpec(name, m, false, em.keywords());
            return new PyStaticMethod(new PyBuiltinFunction(name, spec::call, null, docOf(em), null));
        }
        // an instance method: a Java instance method, or a static one taking self first
        ArgSpec spec = new ArgSpec(name, m, true, em.keywords());
        if (isStatic && m.getParameterCount() == 0) {
            throw new IllegalStateException("static exposed method without self: " + m);
        }
        return new PyMethodDescr(name, type, spec::call, false, docOf(em));
    }

    private static String docOf(ExposedMethod em) {
        return em.doc().isEmpty() ? null : em.doc();
    }

    private static PyObject newFunction(PyType type, Method m) {
        java.lang.invoke.MethodHandle mh;
        try {
            mh = java.lang.invoke.MethodHandles.privateLookupIn(m.getDeclaringClass(), java.lang.invoke.MethodHandles.lookup())
                    .unreflect(m).asType(java.lang.invoke.MethodType.methodType(
                            PyObject.class, PyType.class, PyObject[].class, String[].class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        String name = type.getName();
        // tp_new wrapper: type.__new__(subtype, *args, **kw)
        PyBuiltinFunction.BuiltinCall body = (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw < 1) {
                throw Py.TypeError(name + ".__new__(): not enough arguments");
            }
            if (!(args[0] instanceof PyType sub)) {
                throw Py.TypeError(name + ".__new__(X): X is not a type object (" + args[0].getType().getName() + ")");
            }
            if (!sub.isSubtypeOf(type)) {
                throw Py.TypeError(name + ".__new__(" + sub.getName() + "): " + sub.getName() + " is not a subtype of " + name);
            }
            // tp_new_wrapper's check: the nearest builtin base of sub must share this __new__
            PyType staticBase = sub;
            while (staticBase.isHeap()) {
                staticBase = staticBase.getBase();
            }
            if (staticBase.lookup(N.__new__) != type.lookup(N.__new__)) {
                throw Py.TypeError(name + ".__new__(" + sub.getName() + ") is not safe, use " + staticBase.getName()
                        + ".__new__()");
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            try {
                return (PyObject) mh.invokeExact(sub, rest, kw);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw Py.fromJava(t);
            }
        };
        return new PyBuiltinFunction("__new__", body, type, null, null);
    }

    private static PyObject getSet(PyType type, String name, Method[] ms) {
        java.util.function.Function<PyObject, PyObject> getter = null;
        java.util.function.BiConsumer<PyObject, PyObject> setter = null;
        java.util.function.Consumer<PyObject> deleter = null;
        String doc = null;
        if (ms[0] != null) {
            Method g = ms[0];
            g.setAccessible(true);
            doc = g.getAnnotation(ExposedGet.class).doc();
            getter = obj -> ArgSpec.toPy(invoke(g, obj));
        }
        if (ms[1] != null) {
            Method s = ms[1];
            s.setAccessible(true);
            setter = (obj, v) -> invoke(s, obj, v);
        }
        if (ms[2] != null) {
            Method d = ms[2];
            d.setAccessible(true);
            deleter = obj -> invoke(d, obj);
        }
        return new PyGetSetDescr(name, type, getter, setter, deleter, doc == null || doc.isEmpty() ? null : doc);
    }

    private static Object invoke(Method m, Object self, Object... args) {
        try {
            return m.invoke(self, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw Py.fromJava(c);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- modules --------------------------------------------------------------------

    /** Fills a module's dict from a class annotated {@link PyModuleDef}. */
    public static void exposeModule(PyModule module, Class<?> cls) {
        PyDict dict = module.getDict();
        String modName = module.getName();
        for (Method m : cls.getDeclaredMethods()) {
            ExposedMethod em = m.getAnnotation(ExposedMethod.class);
            if (em == null) {
                continue;
            }
            if (!Modifier.isStatic(m.getModifiers())) {
                throw new IllegalStateException("module function must be static: " + m);
            }
            for (String name : pyNames(em, m)) {
                ArgSpec spec = new ArgSpec(name, m, false, em.keywords());
                dict.setItem(PyStr.intern(name), new PyBuiltinFunction(name, spec::call, null, docOf(em), modName));
            }
        }
        for (Field f : cls.getDeclaredFields()) {
            ExposedConstant c = f.getAnnotation(ExposedConstant.class);
            if (c == null) {
                continue;
            }
            String name = c.name().isEmpty() ? f.getName() : c.name();
            try {
                f.setAccessible(true);
                dict.setItem(PyStr.intern(name), ArgSpec.toPy(f.get(null)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            Method init = cls.getDeclaredMethod("init", PyModule.class);
            init.setAccessible(true);
            invoke(init, null, module);
        } catch (NoSuchMethodException e) {
            // no init hook
        }
    }
}

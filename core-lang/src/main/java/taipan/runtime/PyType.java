package taipan.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new-style class: a builtin type (implemented by a Java class, dict filled lazily by
 * {@link Exposer}) or a heap type (a class statement, {@code type(name, bases, dict)}).
 *
 * <p>Attribute lookup along the MRO is cached per type; any change to a heap type's dict
 * or bases bumps its {@link #version} and those of its subclasses, which also invalidates
 * the inline caches of the evaluator (they compare the version).
 */
@ExposedType(name = "type")
public class PyType extends PyObject implements Weakrefable {

    private static final Map<Class<?>, PyType> BY_CLASS = new ConcurrentHashMap<>();
    private static final AtomicInteger VERSIONS = new AtomicInteger(1);

    /** {@code object}. */
    public static final PyType OBJECT = new PyType("object", PyObject.class, null, true);
    /** {@code type}. */
    public static final PyType TYPE = new PyType("type", PyType.class, OBJECT, true);

    static {
        OBJECT.doc = "The most base type";
    }

    private PyType metatype;
    private String name;
    private String moduleName;
    private PyObject[] bases;
    private PyType base;
    private PyObject[] mro;
    /** Created lazily for builtin types (see ensureReady), so that bootstrapping has no cycles. */
    private PyDict dict;
    private String doc;
    private final boolean heap;
    private final Class<? extends PyObject> javaClass;
    private final boolean subclassable;
    private volatile boolean ready;
    /** The Java class whose members fill the dict of this builtin type (null: none). */
    private Class<? extends PyObject> exposeFrom;
    /** Creates an instance of a heap subtype; resolved lazily (see {@link #newInstance}). */
    private java.util.function.Function<PyType, PyObject> instanceFactory;

    private boolean instancesHaveDict;
    private int slotCount;
    private boolean abstractMethods;

    /** Bumped (to a fresh global number) whenever a lookup result may have changed. */
    public volatile int version = VERSIONS.getAndIncrement();
    private final Map<PyStr, PyObject> lookupCache = new ConcurrentHashMap<>();
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();

    private static final PyObject MISSING = new PyObject() {
        @Override public PyType getType() { return OBJECT; }
    };

    // ---- builtin types -------------------------------------------------------------

    private PyType(String name, Class<? extends PyObject> javaClass, PyType base, boolean subclassable) {
        this.metatype = this instanceof PyType && "type".equals(name) ? this : null;
        setNames(name);
        this.javaClass = javaClass;
        this.exposeFrom = javaClass;
        this.base = base;
        this.bases = base == null ? new PyObject[0] : new PyObject[] {base};
        this.heap = false;
        this.subclassable = subclassable;
        if (base == null) {
            this.mro = new PyObject[] {this};
        } else {
            this.mro = new PyObject[base.mro.length + 1];
            this.mro[0] = this;
            System.arraycopy(base.mro, 0, this.mro, 1, base.mro.length);
            synchronized (base.subclasses) {
                base.subclasses.add(new WeakReference<>(this));
            }
        }
        BY_CLASS.putIfAbsent(javaClass, this);
    }

    /**
     * A builtin type implemented by a Java class it may share with other types (the
     * exception hierarchy): the dict is filled from {@code exposeFrom} (may be null).
     */
    public static PyType newBuiltin(String tpName, PyType base, Class<? extends PyObject> javaClass,
                                    Class<? extends PyObject> exposeFrom, String doc) {
        PyType t = new PyType(tpName, javaClass, base, true);
        t.exposeFrom = exposeFrom;
        t.doc = doc;
        return t;
    }

    private void setNames(String tpName) {
        int dot = tpName.lastIndexOf('.');
        this.name = dot < 0 ? tpName : tpName.substring(dot + 1);
        this.moduleName = dot < 0 ? "__builtin__" : tpName.substring(0, dot);
    }

    /**
     * The type implemented by a Java class annotated {@link ExposedType}; call it from the
     * class's {@code TYPE} initializer.
     */
    public static PyType builtin(Class<? extends PyObject> cls) {
        PyType existing = BY_CLASS.get(cls);
        if (existing != null) {
            return existing;
        }
        ExposedType ann = cls.getAnnotation(ExposedType.class);
        if (ann == null) {
            throw new IllegalStateException(cls + " lacks @ExposedType");
        }
        PyType base = ann.base() == PyObject.class ? OBJECT : fromClass(ann.base());
        PyType t = new PyType(ann.name(), cls, base, ann.subclassable());
        t.doc = ann.doc().isEmpty() ? null : ann.doc();
        return t;
    }

    /** The builtin type whose Java class is {@code cls} (initialising the class if needed). */
    public static PyType fromClass(Class<? extends PyObject> cls) {
        PyType t = BY_CLASS.get(cls);
        if (t == null) {
            try {
                Class.forName(cls.getName(), true, cls.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            t = BY_CLASS.get(cls);
            if (t == null) {
                t = builtin(cls);
            }
        }
        return t;
    }

    /** Fills a builtin type's dict on first use. */
    private void ensureReady() {
        if (!ready) {
            synchronized (this) {
                if (!ready) {
                    if (!heap) {
                        dict = new PyDict();
                        if (doc != null) {
                            dict.setItem(PyStr.intern("__doc__"), PyStr.of(doc));
                        }
                        if (exposeFrom != null) {
                            Exposer.exposeType(this, exposeFrom);
                        }
                    }
                    ready = true;
                }
            }
        }
    }

    // ---- heap types ----------------------------------------------------------------

    private PyType(PyType metatype, String name, PyObject[] bases, PyType base, PyDict ns) {
        this.metatype = metatype;
        this.name = name;
        this.heap = true;
        this.subclassable = true;
        this.bases = bases;
        this.base = base;
        this.javaClass = base.javaClass;
        this.dict = new PyDict();
        this.dict.update(ns);
        this.ready = true;
    }

    /** {@code type(name, bases, dict)} for a heap type; see {@link TypeBuilder}. */
    static PyType newHeapType(PyType metatype, String name, PyObject[] bases, PyType base, PyDict ns) {
        return new PyType(metatype, name, bases, base, ns);
    }

    // ---- accessors -----------------------------------------------------------------

    @Override
    public PyType getType() {
        return metatype == null ? TYPE : metatype;
    }

    public void setMetatype(PyType metatype) {
        this.metatype = metatype;
    }

    @Override
    public PyDict getDict() {
        ensureReady();
        return dict;
    }

    public String getName() {
        return name;
    }

    /** The dict without triggering exposure (used while exposing). */
    PyDict getDictRaw() {
        return dict;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** "list" for builtins in __builtin__, "module.name" otherwise (as in reprs and errors). */
    public String qualifiedName() {
        if (heap) {
            PyObject m = dict.getItem(PyStr.intern("__module__"));
            if (m instanceof PyStr s && !s.toString().equals("__builtin__")) {
                return s + "." + name;
            }
            return name;
        }
        return moduleName.equals("__builtin__") ? name : moduleName + "." + name;
    }

    public String getModuleName() {
        if (heap) {
            PyObject m = dict.getItem(PyStr.intern("__module__"));
            return m == null ? "__builtin__" : m.toString();
        }
        return moduleName;
    }

    public boolean isHeap() {
        return heap;
    }

    public boolean isSubclassable() {
        return subclassable;
    }

    public Class<? extends PyObject> getJavaClass() {
        return javaClass;
    }

    /** tp_base: the base whose instance layout this type extends. */
    public PyType getBase() {
        return base;
    }

    public PyObject[] getBases() {
        return bases;
    }

    public PyObject[] getMro() {
        return mro;
    }

    void setMro(PyObject[] mro) {
        this.mro = mro;
        modified();
    }

    void setBasesRaw(PyObject[] bases, PyType base) {
        for (PyObject b : this.bases) {
            if (b instanceof PyType bt) {
                bt.removeSubclass(this);
            }
        }
        this.bases = bases;
        this.base = base;
        registerWithBases();
    }

    void registerWithBases() {
        for (PyObject b : bases) {
            if (b instanceof PyType bt) {
                synchronized (bt.subclasses) {
                    bt.subclasses.add(new WeakReference<>(this));
                }
            }
        }
    }

    private void removeSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null || r.get() == sub);
        }
    }

    public List<PyType> getSubclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    void setInstancesHaveDict(boolean v) {
        instancesHaveDict = v;
    }

    public int slotCount() {
        return slotCount;
    }

    void setSlotCount(int n) {
        slotCount = n;
    }

    public boolean hasAbstractMethods() {
        return abstractMethods;
    }

    public void setAbstractMethods(boolean v) {
        abstractMethods = v;
    }

    /**
     * A new instance of this heap type (or builtin type) laid out as its solid builtin base:
     * {@link PyUserObject} for plain classes, the base's nested {@code Derived} class (or the
     * base class itself when it implements {@link Derived}) otherwise.
     */
    public PyObject newInstance() {
        java.util.function.Function<PyType, PyObject> f = instanceFactory;
        if (f == null) {
            f = instanceFactory = findFactory(javaClass);
        }
        return f.apply(this);
    }

    private static java.util.function.Function<PyType, PyObject> findFactory(Class<? extends PyObject> cls) {
        if (cls == PyObject.class) {
            return PyUserObject::new;
        }
        Class<?> target = null;
        if (Derived.class.isAssignableFrom(cls)) {
            target = cls;
        } else {
            for (Class<?> c : cls.getDeclaredClasses()) {
                if (c.getSimpleName().equals("Derived") && Derived.class.isAssignableFrom(c)) {
                    target = c;
                }
            }
        }
        if (target == null) {
            return t -> {
                throw Py.TypeError("cannot create '" + t.qualifiedName() + "' instances");
            };
        }
        try {
            java.lang.invoke.MethodHandle ctor = java.lang.invoke.MethodHandles.privateLookupIn(target, java.lang.invoke.MethodHandles.lookup())
                    .findConstructor(target, java.lang.invoke.MethodType.methodType(void.class, PyType.class))
                    .asType(java.lang.invoke.MethodType.methodType(PyObject.class, PyType.class));
            return t -> {
                try {
                    return (PyObject) ctor.invokeExact(t);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw Py.fromJava(e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no (PyType) constructor in " + target, e);
        }
    }

    // ---- subtyping -----------------------------------------------------------------

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyObject t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    // ---- lookup --------------------------------------------------------------------

    /** {@code _PyType_Lookup}: the attribute along the MRO, without descriptors applied. */
    public PyObject lookup(PyStr name) {
        PyObject v = lookupCache.get(name);
        if (v == null) {
            v = lookupUncached(name);
            lookupCache.put(name, v == null ? MISSING : v);
            return v;
        }
        return v == MISSING ? null : v;
    }

    public PyObject lookup(String name) {
        return lookup(PyStr.intern(name));
    }

    private PyObject lookupUncached(PyStr name) {
        for (PyObject t : mro) {
            PyDict d = t instanceof PyType pt ? pt.getDict() : ((PyClass) t).getDict();
            PyObject v = d.getItem(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Called after any change that may alter lookups in this type or its subclasses. */
    public void modified() {
        version = VERSIONS.getAndIncrement();
        lookupCache.clear();
        for (PyType sub : getSubclasses()) {
            sub.modified();
        }
    }

    // ---- attribute protocol ---------------------------------------------------------

    @Override
    public PyObject lookupAttr(PyStr name) {
        PyType meta = getType();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && Ops.isDataDescriptor(metaAttr)) {
            return Ops.get(metaAttr, this, meta);
        }
        PyObject attr = lookup(name);
        if (attr != null) {
            if (Ops.hasGet(attr)) {
                return Ops.get(attr, null, this);
            }
            return attr;
        }
        if (metaAttr != null) {
            if (Ops.hasGet(metaAttr)) {
                return Ops.get(metaAttr, this, meta);
            }
            return metaAttr;
        }
        return null;
    }

    @Override
    public void setAttr(PyStr name, PyObject value) {
        if (!heap) {
            throw Py.TypeError("can't set attributes of built-in/extension type '" + qualifiedName() + "'");
        }
        PyObject metaAttr = getType().lookup(name);
        if (metaAttr != null && Ops.isDataDescriptor(metaAttr)) {
            metaAttr.__set__(this, value);
            return;
        }
        dict.setItem(name, value);
        modified();
    }

    @Override
    public void delAttr(PyStr name) {
        if (!heap) {
            throw Py.TypeError("can't set attributes of built-in/extension type '" + qualifiedName() + "'");
        }
        PyObject metaAttr = getType().lookup(name);
        if (metaAttr != null && Ops.isDataDescriptor(metaAttr)) {
            metaAttr.__delete__(this);
            return;
        }
        if (dict.getItem(name) == null) {
            throw Py.AttributeError(name.toString());
        }
        dict.delItem(name);
        modified();
    }

    // ---- calling a type creates an instance ------------------------------------------

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) {
            return args[0].getType();
        }
        PyObject newFn = lookup(N.__new__);
        if (newFn == null) {
            throw Py.TypeError("cannot create '" + qualifiedName() + "' instances");
        }
        PyObject[] newArgs = new PyObject[args.length + 1];
        newArgs[0] = this;
        System.arraycopy(args, 0, newArgs, 1, args.length);
        PyObject obj = Ops.unwrapStatic(newFn).__call__(newArgs, kwnames);
        PyType objType = obj.getType();
        if (!objType.isSubtypeOf(this)) {
            return obj;
        }
        if (this == TYPE && args.length != 3) {
            return obj;
        }
        PyObject init = objType.lookup(N.__init__);
        if (init != null) {
            PyObject r = Ops.callMethod(init, obj, args, kwnames);
            if (r != Py.None) {
                throw Py.TypeError("__init__() should return None, not '" + r.getType().getName() + "'");
            }
        }
        return obj;
    }

    @ExposedNew
    static PyObject type_new(PyType subtype, PyObject[] args, String[] kwnames) {
        return TypeBuilder.typeNew(subtype, args, kwnames);
    }

    // ---- exposed attributes ----------------------------------------------------------

    @ExposedGet(name = "__name__")
    public PyObject get_name() {
        return PyStr.of(heap ? name : (moduleName.equals("__builtin__") ? name : name));
    }

    @ExposedSet(name = "__name__")
    public void set_name(PyObject value) {
        if (!heap) {
            throw Py.TypeError("can't set " + name + ".__name__");
        }
        if (!(value instanceof PyStr s)) {
            throw Py.TypeError("can only assign string to " + name + ".__name__, not '" + value.getType().getName() + "'");
        }
        if (s.toString().indexOf('\0') >= 0) {
            throw Py.ValueError("__name__ must not contain null bytes");
        }
        name = s.toString();
    }

    @ExposedGet(name = "__module__")
    public PyObject get_module() {
        if (heap) {
            PyObject m = dict.getItem(PyStr.intern("__module__"));
            if (m == null) {
                throw Py.AttributeError("__module__");
            }
            return m;
        }
        return PyStr.of(moduleName);
    }

    @ExposedSet(name = "__module__")
    public void set_module(PyObject value) {
        if (!heap) {
            throw Py.TypeError("can't set " + name + ".__module__");
        }
        dict.setItem(PyStr.intern("__module__"), value);
        modified();
    }

    @ExposedGet(name = "__bases__")
    public PyObject get_bases() {
        return PyTuple.of(bases);
    }

    @ExposedSet(name = "__bases__")
    public void set_bases(PyObject value) {
        TypeBuilder.setBases(this, value);
    }

    @ExposedGet(name = "__base__")
    public PyObject get_base() {
        return base == null ? Py.None : base;
    }

    @ExposedGet(name = "__mro__")
    public PyObject get_mro() {
        return PyTuple.of(mro);
    }

    @ExposedGet(name = "__dict__")
    public PyObject get_dict() {
        return new PyDictProxy(getDict());
    }

    @ExposedGet(name = "__doc__")
    public PyObject get_doc() {
        PyObject d = getDict().getItem(PyStr.intern("__doc__"));
        if (d == null) {
            return Py.None;
        }
        if (!heap && d instanceof PyStr) {
            return d;
        }
        return Ops.get(d, null, this);
    }

    @ExposedGet(name = "__abstractmethods__")
    public PyObject get_abstractmethods() {
        PyObject v = heap ? dict.getItem(PyStr.intern("__abstractmethods__")) : null;
        if (v == null) {
            throw Py.AttributeError("__abstractmethods__");
        }
        return v;
    }

    @ExposedSet(name = "__abstractmethods__")
    public void set_abstractmethods(PyObject value) {
        dict.setItem(PyStr.intern("__abstractmethods__"), value);
        abstractMethods = Ops.isTrue(value);
        modified();
    }

    @ExposedDelete(name = "__abstractmethods__")
    public void del_abstractmethods() {
        if (dict.getItem(PyStr.intern("__abstractmethods__")) == null) {
            throw Py.AttributeError("__abstractmethods__");
        }
        dict.delItem(PyStr.intern("__abstractmethods__"));
        abstractMethods = false;
        modified();
    }

    /** tp_flags as far as Python code inspects them (HEAPTYPE 1<<9, BASETYPE 1<<10, ...). */
    @ExposedGet(name = "__flags__")
    public long get_flags() {
        long f = 1L << 0 | 1L << 1 | 1L << 3 | 1L << 5 | 1L << 6 | 1L << 7 | 1L << 8 | 1L << 12 | 1L << 17 | 1L << 18;
        if (heap) {
            f |= 1L << 9;
        }
        if (subclassable) {
            f |= 1L << 10;
        }
        if (abstractMethods) {
            f |= 1L << 20;
        }
        return f;
    }

    @ExposedMethod
    public PyObject mro() {
        return new PyList(TypeBuilder.computeMro(this));
    }

    @ExposedMethod
    public PyObject __subclasses__() {
        List<PyObject> out = new ArrayList<>(getSubclasses());
        return new PyList(out);
    }

    @ExposedMethod
    public boolean __instancecheck__(PyObject obj) {
        return Ops.recursiveIsInstance(obj, this);
    }

    @ExposedMethod
    public boolean __subclasscheck__(PyObject sub) {
        return Ops.recursiveIsSubclass(sub, this);
    }

    @Override
    public PyObject __repr__() {
        String kind = heap ? "class" : "type";
        return PyStr.of("<" + kind + " '" + qualifiedName() + "'>");
    }

    @Override
    public PyObject __eq__(PyObject other) {
        return null;
    }

    @Override
    public long __hash__() {
        return Py.identityHash(this);
    }

    // Java-side conveniences

    public static PyType typeOf(Class<? extends PyObject> cls) {
        return fromClass(cls);
    }

    @Override
    public String toString() {
        return __repr__().toString();
    }

    static PyObject[] copyOf(PyObject[] a) {
        return Arrays.copyOf(a, a.length);
    }
}

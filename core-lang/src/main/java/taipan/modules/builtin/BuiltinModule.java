package taipan.modules.builtin;

import taipan.runtime.*;

/**
 * The {@code __builtin__} module: the constants, the builtin types (registered here, each
 * implemented by its own class), the exception classes and the builtin functions. The
 * functions live in this class (attributes and introspection) and in {@link Sequences}
 * (iteration), {@link Numbers} (numeric helpers), {@link Execution} (compile, eval, execfile,
 * input, print) whose exposed methods are added to the module by {@link #init}.
 */
@PyModuleDef(name = "__builtin__", doc = "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.")
public final class BuiltinModule {
    private BuiltinModule() {}

    /**
     * Types implemented on other branches of the project, registered when their class is on
     * the class path (Python name, Java class name).
     */
    private static final String[][] OPTIONAL_TYPES = {
        {"enumerate", "taipan.runtime.PyEnumerate"},
        {"reversed", "taipan.runtime.PyReversed"},
        {"bytearray", "taipan.runtime.PyByteArray"},
        {"buffer", "taipan.runtime.PyBuffer"},
        {"memoryview", "taipan.runtime.PyMemoryView"},
    };

    static void init(PyModule m) {
        m.set("None", Py.None);
        m.set("Ellipsis", Py.Ellipsis);
        m.set("NotImplemented", Py.NotImplemented);
        m.set("True", Py.True);
        m.set("False", Py.False);
        m.set("__debug__", Py.bool(!Interp.current().optimize));
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyLong.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyBool.TYPE,
            PyStr.TYPE, PyUnicode.TYPE, PyBaseString.TYPE, PyByteArray.TYPE, PyBuffer.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE,
            PyFrozenSet.TYPE, PySlice.TYPE, PyXRange.TYPE, PyFile.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE,
            PyProperty.TYPE, PySuper.TYPE};
        for (PyType t : types) {
            m.set(t.getName(), t);
        }
        m.set("bytes", PyStr.TYPE);
        for (String[] opt : OPTIONAL_TYPES) {
            PyType t = optionalType(opt[1]);
            if (t != null) {
                m.set(opt[0], t);
            }
        }
        for (PyType t : Exceptions.all()) {
            m.set(t.getName(), t);
        }
        Exposer.exposeModule(m, Sequences.class);
        Exposer.exposeModule(m, Numbers.class);
        Exposer.exposeModule(m, Execution.class);
    }

    private static PyType optionalType(String className) {
        try {
            Class<?> c = Class.forName(className, true, BuiltinModule.class.getClassLoader());
            if (PyObject.class.isAssignableFrom(c)) {
                return PyType.fromClass(c.asSubclass(PyObject.class));
            }
        } catch (ClassNotFoundException | IllegalStateException e) {
            // not on this build's class path
        }
        return null;
    }

    /** The innermost Python frame of the calling thread, or null at the top level of Java code. */
    static PyFrame frame() {
        return ThreadState.get().frame;
    }

    // ---- objects and attributes ---------------------------------------------------------

    @ExposedMethod(doc = "len(object) -> integer\n\nReturn the number of items of a sequence or collection.")
    static PyObject len(PyObject o) {
        return PyInt.of(Ops.lenLong(o));
    }

    @ExposedMethod(doc = "repr(object) -> string\n\nReturn the canonical string representation of the object.\nFor most object types, eval(repr(object)) == object.")
    static PyObject repr(PyObject o) {
        return Ops.repr(o);
    }

    @ExposedMethod(doc = "abs(number) -> number\n\nReturn the absolute value of the argument.")
    static PyObject abs(PyObject o) {
        return Ops.abs(o);
    }

    @ExposedMethod(doc = "callable(object) -> bool\n\nReturn whether the object is callable (i.e., some kind of function).\nNote that classes are callable, as are instances with a __call__() method.")
    static PyObject callable(PyObject o) {
        return Py.bool(Ops.isCallable(o));
    }

    @ExposedMethod(doc = "id(object) -> integer\n\nReturn the identity of an object.  This is guaranteed to be unique among\nsimultaneously existing objects.  (Hint: it's the object's memory address.)")
    static PyObject id(PyObject o) {
        return PyInt.of(Py.id(o));
    }

    @ExposedMethod(doc = "hash(object) -> integer\n\nReturn a hash value for the object.  Two objects with the same value have\nthe same hash value.  The reverse is not necessarily true, but likely.")
    static PyObject hash(PyObject o) {
        return PyInt.of(Ops.hash(o));
    }

    @ExposedMethod(doc = "isinstance(object, class-or-type-or-tuple) -> bool\n\nReturn whether an object is an instance of a class or of a subclass thereof.\nWith a type as second argument, return whether that is the object's type.\nThe form using a tuple, isinstance(x, (A, B, ...)), is a shortcut for\nisinstance(x, A) or isinstance(x, B) or ... (etc.).")
    static PyObject isinstance(PyObject[] args, String[] kw) {
        Args.unpack("isinstance", args, kw, 2, 2);
        return Py.bool(Ops.isInstance(args[0], args[1]));
    }

    @ExposedMethod(doc = "issubclass(C, B) -> bool\n\nReturn whether class C is a subclass (i.e., a derived class) of class B.\nWhen using a tuple as the second argument issubclass(X, (A, B, ...)),\nis a shortcut for issubclass(X, A) or issubclass(X, B) or ... (etc.).")
    static PyObject issubclass(PyObject[] args, String[] kw) {
        Args.unpack("issubclass", args, kw, 2, 2);
        return Py.bool(Ops.isSubclass(args[0], args[1]));
    }

    /** The name argument of getattr/hasattr: str, or unicode in the default encoding. */
    private static PyStr attrNameArg(String func, PyObject name) {
        if (name instanceof PyUnicode u) {
            name = PyStr.fromUnicodeDefault(u);
        }
        if (!(name instanceof PyStr)) {
            throw Py.TypeError(func + "(): attribute name must be string");
        }
        return Ops.attrName(name);
    }

    @ExposedMethod(doc = "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case.")
    static PyObject getattr(PyObject[] args, String[] kw) {
        Args.unpack("getattr", args, kw, 2, 3);
        PyObject o = args[0];
        PyStr n = attrNameArg("getattr", args[1]);
        if (args.length == 2) {
            return Ops.getattr(o, n);
        }
        try {
            PyObject v = Ops.getattrOrNull(o, n);
            return v == null ? args[2] : v;
        } catch (PyException e) {
            if (e.matches(Exceptions.AttributeError)) {
                return args[2];
            }
            throw e;
        }
    }

    @ExposedMethod(doc = "hasattr(object, name) -> bool\n\nReturn whether the object has an attribute with the given name.\n(This is done by calling getattr(object, name) and catching exceptions.)")
    static PyObject hasattr(PyObject[] args, String[] kw) {
        Args.unpack("hasattr", args, kw, 2, 2);
        PyStr n = attrNameArg("hasattr", args[1]);
        try {
            return Py.bool(Ops.getattrOrNull(args[0], n) != null);
        } catch (PyException e) {
            if (e.matches(Exceptions.Exception)) {
                return Py.False;
            }
            throw e;
        }
    }

    @ExposedMethod(doc = "setattr(object, name, value)\n\nSet a named attribute on an object; setattr(x, 'y', v) is equivalent to\n``x.y = v''.")
    static PyObject setattr(PyObject[] args, String[] kw) {
        Args.unpack("setattr", args, kw, 3, 3);
        Ops.setattr(args[0], args[1], args[2]);
        return Py.None;
    }

    @ExposedMethod(doc = "delattr(object, name)\n\nDelete a named attribute on an object; delattr(x, 'y') is equivalent to\n``del x.y''.")
    static PyObject delattr(PyObject[] args, String[] kw) {
        Args.unpack("delattr", args, kw, 2, 2);
        Ops.delattr(args[0], args[1]);
        return Py.None;
    }

    @ExposedMethod(doc = "intern(string) -> string\n\n``Intern'' the given string.  This enters the string in the (global)\ntable of interned strings whose purpose is to speed up dictionary lookups.\nReturn the string itself or the previously interned string object with the\nsame value.")
    static PyObject intern(PyObject[] args, String[] kw) {
        Args.tuple("intern", args, kw, 1, 1);
        PyObject s = args[0];
        if (!(s instanceof PyStr ps)) {
            throw Py.TypeError("intern() argument 1 must be string, not " + Args.argTypeName(s));
        }
        if (s.getClass() != PyStr.class) {
            throw Py.TypeError("can't intern subclass of string");
        }
        return PyStr.intern(ps);
    }

    @ExposedMethod(doc = "format(value[, format_spec]) -> string\n\nReturns value.__format__(format_spec)\nformat_spec defaults to the empty string.\nSee the Format Specification Mini-Language section of help('FORMATTING') for\ndetails.")
    static PyObject format(PyObject[] args, String[] kw) {
        Args.tuple("format", args, kw, 1, 2);
        return Ops.format(args[0], args.length > 1 ? args[1] : PyStr.EMPTY);
    }

    @ExposedMethod(doc = "cmp(x, y) -> integer\n\nReturn negative if x<y, zero if x==y, positive if x>y.")
    static PyObject cmp(PyObject[] args, String[] kw) {
        Args.unpack("cmp", args, kw, 2, 2);
        return PyInt.of(Ops.cmp(args[0], args[1]));
    }

    // ---- iteration protocol ---------------------------------------------------------------

    @ExposedMethod(doc = "iter(collection) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel.")
    static PyObject iter(PyObject[] args, String[] kw) {
        Args.unpack("iter", args, kw, 1, 2);
        if (args.length == 1) {
            return Ops.iter(args[0]);
        }
        if (!Ops.isCallable(args[0])) {
            throw Py.TypeError("iter(v, w): v must be callable");
        }
        return new CallableIterator(args[0], args[1]);
    }

    @ExposedMethod(doc = "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration.")
    static PyObject next(PyObject[] args, String[] kw) {
        Args.unpack("next", args, kw, 1, 2);
        PyObject it = args[0];
        if (!Ops.isIterator(it)) {
            throw Py.TypeError(Args.typeName(it) + " object is not an iterator");
        }
        if (args.length == 1 && !(it instanceof PyInstance) && it.getType().isHeap()) {
            // the next() of a new-style class raising StopIteration(value) propagates as it is
            PyObject meth = it.getType().lookup(N.next);
            if (meth != null && !(meth instanceof PyMethodDescr)) {
                return Ops.callMethod(meth, it);
            }
        }
        PyObject v = Ops.next(it);
        if (v == null) {
            if (args.length == 2) {
                return args[1];
            }
            throw Py.StopIteration();
        }
        return v;
    }

    // ---- namespaces -------------------------------------------------------------------------

    @ExposedMethod(doc = "globals() -> dictionary\n\nReturn the dictionary containing the current scope's global variables.")
    static PyObject globals() {
        PyFrame f = frame();
        return f == null ? Py.None : f.globals;
    }

    @ExposedMethod(doc = "locals() -> dictionary\n\nUpdate and return a dictionary containing the current scope's local variables.")
    static PyObject locals() {
        PyFrame f = frame();
        return f == null ? Py.None : f.getLocals();
    }

    @ExposedMethod(doc = "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an argument, equivalent to object.__dict__.")
    static PyObject vars(PyObject[] args, String[] kw) {
        Args.unpack("vars", args, kw, 0, 1);
        if (args.length == 0) {
            PyFrame f = frame();
            if (f == null) {
                throw Py.SystemError("vars(): no locals!?");
            }
            return f.getLocals();
        }
        PyObject d;
        try {
            d = Ops.getattrOrNull(args[0], N.__dict__);
        } catch (PyException e) {
            d = null;
        }
        if (d == null) {
            throw Py.TypeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    @ExposedMethod(doc = "dir([object]) -> list of strings\n\nIf called without an argument, return the names in the current scope.\nElse, return an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it.\nIf the object supplies a method named __dir__, it will be used; otherwise\nthe default dir() logic is used and returns:\n  for a module object: the module's attributes.\n  for a class object:  its attributes, and recursively the attributes\n    of its bases.\n  for any other object: its attributes, its class's attributes, and\n    recursively the attributes of its class's base classes.")
    static PyObject dir(PyObject[] args, String[] kw) {
        Args.unpack("dir", args, kw, 0, 1);
        PyObject result = args.length == 0 ? Dir.locals(frame()) : Dir.object(args[0]);
        Dir.sort(result);
        return result;
    }

    // ---- modules -------------------------------------------------------------------------------

    private static final String[] IMPORT_PARAMS = {"name", "globals", "locals", "fromlist", "level"};

    @ExposedMethod(names = "__import__", doc = "__import__(name, globals={}, locals={}, fromlist=[], level=-1) -> module\n\nImport a module. Because this function is meant for use by the Python\ninterpreter and not for general use, it is better to use\nimportlib.import_module() to programmatically import a module.\n\nThe globals argument is only used to determine the context;\nthey are not modified.  The locals argument is unused.  The fromlist\nshould be a list of names to emulate ``from name import ...'', or an\nempty list to emulate ``import name''.\nWhen importing a module from a package, note that __import__('A.B', ...)\nreturns package A when fromlist is empty, but its submodule B when\nfromlist is not empty.  The level argument is used to determine whether to\nperform absolute or relative imports: 0 is absolute, while a positive number\nis the number of parent directories to search relative to the current module.")
    static PyObject import_(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("__import__", args, kw, IMPORT_PARAMS, 1);
        String name = Args.cString("__import__", 1, a[0]);
        int level = a[4] == null ? -1 : Args.cInt(a[4]);
        PyDict g = a[1] instanceof PyDict d ? d : null;
        return Interp.current().importer.importModuleLevel(name, g, a[3] == null ? Py.None : a[3], level);
    }

    @ExposedMethod(doc = "reload(module) -> module\n\nReload the module.  The module must have been successfully imported before.")
    static PyObject reload(PyObject m) {
        return Interp.current().importer.reload(m);
    }

    @ExposedMethod(doc = "open(name[, mode[, buffering]]) -> file object\n\nOpen a file using the file() type, returns a file object.  This is the\npreferred way to open a file.  See file.__doc__ for further information.")
    static PyObject open(PyObject[] args, String[] kw) {
        return Ops.call(PyFile.TYPE, args, kw);
    }

    /** {@code iter(callable, sentinel)}. */
    @ExposedType(name = "callable-iterator", subclassable = false)
    public static final class CallableIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin(CallableIterator.class);
        private volatile PyObject callable;
        private final PyObject sentinel;

        CallableIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject __iter__() {
            return this;
        }

        @Override
        public PyObject __iternext__() {
            PyObject c = callable;
            if (c == null) {
                return null;
            }
            PyObject v;
            try {
                v = Ops.call(c);
            } catch (PyException e) {
                if (e.matches(Exceptions.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (Ops.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}

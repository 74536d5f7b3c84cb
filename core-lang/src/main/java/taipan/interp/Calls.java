package taipan.interp;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import taipan.runtime.Exceptions;
import taipan.runtime.N;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBuiltinFunction;
import taipan.runtime.PyClass;
import taipan.runtime.PyDict;
import taipan.runtime.PySuper;
import taipan.runtime.PyException;
import taipan.runtime.PyFrame;
import taipan.runtime.PyFunction;
import taipan.runtime.PyInstance;
import taipan.runtime.PyMethod;
import taipan.runtime.PyMethodDescr;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.PyUnicode;

/** Calls: plain positional calls, method calls without a bound-method object, and the general form. */
public final class Calls {
    private Calls() {}

    /** {@code f(a, b)}: positional arguments only. */
    public static final class CallPositional extends Expr {
        final Expr func;
        final Expr[] args;

        public CallPositional(int line, Expr func, Expr[] args) {
            super(line);
            this.func = func;
            this.args = args;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject fn = func.eval(f);
            PyObject[] a = Literals.evalAll(args, f);
            return Ops.call(fn, a, null);
        }
    }

    /**
     * {@code obj.name(args)}: when the attribute is a plain function or builtin method found
     * on the type (and not shadowed by the instance dict), call it with obj as self directly.
     */
    public static final class CallMethod extends Expr {
        final Expr obj;
        final PyStr name;
        final Expr[] args;
        final String[] kwnames;

        public CallMethod(int line, Expr obj, String name, Expr[] args, String[] kwnames) {
            super(line);
            this.obj = obj;
            this.name = PyStr.intern(name);
            this.args = args;
            this.kwnames = kwnames;
        }

        /**
         * The method found for one receiver type at one type version (a monomorphic inline
         * cache). Type and method are held weakly, so a cache never keeps a class alive; while
         * the type lives, its MRO holds the method.
         */
        private static final class Site extends WeakReference<PyType> {
            final int version;
            final WeakReference<PyObject> descr;

            Site(PyType type, int version, PyObject descr) {
                super(type);
                this.version = version;
                this.descr = descr == null ? null : new WeakReference<>(descr);
            }
        }

        private Site site;

        @Override
        public PyObject eval(PyFrame f) {
            PyObject o = obj.eval(f);
            PyType t = o.getType();
            if (!(o instanceof PyInstance) && !(o instanceof PyType) && !(o instanceof PySuper)) {
                Site s = site;
                if (s == null || s.get() != t || s.version != t.version) {
                    s = new Site(t, t.version, plainGetattr(t) ? t.lookup(name) : null);
                    site = s;
                }
                PyObject descr = s.descr == null ? null : s.descr.get();
                if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
                    PyDict d = o.getDict();
                    if (d == null || d.getItem(name) == null) {
                        PyObject[] a = Literals.evalAll(args, f);
                        if (descr instanceof PyFunction fn) {
                            return fn.callWithSelf(o, a, kwnames);
                        }
                        return ((PyMethodDescr) descr).callWithSelf(o, a, kwnames);
                    }
                }
            }
            PyObject m = Ops.getattr(o, name);
            return Ops.call(m, Literals.evalAll(args, f), kwnames);
        }

        private static boolean plainGetattr(PyType t) {
            if (!t.isHeap()) {
                return true;
            }
            PyObject ga = t.lookup(N.__getattribute__);
            return ga instanceof PyMethodDescr d && d.getOwner() == PyType.OBJECT;
        }
    }

    /** The general call: keywords, {@code *args}, {@code **kwargs}. */
    public static final class CallGeneral extends Expr {
        final Expr func;
        final Expr[] args;
        final String[] kwnames;
        final Expr[] kwvalues;
        final Expr starargs, kwargs;

        public CallGeneral(int line, Expr func, Expr[] args, String[] kwnames, Expr[] kwvalues, Expr starargs, Expr kwargs) {
            super(line);
            this.func = func;
            this.args = args;
            this.kwnames = kwnames;
            this.kwvalues = kwvalues;
            this.starargs = starargs;
            this.kwargs = kwargs;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject fn = func.eval(f);
            List<PyObject> pos = new ArrayList<>(Arrays.asList(Literals.evalAll(args, f)));
            List<String> names = new ArrayList<>(Arrays.asList(kwnames));
            List<PyObject> values = new ArrayList<>(Arrays.asList(Literals.evalAll(kwvalues, f)));
            if (starargs != null) {
                PyObject s = starargs.eval(f);
                if (s instanceof PyTuple t) {
                    pos.addAll(t.asList());
                } else {
                    try {
                        pos.addAll(Ops.toList(s));
                    } catch (PyException e) {
                        if (e.matches(Exceptions.TypeError) && !isIterable(s)) {
                            throw Py.TypeError(funcName(fn) + funcDesc(fn) + " argument after * must be a sequence, not "
                                    + s.getType().getName());
                        }
                        throw e;
                    }
                }
            }
            if (kwargs != null) {
                PyObject k = kwargs.eval(f);
                addMapping(fn, k, names, values);
            }
            PyObject[] all = new PyObject[pos.size() + values.size()];
            for (int i = 0; i < pos.size(); i++) {
                all[i] = pos.get(i);
            }
            for (int i = 0; i < values.size(); i++) {
                all[pos.size() + i] = values.get(i);
            }
            return Ops.call(fn, all, names.isEmpty() ? null : names.toArray(new String[0]));
        }

        private static boolean isIterable(PyObject o) {
            return o.getType().lookup(N.__iter__) != null || o.getType().lookup(N.__getitem__) != null || o instanceof PyInstance;
        }

        private static void addMapping(PyObject fn, PyObject k, List<String> names, List<PyObject> values) {
            List<PyObject> keys;
            if (k instanceof PyDict d) {
                keys = d.keysList();
            } else {
                PyObject keysMeth = Ops.getattrOrNull(k, N.keys);
                if (keysMeth == null) {
                    throw Py.TypeError(funcName(fn) + funcDesc(fn) + " argument after ** must be a mapping, not "
                            + k.getType().getName());
                }
                keys = Ops.toList(Ops.call(keysMeth));
            }
            for (PyObject key : keys) {
                String s;
                if (key instanceof PyStr ks) {
                    s = ks.toString();
                } else if (key instanceof PyUnicode u) {
                    s = PyStr.fromUnicodeDefault(u).toString();
                } else {
                    throw Py.TypeError(funcName(fn) + funcDesc(fn) + " keywords must be strings");
                }
                if (names.contains(s)) {
                    throw Py.TypeError(funcName(fn) + funcDesc(fn) + " got multiple values for keyword argument '" + s + "'");
                }
                names.add(s);
                values.add(Ops.getitem(k, key));
            }
        }
    }

    /** PyEval_GetFuncName. */
    static String funcName(PyObject fn) {
        if (fn instanceof PyMethod m) {
            return funcName(m.func);
        }
        if (fn instanceof PyFunction f) {
            return f.name;
        }
        if (fn instanceof PyBuiltinFunction b) {
            return b.getName();
        }
        if (fn instanceof PyClass c) {
            return c.getName();
        }
        if (fn instanceof PyInstance i) {
            return i.getInstClass().getName();
        }
        return fn.getType().getName();
    }

    /** PyEval_GetFuncDesc. */
    static String funcDesc(PyObject fn) {
        if (fn instanceof PyMethod || fn instanceof PyFunction || fn instanceof PyBuiltinFunction) {
            return "()";
        }
        if (fn instanceof PyClass) {
            return " constructor";
        }
        if (fn instanceof PyInstance) {
            return " instance";
        }
        return " object";
    }
}

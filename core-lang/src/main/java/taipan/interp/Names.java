package taipan.interp;

import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyCell;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyFrame;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;

/** Loads, stores and deletes of the four kinds of variables: fast, cell, global, name. */
public final class Names {
    private Names() {}

    static PyException unboundLocal(String name) {
        return new PyException(Exceptions.UnboundLocalError, "local variable '" + name + "' referenced before assignment");
    }

    // ---- fast locals ------------------------------------------------------------------

    public static final class FastLoad extends Expr {
        final int slot;
        final String name;

        public FastLoad(int line, int slot, String name) {
            super(line);
            this.slot = slot;
            this.name = name;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = f.locals[slot];
            if (v == null) {
                throw unboundLocal(name);
            }
            return v;
        }
    }

    public static final class FastTarget extends Target {
        final int slot;
        final String name;

        public FastTarget(int line, int slot, String name) {
            super(line);
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            f.locals[slot] = value;
        }

        @Override
        public void delete(PyFrame f) {
            if (f.locals[slot] == null) {
                throw unboundLocal(name);
            }
            f.locals[slot] = null;
        }
    }

    // ---- cells ------------------------------------------------------------------------

    public static final class CellLoad extends Expr {
        final int index;
        final String name;
        final boolean free;

        public CellLoad(int line, int index, String name, boolean free) {
            super(line);
            this.index = index;
            this.name = name;
            this.free = free;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = f.cells[index].value;
            if (v == null) {
                throw unboundCell(name, free);
            }
            return v;
        }
    }

    static PyException unboundCell(String name, boolean free) {
        if (free) {
            return Py.NameError("free variable '" + name + "' referenced before assignment in enclosing scope");
        }
        return unboundLocal(name);
    }

    public static final class CellTarget extends Target {
        final int index;
        final String name;
        final boolean free;

        public CellTarget(int line, int index, String name, boolean free) {
            super(line);
            this.index = index;
            this.name = name;
            this.free = free;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            f.cells[index].value = value;
        }

        @Override
        public void delete(PyFrame f) {
            PyCell c = f.cells[index];
            if (c.value == null) {
                throw unboundCell(name, free);
            }
            c.value = null;
        }
    }

    // ---- globals ------------------------------------------------------------------------

    /** What a global load remembers: the dict it looked in and where it found the name. */
    private static final class GlobalCache {
        final PyDict globals;
        final PyDict.Entry entry;
        final int version;
        final PyDict builtins;
        final PyDict.Entry builtinEntry;

        GlobalCache(PyDict globals, PyDict.Entry entry, int version, PyDict builtins, PyDict.Entry builtinEntry) {
            this.globals = globals;
            this.entry = entry;
            this.version = version;
            this.builtins = builtins;
            this.builtinEntry = builtinEntry;
        }
    }

    /**
     * LOAD_GLOBAL with an inline cache: the dict entry of the name in the globals (entries
     * keep their identity while the key lives), or — when the name is not a global — the
     * builtins entry, valid as long as no key was added to the globals.
     */
    public static final class GlobalLoad extends Expr {
        final PyStr name;
        private GlobalCache cache;

        public GlobalLoad(int line, String name) {
            super(line);
            this.name = PyStr.intern(name);
        }

        @Override
        public PyObject eval(PyFrame f) {
            GlobalCache c = cache;
            PyDict g = f.globals;
            if (c != null && c.globals == g) {
                if (c.entry != null) {
                    PyObject v = c.entry.value();
                    if (v != null) {
                        return v;
                    }
                } else if (g.keysVersion() == c.version) {
                    PyObject v = c.builtinEntry.value();
                    if (v != null && c.builtins == f.builtinsDict()) {
                        return v;
                    }
                }
            }
            return slow(f, g);
        }

        private PyObject slow(PyFrame f, PyDict g) {
            int version = g.keysVersion();
            PyDict.Entry e = g.getEntry(name);
            if (e != null && e.value() != null) {
                cache = new GlobalCache(g, e, version, null, null);
                return e.value();
            }
            PyDict b = f.builtinsDict();
            PyDict.Entry be = b.getEntry(name);
            if (be != null && be.value() != null) {
                cache = new GlobalCache(g, null, version, b, be);
                return be.value();
            }
            throw Py.NameError("global name '" + name + "' is not defined");
        }
    }

    public static final class GlobalTarget extends Target {
        final PyStr name;

        public GlobalTarget(int line, String name) {
            super(line);
            this.name = PyStr.intern(name);
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            f.globals.setItem(name, value);
        }

        @Override
        public void delete(PyFrame f) {
            if (!f.globals.delItemIfPresent(name)) {
                throw Py.NameError("global name '" + name + "' is not defined");
            }
        }
    }

    // ---- dict-based names (module, class body, exec) -----------------------------------------

    /** A dict subclass used as a namespace goes through its own __getitem__ (LOAD_NAME's PyDict_CheckExact). */
    static PyObject mappingGet(PyObject mapping, PyStr name) {
        if (mapping instanceof PyDict d && mapping.getClass() == PyDict.class) {
            return d.getItem(name);
        }
        try {
            return Ops.getitem(mapping, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    /** LOAD_NAME: the locals mapping, then globals, then builtins. */
    public static final class NameLoad extends Expr {
        final PyStr name;

        public NameLoad(int line, String name) {
            super(line);
            this.name = PyStr.intern(name);
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject locals = f.localsDict;
            PyObject v;
            if (locals != null && locals != f.globals) {
                v = mappingGet(locals, name);
                if (v != null) {
                    return v;
                }
            }
            v = f.globals.getItem(name);
            if (v != null) {
                return v;
            }
            v = f.builtinsDict().getItem(name);
            if (v != null) {
                return v;
            }
            throw Py.NameError("name '" + name + "' is not defined");
        }
    }

    /**
     * An implicit global of a function that uses 'exec ... in' (2.7 compiles these to
     * LOAD_NAME): the frame's f_locals dict (which the exec may have filled), then the
     * globals and builtins.
     */
    public static final class FrameLocalsLoad extends Expr {
        final PyStr name;

        public FrameLocalsLoad(int line, String name) {
            super(line);
            this.name = PyStr.intern(name);
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyDict locals = f.fastLocalsOrNull();
            PyObject v;
            if (locals != null) {
                v = locals.getItem(name);
                if (v != null) {
                    return v;
                }
            }
            v = f.globals.getItem(name);
            if (v != null) {
                return v;
            }
            v = f.builtinsDict().getItem(name);
            if (v != null) {
                return v;
            }
            throw Py.NameError("name '" + name + "' is not defined");
        }
    }

    public static final class NameTarget extends Target {
        final PyStr name;

        public NameTarget(int line, String name) {
            super(line);
            this.name = PyStr.intern(name);
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            PyObject locals = f.localsDict;
            if (locals instanceof PyDict d && locals.getClass() == PyDict.class) {
                d.setItem(name, value);
            } else if (locals == null) {
                f.globals.setItem(name, value);
            } else {
                Ops.setitem(locals, name, value);
            }
        }

        @Override
        public void delete(PyFrame f) {
            PyObject locals = f.localsDict == null ? f.globals : f.localsDict;
            if (locals instanceof PyDict d && locals.getClass() == PyDict.class) {
                if (!d.delItemIfPresent(name)) {
                    throw Py.NameError("name '" + name + "' is not defined");
                }
                return;
            }
            try {
                Ops.delitem(locals, name);
            } catch (PyException e) {
                if (e.matches(Exceptions.KeyError)) {
                    throw Py.NameError("name '" + name + "' is not defined");
                }
                throw e;
            }
        }
    }
}

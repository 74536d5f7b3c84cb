package taipan.modules.json;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import taipan.runtime.*;

/**
 * {@code _json.make_encoder(markers, default, encoder, indent, key_separator, item_separator,
 * sort_keys, skipkeys, allow_nan)}: called as {@code (obj, _current_indent_level)} it returns the
 * chunks of the compact JSON text of obj (json uses it when indent is None).
 */
@ExposedType(name = "_json.Encoder", doc = "_iterencode(obj, _current_indent_level) -> iterable")
public final class JsonEncoder extends PyObject {
    public static final PyType TYPE = PyType.builtin(JsonEncoder.class);

    private final boolean checkCircular;
    private final PyObject defaultFn;
    private final PyObject encoder;
    private final boolean fastAscii;
    private final PyObject keySeparator;
    private final PyObject itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;
    /** Spaces per level, or -1 for compact output (CPython's C encoder has only that). */
    private final int indent;
    /** Messages of json's Python encoder (used by CPython when indent is set). */
    private final boolean pyMessages;

    private JsonEncoder(PyObject[] a) {
        this.checkCircular = a[0] != Py.None;
        this.defaultFn = a[1];
        this.encoder = a[2];
        this.fastAscii = a[2] instanceof PyBuiltinFunction f && "encode_basestring_ascii".equals(f.getName());
        this.keySeparator = a[4];
        this.itemSeparator = a[5];
        this.sortKeys = Ops.isTrue(a[6]);
        this.skipKeys = Ops.isTrue(a[7]);
        this.allowNan = Ops.isTrue(a[8]);
        this.indent = a[3] instanceof PyInt i && !(a[3] instanceof PyBool) ? (int) Math.max(0, i.value)
                : a[3] instanceof PyLong l ? Math.max(0, l.value.intValue()) : -1;
        this.pyMessages = a[9] != null && Ops.isTrue(a[9]);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject encoder_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("make_encoder", args, kw, new String[] {"markers", "default", "encoder",
                "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan", "_py_messages"}, 9);
        return new JsonEncoder(a);
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("_iterencode", args, kwnames,
                new String[] {"obj", "_current_indent_level"}, 2);
        Out out = new Out();
        new Run(out).encode(a[0]);
        return out.finish();
    }

    /** JSON text of a string, ASCII only (as encode_basestring_ascii). */
    static void quoteAscii(PyObject s, StringBuilder sb) {
        int[] cps;
        if (s instanceof PyStr str) {
            byte[] b = str.bytes();
            boolean ascii = true;
            for (byte x : b) {
                if (x < 0) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                sb.append('"');
                for (byte x : b) {
                    escapeAscii(x, sb);
                }
                sb.append('"');
                return;
            }
            cps = Codecs.decode(str, "utf-8", "strict").codePoints();
        } else if (s instanceof PyUnicode u) {
            cps = u.codePoints();
        } else {
            throw Py.TypeError("first argument must be a string, not " + s.getType().getName());
        }
        sb.append('"');
        for (int c : cps) {
            if (c >= 0x10000) {
                int v = c - 0x10000;
                hex4(0xd800 | (v >> 10), sb);
                hex4(0xdc00 | (v & 0x3ff), sb);
            } else {
                escapeAscii(c, sb);
            }
        }
        sb.append('"');
    }

    private static void escapeAscii(int c, StringBuilder sb) {
        switch (c) {
            case '"': sb.append("\\\""); return;
            case '\\': sb.append("\\\\"); return;
            case '\b': sb.append("\\b"); return;
            case '\f': sb.append("\\f"); return;
            case '\n': sb.append("\\n"); return;
            case '\r': sb.append("\\r"); return;
            case '\t': sb.append("\\t"); return;
            default:
                if (c >= ' ' && c <= '~') {
                    sb.append((char) c);
                } else {
                    hex4(c, sb);
                }
        }
    }

    private static void hex4(int c, StringBuilder sb) {
        sb.append("\\u");
        String h = Integer.toHexString(c);
        for (int i = h.length(); i < 4; i++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /**
     * The chunks: runs of ASCII text are gathered in one builder; other chunks (unicode, or
     * str with high bytes from a user encoder) are kept as they are, in order.
     */
    private static final class Out {
        final List<PyObject> chunks = new ArrayList<>();
        final StringBuilder sb = new StringBuilder();

        void flush() {
            if (sb.length() > 0) {
                chunks.add(PyStr.of(sb.toString()));
                sb.setLength(0);
            }
        }

        void add(PyObject chunk) {
            if (chunk instanceof PyStr s && isAscii(s.bytes())) {
                for (byte b : s.bytes()) {
                    sb.append((char) b);
                }
            } else {
                flush();
                chunks.add(chunk);
            }
        }

        PyObject finish() {
            flush();
            return new PyList(chunks);
        }

        private static boolean isAscii(byte[] b) {
            for (byte x : b) {
                if (x < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private final class Run {
        final Out out;
        final IdentityHashMap<PyObject, Boolean> markers = new IdentityHashMap<>();
        final int limit = Interp.current().recursionLimit;
        int depth;
        /** Nesting of lists and dicts, for the indentation. */
        int level;

        Run(Out out) {
            this.out = out;
        }

        private void string(PyObject s) {
            if (fastAscii) {
                quoteAscii(s, out.sb);
            } else {
                out.add(Ops.call(encoder, s));
            }
        }

        private String floatText(double v) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                if (!allowNan) {
                    throw Py.ValueError("Out of range float values are not JSON compliant"
                            + (pyMessages ? ": " + FloatFormat.repr(v) : ""));
                }
                return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
            }
            return FloatFormat.repr(v);
        }

        /** With indent: a newline and the indentation of the given nesting level. */
        private void newline(int level) {
            if (indent >= 0) {
                out.sb.append('\n');
                for (int i = indent * level; i > 0; i--) {
                    out.sb.append(' ');
                }
            }
        }

        private void enter(PyObject o) {
            if (++depth > limit) {
                throw Py.RuntimeError("maximum recursion depth exceeded while encoding a JSON object");
            }
            if (checkCircular) {
                if (markers.containsKey(o)) {
                    throw Py.ValueError("Circular reference detected");
                }
                markers.put(o, Boolean.TRUE);
            }
        }

        private void leave(PyObject o) {
            depth--;
            if (checkCircular) {
                markers.remove(o);
            }
        }

        void encode(PyObject o) {
            if (o == Py.None) {
                out.sb.append("null");
            } else if (o == Py.True) {
                out.sb.append("true");
            } else if (o == Py.False) {
                out.sb.append("false");
            } else if (o instanceof PyStr || o instanceof PyUnicode) {
                string(o);
            } else if (o instanceof PyInt || o instanceof PyLong) {
                out.add(Ops.str(o));
            } else if (o instanceof PyFloat f) {
                out.sb.append(floatText(f.value));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                list(o);
            } else if (o instanceof PyDict d) {
                dict(d);
            } else {
                enter(o);
                encode(Ops.call(defaultFn, o));
                leave(o);
            }
        }

        private void list(PyObject seq) {
            // a list is read as it is at each step (a default function may change it)
            PyList live = seq instanceof PyList l ? l : null;
            PyObject[] items = live == null ? ((PyTuple) seq).toArray() : null;
            int n = live == null ? items.length : live.size();
            if (n == 0) {
                out.sb.append("[]");
                return;
            }
            enter(seq);
            out.sb.append('[');
            level++;
            newline(level);
            for (int i = 0; live == null ? i < items.length : i < live.size(); i++) {
                if (i > 0) {
                    out.add(itemSeparator);
                    newline(level);
                }
                encode(live == null ? items[i] : live.get(i));
            }
            level--;
            newline(level);
            out.sb.append(']');
            leave(seq);
        }

        private void dict(PyDict d) {
            if (d.size() == 0) {
                out.sb.append("{}");
                return;
            }
            enter(d);
            out.sb.append('{');
            level++;
            newline(level);
            // items() of a dict subclass (an OrderedDict keeps its order)
            PyList items = d.getType() == PyDict.TYPE ? null : PyList.fromIterable(Ops.invoke(d, "items"));
            List<PyObject> keys = items == null ? d.keysList() : null;
            if (sortKeys) {
                if (items == null) {
                    PyList sorted = new PyList(keys);
                    Ops.invoke(sorted, "sort");
                    keys = sorted.asList();
                } else {
                    Ops.invoke(items, "sort");
                }
            }
            int count = items == null ? keys.size() : items.size();
            boolean first = true;
            for (int i = 0; i < count; i++) {
                PyObject key;
                PyObject value;
                if (items == null) {
                    key = keys.get(i);
                    value = d.getItem(key);
                } else {
                    PyObject kv = items.get(i);
                    key = Ops.getitem(kv, PyInt.of(0));
                    value = Ops.getitem(kv, PyInt.of(1));
                }
                PyObject k;
                if (key instanceof PyStr || key instanceof PyUnicode) {
                    k = key;
                } else if (key instanceof PyFloat f) {
                    k = PyStr.of(floatText(f.value));
                } else if (key == Py.True) {
                    k = PyStr.of("true");
                } else if (key == Py.False) {
                    k = PyStr.of("false");
                } else if (key == Py.None) {
                    k = PyStr.of("null");
                } else if (key instanceof PyInt || key instanceof PyLong) {
                    k = Ops.str(key);
                } else if (skipKeys) {
                    continue;
                } else if (pyMessages) {
                    throw Py.TypeError("key " + Ops.repr(key) + " is not a string");
                } else {
                    throw Py.TypeError("keys must be a string");
                }
                if (!first) {
                    out.add(itemSeparator);
                    newline(level);
                }
                first = false;
                string(k);
                out.add(keySeparator);
                encode(value);
            }
            level--;
            newline(level);
            out.sb.append('}');
            leave(d);
        }
    }
}

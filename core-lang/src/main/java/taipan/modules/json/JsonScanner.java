package taipan.modules.json;

import java.util.ArrayList;
import java.util.List;

import taipan.runtime.*;

/**
 * {@code _json.make_scanner(context)}: {@code scan_once(string, idx) -> (value, end)}, raising
 * StopIteration when no value starts at idx. Error positions follow CPython's C scanner.
 */
@ExposedType(name = "_json.Scanner", doc = "JSON scanner object")
public final class JsonScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin(JsonScanner.class);

    private final boolean strict;
    private final PyObject objectHook;
    private final PyObject pairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;
    private final String encoding;

    private JsonScanner(PyObject context) {
        this.strict = Ops.isTrue(Ops.getattr(context, "strict"));
        this.objectHook = Ops.getattr(context, "object_hook");
        this.pairsHook = Ops.getattr(context, "object_pairs_hook");
        this.parseFloat = Ops.getattr(context, "parse_float");
        this.parseInt = Ops.getattr(context, "parse_int");
        this.parseConstant = Ops.getattr(context, "parse_constant");
        PyObject enc = Ops.getattr(context, "encoding");
        if (enc == Py.None) {
            this.encoding = "utf-8";
        } else if (enc instanceof PyUnicode u) {
            this.encoding = PyUnicode.encodeAscii(u).toString();
        } else if (enc instanceof PyStr) {
            this.encoding = enc.toString();
        } else {
            throw Py.TypeError("encoding must be a string");
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedNew
    static PyObject scanner_new(PyType subtype, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("make_scanner", args, kw, new String[] {"context"}, 1);
        return new JsonScanner(a[0]);
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("scan_once", args, kwnames, new String[] {"string", "idx"}, 2);
        JsonText text = JsonText.of(a[0]);
        PyObject i = Ops.index(a[1]);
        if (!(i instanceof PyInt pi) || pi.value > Integer.MAX_VALUE) {
            throw Py.OverflowError("Python int too large to convert to C ssize_t");
        }
        if (pi.value < 0) {
            throw Py.StopIteration();
        }
        Run run = new Run(text);
        PyObject value = run.scan((int) pi.value);
        return PyTuple.of(value, PyInt.of(run.end));
    }

    /** One scan_once call: the document, the position reached, the key memo. */
    private final class Run {
        final JsonText t;
        final int[] s;
        final int last;
        int end;
        int depth;
        final PyDict memo = new PyDict();
        final int limit = Interp.current().recursionLimit;

        Run(JsonText t) {
            this.t = t;
            this.s = t.cps;
            this.last = t.length - 1;
        }

        private boolean matches(int idx, String word) {
            if (idx + word.length() > t.length) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (s[idx + k] != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int skipWs(int idx) {
            while (idx <= last) {
                int c = s[idx];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                idx++;
            }
            return idx;
        }

        /** The value starting at idx; sets end. */
        PyObject scan(int idx) {
            if (idx > last) {
                throw Py.StopIteration();
            }
            switch (s[idx]) {
                case '"': {
                    int[] e = new int[1];
                    PyObject v = t.scanString(idx + 1, encoding, strict, e);
                    end = e[0];
                    return v;
                }
                case '{':
                    return object(idx + 1);
                case '[':
                    return array(idx + 1);
                case 'n':
                    if (matches(idx, "null")) {
                        end = idx + 4;
                        return Py.None;
                    }
                    break;
                case 't':
                    if (matches(idx, "true")) {
                        end = idx + 4;
                        return Py.True;
                    }
                    break;
                case 'f':
                    if (matches(idx, "false")) {
                        end = idx + 5;
                        return Py.False;
                    }
                    break;
                case 'N':
                    if (matches(idx, "NaN")) {
                        end = idx + 3;
                        return Ops.call(parseConstant, PyStr.of("NaN"));
                    }
                    break;
                case 'I':
                    if (matches(idx, "Infinity")) {
                        end = idx + 8;
                        return Ops.call(parseConstant, PyStr.of("Infinity"));
                    }
                    break;
                case '-':
                    if (matches(idx, "-Infinity")) {
                        end = idx + 9;
                        return Ops.call(parseConstant, PyStr.of("-Infinity"));
                    }
                    break;
                default:
                    break;
            }
            return number(idx);
        }

        private boolean digit(int i) {
            return i <= last && s[i] >= '0' && s[i] <= '9';
        }

        /** -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? at idx, else StopIteration. */
        private PyObject number(int start) {
            int idx = start;
            if (idx <= last && s[idx] == '-') {
                idx++;
            }
            if (!digit(idx)) {
                throw Py.StopIteration();
            }
            if (s[idx] == '0') {
                idx++;
            } else {
                while (digit(idx)) {
                    idx++;
                }
            }
            boolean isFloat = false;
            if (idx < last && s[idx] == '.' && digit(idx + 1)) {
                isFloat = true;
                idx += 2;
                while (digit(idx)) {
                    idx++;
                }
            }
            if (idx < last && (s[idx] == 'e' || s[idx] == 'E')) {
                int e = idx + 1;
                if (e <= last && (s[e] == '-' || s[e] == '+')) {
                    e++;
                }
                if (digit(e)) {
                    while (digit(e)) {
                        e++;
                    }
                    idx = e;
                    isFloat = true;
                }
            }
            end = idx;
            StringBuilder sb = new StringBuilder(idx - start);
            for (int i = start; i < idx; i++) {
                sb.append((char) s[i]);
            }
            String num = sb.toString();
            if (isFloat) {
                if (parseFloat == PyFloat.TYPE) {
                    return new PyFloat(Double.parseDouble(num));
                }
                return Ops.call(parseFloat, t.slice(start, idx));
            }
            if (parseInt == PyInt.TYPE) {
                return NumberParser.parseInt(num, 10);
            }
            return Ops.call(parseInt, t.slice(start, idx));
        }

        private void enter(String what) {
            if (++depth > limit) {
                throw Py.RuntimeError("maximum recursion depth exceeded while decoding a JSON " + what
                        + (t.isStr() ? " from a byte string" : " from a unicode string"));
            }
        }

        private String msg(String strForm, String unicodeForm) {
            return t.isStr() ? strForm : unicodeForm;
        }

        private PyObject object(int idx) {
            enter("object");
            List<PyObject[]> pairs = new ArrayList<>();
            idx = skipWs(idx);
            if (idx <= last && s[idx] != '}') {
                while (idx <= last) {
                    if (s[idx] != '"') {
                        throw t.error(msg("Expecting property name",
                                "Expecting property name enclosed in double quotes"), idx);
                    }
                    int[] e = new int[1];
                    PyObject key = t.scanString(idx + 1, encoding, strict, e);
                    PyObject known = memo.getItem(key);
                    if (known != null) {
                        key = known;
                    } else {
                        memo.setItem(key, key);
                    }
                    idx = skipWs(e[0]);
                    if (idx > last || s[idx] != ':') {
                        throw t.error(msg("Expecting : delimiter", "Expecting ':' delimiter"), idx);
                    }
                    idx = skipWs(idx + 1);
                    PyObject value = scan(idx);
                    pairs.add(new PyObject[] {key, value});
                    idx = skipWs(end);
                    if (idx > last || s[idx] == '}') {
                        break;
                    }
                    if (s[idx] != ',') {
                        throw t.error(msg("Expecting , delimiter", "Expecting ',' delimiter"), idx);
                    }
                    idx = skipWs(idx + 1);
                }
            }
            if (idx > last || s[idx] != '}') {
                throw t.error("Expecting object", last);
            }
            depth--;
            end = idx + 1;
            if (pairsHook != Py.None) {
                PyObject[] items = new PyObject[pairs.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = PyTuple.of(pairs.get(i)[0], pairs.get(i)[1]);
                }
                return Ops.call(pairsHook, new PyList(items));
            }
            PyDict d = new PyDict();
            for (PyObject[] kv : pairs) {
                d.setItem(kv[0], kv[1]);
            }
            if (objectHook != Py.None) {
                return Ops.call(objectHook, d);
            }
            return d;
        }

        private PyObject array(int idx) {
            enter("array");
            PyList values = new PyList();
            idx = skipWs(idx);
            if (idx <= last && s[idx] != ']') {
                while (idx <= last) {
                    values.append(scan(idx));
                    idx = skipWs(end);
                    if (idx > last || s[idx] == ']') {
                        break;
                    }
                    if (s[idx] != ',') {
                        throw t.error(msg("Expecting , delimiter", "Expecting ',' delimiter"), idx);
                    }
                    idx = skipWs(idx + 1);
                }
            }
            if (idx > last || s[idx] != ']') {
                throw t.error("Expecting object", last);
            }
            depth--;
            end = idx + 1;
            return values;
        }
    }
}

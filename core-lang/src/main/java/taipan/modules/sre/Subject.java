package taipan.modules.sre;

import java.util.Arrays;
import java.util.List;

import taipan.runtime.BufferProtocol;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyInt;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyUnicode;

/**
 * The string a pattern runs over ({@code getstring}): the characters the engine reads
 * (the bytes of a str, the code points of a unicode) and the slicing of the original
 * object that builds results ({@code PySequence_GetSlice}).
 */
final class Subject {
    final PyObject obj;
    final byte[] bytes;
    final String str;
    final int[] ints;
    final int length;
    /** Exact str or unicode: slices are built directly. */
    private final boolean exact;

    private Subject(PyObject obj, byte[] bytes, String str, int[] ints, int length) {
        this.obj = obj;
        this.bytes = bytes;
        this.str = str;
        this.ints = ints;
        this.length = length;
        this.exact = obj.getClass() == PyStr.class || obj.getClass() == PyUnicode.class;
    }

    /**
     * The last unicode with supplementary characters converted to code points, reused by
     * repeated calls on the same object (a lexer matching at successive positions); held
     * weakly so that it keeps neither the string nor its code points alive.
     */
    private static final ThreadLocal<java.lang.ref.WeakReference<Object[]>> LAST_CPS = new ThreadLocal<>();

    static Subject of(PyObject o) {
        if (o instanceof PyStr s) {
            byte[] b = s.bytes();
            return new Subject(o, b, null, null, b.length);
        }
        if (o instanceof PyUnicode u) {
            if (u.isBmp()) {
                String s = u.toString();
                return new Subject(o, null, s, null, s.length());
            }
            java.lang.ref.WeakReference<Object[]> ref = LAST_CPS.get();
            Object[] last = ref == null ? null : ref.get();
            int[] cps;
            if (last != null && last[0] == u) {
                cps = (int[]) last[1];
            } else {
                cps = u.toString().codePoints().toArray();
                LAST_CPS.set(new java.lang.ref.WeakReference<>(new Object[] {u, cps}));
            }
            return new Subject(o, null, null, cps, cps.length);
        }
        if (o instanceof BufferProtocol bp) {
            // bytes, or (an array of unicode characters) 4-byte code points
            byte[] b = bp.bufferBytes();
            int size = Ops.len(o);
            if (b.length == size) {
                return new Subject(o, b, null, null, b.length);
            }
            if (b.length == 4 * (long) size) {
                int[] cps = new int[size];
                for (int i = 0; i < size; i++) {
                    cps[i] = (b[4 * i] & 0xff) | (b[4 * i + 1] & 0xff) << 8 | (b[4 * i + 2] & 0xff) << 16 | (b[4 * i + 3] & 0xff) << 24;
                }
                return new Subject(o, null, null, cps, size);
            }
            throw Py.TypeError("buffer size mismatch");
        }
        throw Py.TypeError("expected string or buffer");
    }

    /** Points a reused engine at this subject. */
    void init(Engine e, long pos, long endpos) {
        e.init(bytes, str, ints, length, pos, endpos);
    }

    Engine engine(Program p, long pos, long endpos) {
        if (bytes != null) {
            return Engine.forBytes(p, bytes, pos, endpos);
        }
        if (str != null) {
            return Engine.forString(p, str, pos, endpos);
        }
        return Engine.forInts(p, ints, pos, endpos);
    }

    /** {@code PySequence_GetSlice(string, i, j)}. */
    PyObject slice(int i, int j) {
        if (exact) {
            if (j < i) {
                j = i;
            }
            if (bytes != null) {
                if (i == 0 && j == bytes.length) {
                    return obj;
                }
                return PyStr.of(Arrays.copyOfRange(bytes, i, j));
            }
            if (i == 0 && j == length) {
                return obj;
            }
            if (str != null) {
                return PyUnicode.of(str.substring(i, j));
            }
            return PyUnicode.of(new String(ints, i, j - i));
        }
        return Ops.getslice(obj, PyInt.of(i), PyInt.of(j));
    }

    /** {@code string[:0]}: the joiner of results. */
    PyObject empty() {
        if (exact) {
            return bytes != null ? PyStr.EMPTY : PyUnicode.EMPTY;
        }
        return slice(0, 0);
    }

    /**
     * {@code string[:0].join(items)}: str and unicode items are joined directly (unicode
     * if any item is, decoding str items as ASCII as str.join does); anything else goes
     * through the joiner's own join method, which raises the exact errors.
     */
    PyObject join(List<PyObject> items) {
        if (items.isEmpty()) {
            return empty();
        }
        if (exact && bytes != null) {
            boolean allStr = true;
            int total = 0;
            for (PyObject x : items) {
                if (x.getClass() != PyStr.class) {
                    allStr = false;
                    break;
                }
                total += ((PyStr) x).size();
            }
            if (allStr) {
                if (items.size() == 1) {
                    return items.get(0);
                }
                byte[] out = new byte[total];
                int k = 0;
                for (PyObject x : items) {
                    byte[] b = ((PyStr) x).bytes();
                    System.arraycopy(b, 0, out, k, b.length);
                    k += b.length;
                }
                return PyStr.of(out);
            }
        }
        if (exact) {
            boolean simple = true;
            for (PyObject x : items) {
                if (x.getClass() != PyStr.class && x.getClass() != PyUnicode.class) {
                    simple = false;
                    break;
                }
            }
            if (simple) {
                StringBuilder sb = new StringBuilder();
                for (PyObject x : items) {
                    if (x instanceof PyUnicode u) {
                        sb.append(u.toString());
                    } else {
                        sb.append(PyUnicode.fromStrDefault((PyStr) x).toString());
                    }
                }
                return PyUnicode.of(sb.toString());
            }
        }
        PyObject joiner = empty();
        return Ops.invoke(joiner, "join", new PyList(items.toArray(new PyObject[0])));
    }

    /** Does the str or unicode contain a backslash ({@code SRE_LITERAL_TEMPLATE})? */
    static boolean hasBackslash(PyObject o) {
        if (o instanceof PyStr s) {
            for (byte b : s.bytes()) {
                if (b == '\\') {
                    return true;
                }
            }
            return false;
        }
        return o.toString().indexOf('\\') >= 0;
    }

    static boolean isString(PyObject o) {
        return o instanceof PyStr || o instanceof PyUnicode;
    }
}

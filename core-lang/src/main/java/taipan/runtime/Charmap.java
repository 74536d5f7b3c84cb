package taipan.runtime;

/**
 * The 'charmap' codec with an explicit mapping (codecs.charmap_encode/decode/build):
 * decoding through a unicode table or a mapping object (byte → code point, unicode or
 * None), encoding through a mapping (code point → byte, str or None) or an
 * {@link EncodingMap} built from a 256-character decoding table.
 */
public final class Charmap {
    private Charmap() {}

    private static final String UNDEFINED = "character maps to <undefined>";

    /** charmap_decode: b[0:n] through {@code mapping} (None means Latin-1). */
    public static PyUnicode decode(byte[] b, int n, String errors, PyObject mapping, PyObject inputObj) {
        if (mapping == null || mapping == Py.None) {
            return Codecs.builtin("latin-1") instanceof Codecs.TextCodec tc ? tc.decode(b, n, errors, inputObj) : null;
        }
        Codecs.Decoding d = new Codecs.Decoding("charmap", b, n, errors, inputObj);
        int[] table = mapping instanceof PyUnicode u ? u.cps : null;
        int i = 0;
        while (i < n) {
            int byt = b[i] & 0xff;
            if (table != null) {
                if (byt < table.length && table[byt] != 0xfffe) {
                    d.out.append(table[byt]);
                    i++;
                } else {
                    i = d.error(UNDEFINED, i, i + 1);
                }
                continue;
            }
            PyObject x;
            try {
                x = Ops.getitem(mapping, PyInt.of(byt));
            } catch (PyException e) {
                if (e.matches(Exceptions.LookupError)) {
                    i = d.error(UNDEFINED, i, i + 1);
                    continue;
                }
                throw e;
            }
            if (x == Py.None) {
                i = d.error(UNDEFINED, i, i + 1);
            } else if (x instanceof PyInt || x instanceof PyLong) {
                long v = Py.asLongArg(x);
                if (v < 0 || v > 0x10ffff) {
                    throw Py.TypeError("character mapping must be in range(0x110000)");
                }
                d.out.append((int) v);
                i++;
            } else if (x instanceof PyUnicode u) {
                if (u.cps.length == 1 && u.cps[0] == 0xfffe) {
                    i = d.error(UNDEFINED, i, i + 1);
                    continue;
                }
                d.out.append(u.cps, 0, u.cps.length);
                i++;
            } else {
                throw Py.TypeError("character mapping must return integer, None or unicode");
            }
        }
        return d.result();
    }

    /** The bytes one code point maps to, or null when it maps to nothing. */
    private static byte[] lookup(PyObject mapping, int cp) {
        if (mapping instanceof EncodingMap m) {
            int v = m.get(cp);
            return v < 0 ? null : new byte[] {(byte) v};
        }
        PyObject x;
        try {
            x = Ops.getitem(mapping, PyInt.of(cp));
        } catch (PyException e) {
            if (e.matches(Exceptions.LookupError)) {
                return null;
            }
            throw e;
        }
        if (x == Py.None) {
            return null;
        }
        if (x instanceof PyInt || x instanceof PyLong) {
            long v = Py.asLongArg(x);
            if (v < 0 || v > 255) {
                throw Py.TypeError("character mapping must be in range(256)");
            }
            return new byte[] {(byte) v};
        }
        if (x instanceof PyStr s) {
            return s.value;
        }
        throw Py.TypeError("character mapping must return integer, None or str");
    }

    /** charmap_encode: u through {@code mapping} (None means Latin-1). */
    public static byte[] encode(PyUnicode u, String errors, PyObject mapping) {
        if (mapping == null || mapping == Py.None) {
            return ((Codecs.TextCodec) Codecs.builtin("latin-1")).encode(u, errors);
        }
        int[] v = u.cps;
        ByteBuilder out = new ByteBuilder(v.length);
        int i = 0;
        while (i < v.length) {
            byte[] r = lookup(mapping, v[i]);
            if (r != null) {
                out.append(r);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < v.length && lookup(mapping, v[end]) == null) {
                end++;
            }
            if (errors == null || errors.equals("strict")) {
                throw Codecs.encodeError("charmap", u, i, end, UNDEFINED);
            }
            if (errors.equals("ignore")) {
                i = end;
                continue;
            }
            // the replacement goes through the mapping too; what it cannot map is an error
            int[] pos = new int[1];
            int[] rep = Codecs.callEncodeHandler(errors, "charmap", u, i, end, UNDEFINED, pos);
            for (int c : rep) {
                byte[] rb = lookup(mapping, c);
                if (rb == null) {
                    throw Codecs.encodeError("charmap", u, i, end, UNDEFINED);
                }
                out.append(rb);
            }
            i = pos[0];
        }
        return out.toArray();
    }

    /** charmap_build: the fast encoding table for a 256-character decoding table. */
    public static PyObject build(PyObject table) {
        if (!(table instanceof PyUnicode u) || u.cps.length != 256) {
            throw Py.TypeError("bad argument type for built-in operation");
        }
        return new EncodingMap(u.cps);
    }

    /** The reverse of a decoding table, as codecs.charmap_build returns it. */
    @ExposedType(name = "EncodingMap", subclassable = false)
    public static final class EncodingMap extends PyObject {
        public static final PyType TYPE = PyType.builtin(EncodingMap.class);
        private final java.util.Map<Integer, Integer> map = new java.util.HashMap<>();

        EncodingMap(int[] table) {
            for (int b = 0; b < table.length; b++) {
                if (table[b] != 0xfffe) {
                    map.putIfAbsent(table[b], b);
                }
            }
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        int get(int cp) {
            Integer b = map.get(cp);
            return b == null ? -1 : b;
        }

        @ExposedMethod(doc = "Return the size (in bytes) of this object")
        public PyObject size() {
            return PyInt.of(map.size() * 8L + 256);
        }
    }
}

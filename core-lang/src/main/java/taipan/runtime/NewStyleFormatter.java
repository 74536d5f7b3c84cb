package taipan.runtime;

/**
 * {@code str.format} and {@code unicode.format} (PEP 3101 as 2.7 implements it), and the
 * {@code _formatter_parser} / {@code _formatter_field_name_split} helpers the
 * {@code string.Formatter} class uses. The format is handled as code units (the bytes of
 * a str, the code points of a unicode).
 */
final class NewStyleFormatter {
    private NewStyleFormatter() {}

    // ---- the format string as code units ----------------------------------------------

    private static int[] units(PyStr s) {
        byte[] b = s.value;
        int[] r = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[i] & 0xff;
        }
        return r;
    }

    /** A str or unicode of {@code u[from:to]}, as the format's own type. */
    private static PyObject sub(int[] u, int from, int to, boolean unicode) {
        if (unicode) {
            return PyUnicode.of(u, from, to);
        }
        byte[] b = new byte[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            b[i - from] = (byte) u[i];
        }
        return PyStr.of(b);
    }

    // ---- the markup iterator -------------------------------------------------------------

    /** One step of MarkupIterator: literal text and optionally a replacement field. */
    private static final class Markup {
        int litStart, litEnd;
        boolean fieldPresent;
        int nameStart, nameEnd;
        int specStart, specEnd;
        int conversion;
        boolean specNeedsExpanding;
    }

    private static final class MarkupIterator {
        final int[] s;
        int pos;
        final int end;

        MarkupIterator(int[] s, int from, int to) {
            this.s = s;
            this.pos = from;
            this.end = to;
        }

        /** The next piece, or null at the end. */
        Markup next() {
            if (pos >= end) {
                return null;
            }
            Markup m = new Markup();
            int start = pos;
            int c = 0;
            boolean markupFollows = false;
            while (pos < end) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markupFollows = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && markupFollows && (atEnd || s[pos] != '}')) {
                throw Py.ValueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markupFollows) {
                throw Py.ValueError("Single '{' encountered in format string");
            }
            if (!atEnd && markupFollows) {
                if (s[pos] == c) {
                    pos++;
                    markupFollows = false;
                } else {
                    len--;
                }
            }
            m.litStart = start;
            m.litEnd = start + len;
            if (!markupFollows) {
                return m;
            }
            m.fieldPresent = true;
            int count = 1;
            int fstart = pos;
            while (pos < end) {
                c = s[pos++];
                if (c == '{') {
                    m.specNeedsExpanding = true;
                    count++;
                } else if (c == '}') {
                    count--;
                    if (count <= 0) {
                        parseField(m, fstart, pos - 1);
                        return m;
                    }
                }
            }
            throw Py.ValueError("unmatched '{' in format");
        }

        private void parseField(Markup m, int from, int to) {
            int p = from;
            int c = 0;
            boolean stop = false;
            while (p < to) {
                c = s[p++];
                if (c == ':' || c == '!') {
                    stop = true;
                    break;
                }
            }
            m.nameStart = from;
            if (stop) {
                m.nameEnd = p - 1;
                m.specStart = p;
                m.specEnd = to;
                if (c == '!') {
                    if (m.specStart >= m.specEnd) {
                        throw Py.ValueError("end of format while looking for conversion specifier");
                    }
                    m.conversion = s[m.specStart++];
                    if (m.specStart < m.specEnd) {
                        int k = s[m.specStart++];
                        if (k != ':') {
                            throw Py.ValueError("expected ':' after format specifier");
                        }
                    }
                }
            } else {
                m.nameEnd = to;
                m.specStart = m.specEnd = to;
            }
        }
    }

    // ---- field names ------------------------------------------------------------------------

    /** get_integer: the value of an all-digit substring, or -1. */
    private static long integer(int[] s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
            if (v > Integer.MAX_VALUE) {
                throw Py.ValueError("Too many decimal digits in format string");
            }
        }
        return v;
    }

    /** Iterates the ".attr" and "[key]" parts after the first name. */
    private static final class FieldNameIterator {
        final int[] s;
        int pos;
        final int end;
        boolean isAttr;
        int nameStart, nameEnd;
        long index;

        FieldNameIterator(int[] s, int from, int to) {
            this.s = s;
            this.pos = from;
            this.end = to;
        }

        boolean next() {
            if (pos >= end) {
                return false;
            }
            int c = s[pos++];
            if (c == '.') {
                isAttr = true;
                nameStart = pos;
                while (pos < end && s[pos] != '.' && s[pos] != '[') {
                    pos++;
                }
                nameEnd = pos;
                index = -1;
            } else if (c == '[') {
                isAttr = false;
                nameStart = pos;
                boolean closed = false;
                while (pos < end) {
                    if (s[pos] == ']') {
                        closed = true;
                        break;
                    }
                    pos++;
                }
                if (!closed) {
                    throw Py.ValueError("Missing ']' in format string");
                }
                nameEnd = pos;
                pos++;
                index = integer(s, nameStart, nameEnd);
            } else {
                throw Py.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (nameStart == nameEnd) {
                throw Py.ValueError("Empty attribute in format string");
            }
            return true;
        }
    }

    /** Auto-numbering state of one format call. */
    private static final class AutoNumber {
        int state; // 0 init, 1 auto, 2 manual
        int next;
    }

    private static int firstEnd(int[] s, int from, int to) {
        int p = from;
        while (p < to && s[p] != '.' && s[p] != '[') {
            p++;
        }
        return p;
    }

    private static PyObject fieldObject(int[] s, int from, int to, PyObject[] args, PyDict kwargs, AutoNumber an, boolean unicode) {
        int firstEnd = firstEnd(s, from, to);
        long idx = integer(s, from, firstEnd);
        boolean empty = from >= firstEnd;
        boolean numeric = empty || idx != -1;
        if (numeric) {
            if (an.state == 0) {
                an.state = empty ? 1 : 2;
            }
            if (an.state == 2 && empty) {
                throw Py.ValueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (an.state == 1 && !empty) {
                throw Py.ValueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                idx = an.next++;
            }
        }
        PyObject obj;
        if (idx == -1) {
            PyObject key = sub(s, from, firstEnd, unicode);
            obj = kwargs == null ? null : kwargs.getItem(key);
            if (obj == null) {
                throw Py.KeyError(key);
            }
        } else {
            if (idx >= args.length) {
                throw Py.IndexError("tuple index out of range");
            }
            obj = args[(int) idx];
        }
        FieldNameIterator it = new FieldNameIterator(s, firstEnd, to);
        while (it.next()) {
            PyObject name = sub(s, it.nameStart, it.nameEnd, unicode);
            if (it.isAttr) {
                obj = Ops.getattr(obj, name);
            } else if (it.index == -1) {
                obj = Ops.getitem(obj, name);
            } else {
                obj = Ops.getitem(obj, PyInt.of(it.index));
            }
        }
        return obj;
    }

    // ---- str.format -----------------------------------------------------------------------

    static PyObject format(PyStr self, PyObject[] args, String[] kw) {
        return format(units(self), false, args, kw);
    }

    static PyObject format(PyUnicode self, PyObject[] args, String[] kw) {
        return format(self.cps, true, args, kw);
    }

    private static PyObject format(int[] s, boolean unicode, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        PyObject[] pos = args;
        PyDict kwargs = null;
        if (nkw > 0) {
            pos = java.util.Arrays.copyOf(args, args.length - nkw);
            kwargs = new PyDict();
            for (int i = 0; i < nkw; i++) {
                kwargs.setItem(PyStr.intern(kw[i]), args[args.length - nkw + i]);
            }
        }
        IntBuilder out = new IntBuilder(s.length + 16);
        build(s, 0, s.length, unicode, pos, kwargs, 2, new AutoNumber(), out);
        if (unicode) {
            return PyUnicode.fromCodePoints(out.toArray());
        }
        int[] r = out.toArray();
        byte[] b = new byte[r.length];
        for (int i = 0; i < r.length; i++) {
            b[i] = (byte) r[i];
        }
        return PyStr.of(b);
    }

    private static void build(int[] s, int from, int to, boolean unicode, PyObject[] args, PyDict kwargs, int depth,
                              AutoNumber an, IntBuilder out) {
        if (depth <= 0) {
            throw Py.ValueError("Max string recursion exceeded");
        }
        MarkupIterator it = new MarkupIterator(s, from, to);
        for (Markup m; (m = it.next()) != null; ) {
            out.append(s, m.litStart, m.litEnd);
            if (!m.fieldPresent) {
                continue;
            }
            PyObject obj = fieldObject(s, m.nameStart, m.nameEnd, args, kwargs, an, unicode);
            if (m.conversion != 0) {
                obj = convert(obj, m.conversion, unicode);
            }
            PyObject spec;
            if (m.specNeedsExpanding) {
                IntBuilder sb = new IntBuilder();
                build(s, m.specStart, m.specEnd, unicode, args, kwargs, depth - 1, an, sb);
                int[] u = sb.toArray();
                spec = sub(u, 0, u.length, unicode);
            } else {
                spec = sub(s, m.specStart, m.specEnd, unicode);
            }
            PyObject r = Ops.format(obj, spec);
            if (unicode) {
                PyUnicode u = r instanceof PyUnicode x ? x : (PyUnicode) Ops.unicode(r);
                out.append(u.cps, 0, u.cps.length);
            } else {
                PyStr b = r instanceof PyStr x ? x : (PyStr) Ops.str(r);
                out.appendLatin1(b.value, 0, b.value.length);
            }
        }
    }

    private static PyObject convert(PyObject obj, int conversion, boolean unicode) {
        switch (conversion) {
            case 'r':
                return Ops.repr(obj);
            case 's':
                return unicode ? Ops.unicode(obj) : Ops.str(obj);
            default: {
                String shown = conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                        : "\\x" + Integer.toHexString(conversion);
                throw Py.ValueError("Unknown conversion specifier " + shown);
            }
        }
    }

    // ---- _formatter_parser, _formatter_field_name_split ------------------------------------------

    static PyObject parser(PyStr self) {
        return new FormatterIterator(units(self), false);
    }

    static PyObject parser(PyUnicode self) {
        return new FormatterIterator(self.cps, true);
    }

    /** The iterator of (literal, field_name, format_spec, conversion) tuples. */
    @ExposedType(name = "formatteriterator", subclassable = false)
    static final class FormatterIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin(FormatterIterator.class);
        private final MarkupIterator it;
        private final boolean unicode;

        FormatterIterator(int[] s, boolean unicode) {
            this.it = new MarkupIterator(s, 0, s.length);
            this.unicode = unicode;
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
        public synchronized PyObject __iternext__() {
            Markup m = it.next();
            if (m == null) {
                return null;
            }
            int[] s = it.s;
            PyObject lit = sub(s, m.litStart, m.litEnd, unicode);
            if (!m.fieldPresent) {
                return PyTuple.of(lit, Py.None, Py.None, Py.None);
            }
            PyObject name = sub(s, m.nameStart, m.nameEnd, unicode);
            PyObject spec = sub(s, m.specStart, m.specEnd, unicode);
            PyObject conv = m.conversion == 0 ? Py.None
                    : unicode ? PyUnicode.ofCodePoint(m.conversion) : PyStr.ofChar(m.conversion);
            return PyTuple.of(lit, name, spec, conv);
        }
    }

    static PyObject fieldNameSplit(PyStr self) {
        return fieldNameSplit(units(self), false);
    }

    static PyObject fieldNameSplit(PyUnicode self) {
        return fieldNameSplit(self.cps, true);
    }

    private static PyObject fieldNameSplit(int[] s, boolean unicode) {
        int firstEnd = firstEnd(s, 0, s.length);
        long idx = integer(s, 0, firstEnd);
        PyObject first = idx == -1 ? sub(s, 0, firstEnd, unicode) : PyLong.of(idx);
        return PyTuple.of(first, new FieldNameIter(s, firstEnd, unicode));
    }

    /** The iterator of (is_attribute, name_or_index) pairs. */
    @ExposedType(name = "fieldnameiterator", subclassable = false)
    static final class FieldNameIter extends PyObject {
        public static final PyType TYPE = PyType.builtin(FieldNameIter.class);
        private final FieldNameIterator it;
        private final boolean unicode;

        FieldNameIter(int[] s, int from, boolean unicode) {
            this.it = new FieldNameIterator(s, from, s.length);
            this.unicode = unicode;
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
        public synchronized PyObject __iternext__() {
            if (!it.next()) {
                return null;
            }
            PyObject v = it.index == -1 ? sub(it.s, it.nameStart, it.nameEnd, unicode) : PyLong.of(it.index);
            return PyTuple.of(Py.bool(it.isAttr), v);
        }
    }
}

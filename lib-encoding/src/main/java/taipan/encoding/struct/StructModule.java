package taipan.encoding.struct;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.runtime.*;

/** {@code _struct}: conversion between Python values and C structs packed in strings. */
@PyModuleDef(name = "_struct", doc = StructModule.DOC)
public final class StructModule {
    private StructModule() {}

    static final String DOC = "Functions to convert between Python values and C structs represented\n"
            + "as Python strings. It uses format strings (explained below) as compact\n"
            + "descriptions of the lay-out of the C structs and the intended conversion\n"
            + "to/from Python values.\n\n"
            + "The optional first format char indicates byte order, size and alignment:\n"
            + "  @: native order, size & alignment (default)\n"
            + "  =: native order, std. size & alignment\n"
            + "  <: little-endian, std. size & alignment\n"
            + "  >: big-endian, std. size & alignment\n"
            + "  !: same as >\n\n"
            + "The remaining chars indicate types of args and must match exactly;\n"
            + "these can be preceded by a decimal repeat count:\n"
            + "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
            + "  ?: _Bool (requires C99; if not available, char is used instead)\n"
            + "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
            + "  l:long; L:unsigned long; f:float; d:double.\n"
            + "Special cases (preceding decimal count indicates length):\n"
            + "  s:string (array of char); p: pascal string (with count byte).\n"
            + "Special case (only available in native format):\n"
            + "  P:an integer type that is wide enough to hold a pointer.\n"
            + "Special case (not in native mode unless 'long long' in platform C):\n"
            + "  q:long long; Q:unsigned long long\n"
            + "Whitespace between formats is ignored.\n\n"
            + "The variable struct.error is an exception raised on errors.\n";

    /** {@code struct.error}, created with the module. */
    private static volatile PyObject errorClass;

    private static final int CACHE_SIZE = 100;
    private static final Map<String, Format> CACHE = new LinkedHashMap<>();

    static void init(PyModule m) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), PyStr.of("struct"));
        PyObject err = Ops.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(Exceptions.Exception), ns);
        errorClass = err;
        m.set("error", err);
        m.set("Struct", PyStruct.TYPE);
    }

    static PyException error(String msg) {
        PyObject cls = errorClass;
        return new PyException(cls, Ops.call(cls, PyStr.of(msg)));
    }

    /** The parsed format of a format argument (str, or unicode in the default encoding). */
    static Format format(PyObject fmt) {
        String text;
        if (fmt instanceof PyStr s) {
            text = s.toString();
        } else if (fmt instanceof PyUnicode u) {
            text = PyStr.fromUnicodeDefault(u).toString();
        } else {
            throw Py.TypeError("Struct() argument 1 must be string, not " + fmt.getType().getName());
        }
        synchronized (CACHE) {
            Format f = CACHE.get(text);
            if (f != null) {
                return f;
            }
        }
        Format f = Format.parse(text);
        synchronized (CACHE) {
            if (CACHE.size() >= CACHE_SIZE) {
                CACHE.clear();
            }
            CACHE.put(text, f);
        }
        return f;
    }

    private static Format formatArg(PyObject[] args, String[] kw) {
        if (args.length == 0 || (kw != null && kw.length == args.length)) {
            throw Py.TypeError("missing format argument");
        }
        return format(args[0]);
    }

    @ExposedMethod(doc = "Clear the internal cache.")
    static void _clearcache() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }

    @ExposedMethod(doc = "Return size of C struct described by format string fmt.")
    static PyObject calcsize(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("calcsize", kw);
        if (args.length != 1) {
            throw Py.TypeError("calcsize() takes exactly one argument (" + args.length + " given)");
        }
        return PyInt.of(format(args[0]).size);
    }

    @ExposedMethod(doc = "Return string containing values v1, v2, ... packed according to fmt.")
    static PyObject pack(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("pack", kw);
        Format f = formatArg(args, kw);
        return PyStruct.pack(f, args, 1);
    }

    @ExposedMethod(doc = "Pack the values v1, v2, ... according to fmt.\nWrite the packed bytes into the writable buffer buf starting at offset.")
    static PyObject pack_into(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("pack_into", kw);
        Format f = formatArg(args, kw);
        PyStruct.packInto(f, args, 1);
        return Py.None;
    }

    @ExposedMethod(doc = "Unpack the string containing packed C structure data, according to fmt.\nRequires len(string) == calcsize(fmt).")
    static PyObject unpack(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("unpack", kw);
        if (args.length != 2) {
            throw Py.TypeError("unpack expected 2 arguments, got " + args.length);
        }
        return PyStruct.unpack(format(args[0]), args[1]);
    }

    @ExposedMethod(doc = "Unpack the buffer, containing packed C structure data, according to\nfmt, starting at offset. Requires len(buffer[offset:]) >= calcsize(fmt).")
    static PyObject unpack_from(PyObject[] args, String[] kw) {
        Format f = formatArg(args, kw);
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return PyStruct.unpackFromArgs(f, rest, kw);
    }
}

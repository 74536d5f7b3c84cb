package taipan.modules.codecs;

import taipan.runtime.*;
import taipan.runtime.Codecs.Decoded;

/**
 * {@code _codecs}: the codec registry (register, lookup, encode, decode, error handlers)
 * and the encoder/decoder functions the {@code encodings} modules are built on. Encoders
 * return {@code (str, characters consumed)}, decoders {@code (unicode, bytes consumed)};
 * the UTF decoders take a {@code final} flag and leave an incomplete tail unconsumed
 * unless it is set.
 */
@PyModuleDef(name = "_codecs")
public final class CodecsModule {
    private CodecsModule() {}

    // ---- argument helpers ---------------------------------------------------------------

    /** A 'z' argument: None or absent gives null (strict). */
    static String errorsArg(String func, PyObject o) {
        if (o == null || o == Py.None) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.toString();
        }
        if (o instanceof PyUnicode u) {
            return Codecs.encode(u, null, null).toString();
        }
        throw Py.TypeError(func + "() argument 2 must be string or None, not " + o.getType().getName());
    }

    /** An 's*'/'t#' argument of a decoder: str, unicode (default encoding) or a buffer. */
    static byte[] bytesArg(String func, PyObject o) {
        if (o instanceof PyStr s) {
            return s.bytes();
        }
        if (o instanceof PyUnicode u) {
            return Codecs.encode(u, null, null).bytes();
        }
        if (o instanceof BufferProtocol b) {
            return b.bufferBytes();
        }
        throw Py.TypeError(func + "() argument 1 must be string or buffer, not " + (o == Py.None ? "None" : o.getType().getName()));
    }

    static PyObject pair(PyObject value, int consumed) {
        return PyTuple.of(value, PyInt.of(consumed));
    }

    static PyObject encoded(byte[] b, PyUnicode u) {
        return pair(PyStr.of(b), u.length());
    }

    static PyObject textEncode(String codec, PyObject input, PyObject errors, String func) {
        PyUnicode u = Codecs.unicodeArg(input);
        return pair(Codecs.builtin(codec).encode(u, errorsArg(func, errors)), u.length());
    }

    static PyObject textDecode(String codec, PyObject input, PyObject errors, String func) {
        byte[] b = bytesArg(func, input);
        PyObject src = input instanceof PyStr ? input : PyStr.of(b);
        return pair(Codecs.builtin(codec).decode(src, errorsArg(func, errors)), b.length);
    }

    // ---- the registry ---------------------------------------------------------------------

    @ExposedMethod(doc = "register(search_function)\n\nRegister a codec search function. Search functions are expected to take\none argument, the encoding name in all lower case letters, and return\na tuple of functions (encoder, decoder, stream_reader, stream_writer)\n(or a CodecInfo object).")
    static void register(PyObject searchFunction) {
        Codecs.register(searchFunction);
    }

    @ExposedMethod(doc = "lookup(encoding) -> CodecInfo\n\nLooks up a codec tuple in the Python codec registry and returns\na CodecInfo object.")
    static PyObject lookup(PyObject encoding) {
        return Codecs.lookupInfo(nameArg("lookup", encoding));
    }

    static String nameArg(String func, PyObject o) {
        if (o instanceof PyStr s) {
            return s.toString();
        }
        if (o instanceof PyUnicode u) {
            return Codecs.encode(u, null, null).toString();
        }
        throw Py.TypeError(func + "() argument 1 must be string, not " + (o == Py.None ? "None" : o.getType().getName()));
    }

    @ExposedMethod(doc = "encode(obj, [encoding[,errors]]) -> object\n\nEncodes obj using the codec registered for encoding. encoding defaults\nto the default encoding. errors may be given to set a different error\nhandling scheme. Default is 'strict' meaning that encoding errors raise\na ValueError. Other possible values are 'ignore', 'replace' and\n'xmlcharrefreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.")
    static PyObject encode(PyObject obj, @Default("null") PyObject encoding, @Default("null") PyObject errors) {
        String enc = encoding == null ? "ascii" : nameArg("encode", encoding);
        return Codecs.lookup(enc).encode(obj, errors == null ? null : errorsArg("encode", errors));
    }

    @ExposedMethod(doc = "decode(obj, [encoding[,errors]]) -> object\n\nDecodes obj using the codec registered for encoding. encoding defaults\nto the default encoding. errors may be given to set a different error\nhandling scheme. Default is 'strict' meaning that encoding errors raise\na ValueError. Other possible values are 'ignore' and 'replace'\nas well as any other name registered with codecs.register_error that is\nable to handle ValueErrors.")
    static PyObject decode(PyObject obj, @Default("null") PyObject encoding, @Default("null") PyObject errors) {
        String enc = encoding == null ? "ascii" : nameArg("decode", encoding);
        return Codecs.lookup(enc).decode(obj, errors == null ? null : errorsArg("decode", errors));
    }

    @ExposedMethod(doc = "register_error(errors, handler)\n\nRegister the specified error handler under the name\nerrors. handler must be a callable object, that\nwill be called with an exception instance containing\ninformation about the location of the encoding/decoding\nerror and must return a (replacement, new position) tuple.")
    static void register_error(PyObject name, PyObject handler) {
        Codecs.registerError(nameArg("register_error", name), handler);
    }

    @ExposedMethod(doc = "lookup_error(errors) -> handler\n\nReturn the error handler for the specified error handling name\nor raise a LookupError, if no handler exists under this name.")
    static PyObject lookup_error(PyObject name) {
        return Codecs.lookupError(nameArg("lookup_error", name));
    }

    // ---- Taipan: the Java codecs without a module in encodings (the code pages) -----------

    @ExposedMethod(doc = "_builtin_name(encoding) -> the name of the built-in codec for encoding, or None.")
    static PyObject _builtin_name(PyObject encoding) {
        Codecs.Codec c = Codecs.builtin(nameArg("_builtin_name", encoding));
        return c == null ? Py.None : PyStr.of(c.name());
    }

    static Codecs.Codec builtinOrFail(PyObject encoding) {
        String name = nameArg("_builtin", encoding);
        Codecs.Codec c = Codecs.builtin(name);
        if (c == null) {
            throw new PyException(Exceptions.LookupError, "unknown encoding: " + name);
        }
        return c;
    }

    @ExposedMethod(doc = "_builtin_encode(encoding, input[, errors]) -> (output, length consumed)")
    static PyObject _builtin_encode(PyObject encoding, PyObject input, @Default("null") PyObject errors) {
        Codecs.Codec c = builtinOrFail(encoding);
        PyObject in = Codecs.isTextCodec(c) ? Codecs.unicodeArg(input) : input;
        return pair(c.encode(in, errorsArg("_builtin_encode", errors)), Ops.len(in));
    }

    @ExposedMethod(doc = "_builtin_decode(encoding, input[, errors]) -> (output, length consumed)")
    static PyObject _builtin_decode(PyObject encoding, PyObject input, @Default("null") PyObject errors) {
        Codecs.Codec c = builtinOrFail(encoding);
        byte[] b = bytesArg("_builtin_decode", input);
        return pair(c.decode(input instanceof PyStr ? input : PyStr.of(b), errorsArg("_builtin_decode", errors)), b.length);
    }

    // ---- ASCII, Latin-1, charmap -----------------------------------------------------------

    @ExposedMethod
    static PyObject ascii_encode(PyObject input, @Default("null") PyObject errors) {
        return textEncode("ascii", input, errors, "ascii_encode");
    }

    @ExposedMethod
    static PyObject ascii_decode(PyObject input, @Default("null") PyObject errors) {
        return textDecode("ascii", input, errors, "ascii_decode");
    }

    @ExposedMethod
    static PyObject latin_1_encode(PyObject input, @Default("null") PyObject errors) {
        return textEncode("latin-1", input, errors, "latin_1_encode");
    }

    @ExposedMethod
    static PyObject latin_1_decode(PyObject input, @Default("null") PyObject errors) {
        return textDecode("latin-1", input, errors, "latin_1_decode");
    }

    @ExposedMethod
    static PyObject charmap_encode(PyObject input, @Default("null") PyObject errors, @Default("null") PyObject mapping) {
        PyUnicode u = Codecs.unicodeArg(input);
        return encoded(Charmap.encode(u, errorsArg("charmap_encode", errors), mapping), u);
    }

    @ExposedMethod
    static PyObject charmap_decode(PyObject input, @Default("null") PyObject errors, @Default("null") PyObject mapping) {
        byte[] b = bytesArg("charmap_decode", input);
        return pair(Charmap.decode(b, b.length, errorsArg("charmap_decode", errors), mapping,
                input instanceof PyStr ? input : null), b.length);
    }

    @ExposedMethod
    static PyObject charmap_build(PyObject table) {
        return Charmap.build(table);
    }

    // ---- UTF-8, UTF-7 ----------------------------------------------------------------------

    @ExposedMethod
    static PyObject utf_8_encode(PyObject input, @Default("null") PyObject errors) {
        PyUnicode u = Codecs.unicodeArg(input);
        errorsArg("utf_8_encode", errors);
        return encoded(Codecs.encodeUtf8(u.codePoints()), u);
    }

    @ExposedMethod
    static PyObject utf_8_decode(PyObject input, @Default("null") PyObject errors, @Default("false") boolean fin) {
        byte[] b = bytesArg("utf_8_decode", input);
        Decoded d = Codecs.decodeUtf8(b, b.length, errorsArg("utf_8_decode", errors), fin, input instanceof PyStr ? input : null);
        return pair(d.text(), d.consumed());
    }

    @ExposedMethod
    static PyObject utf_7_encode(PyObject input, @Default("null") PyObject errors) {
        PyUnicode u = Codecs.unicodeArg(input);
        errorsArg("utf_7_encode", errors);
        return encoded(Codecs.encodeUtf7(u.codePoints()), u);
    }

    @ExposedMethod
    static PyObject utf_7_decode(PyObject input, @Default("null") PyObject errors, @Default("false") boolean fin) {
        byte[] b = bytesArg("utf_7_decode", input);
        Decoded d = Codecs.decodeUtf7(b, b.length, errorsArg("utf_7_decode", errors), fin, input instanceof PyStr ? input : null);
        return pair(d.text(), d.consumed());
    }

    // ---- UTF-16 and UTF-32 -----------------------------------------------------------------

    static PyObject utfEncode(int width, PyObject input, PyObject errors, int byteorder, String func) {
        PyUnicode u = Codecs.unicodeArg(input);
        errorsArg(func, errors);
        int[] v = u.codePoints();
        return encoded(width == 2 ? Codecs.encodeUtf16(v, byteorder) : Codecs.encodeUtf32(v, byteorder), u);
    }

    static Decoded utfDecode(int width, PyObject input, PyObject errors, int[] byteorder, boolean fin, String func) {
        byte[] b = bytesArg(func, input);
        PyObject obj = input instanceof PyStr ? input : null;
        String err = errorsArg(func, errors);
        return width == 2 ? Codecs.decodeUtf16(b, b.length, err, byteorder, fin, obj)
                : Codecs.decodeUtf32(b, b.length, err, byteorder, fin, obj);
    }

    static PyObject utfDecodePair(int width, PyObject input, PyObject errors, int byteorder, boolean fin, String func) {
        Decoded d = utfDecode(width, input, errors, new int[] {byteorder}, fin, func);
        return pair(d.text(), d.consumed());
    }

    static PyObject utfExDecode(int width, PyObject input, PyObject errors, int byteorder, boolean fin, String func) {
        int[] bo = {byteorder};
        Decoded d = utfDecode(width, input, errors, bo, fin, func);
        return PyTuple.of(d.text(), PyInt.of(d.consumed()), PyInt.of(bo[0]));
    }

    @ExposedMethod
    static PyObject utf_16_encode(PyObject input, @Default("null") PyObject errors, @Default("0") int byteorder) {
        return utfEncode(2, input, errors, byteorder, "utf_16_encode");
    }

    @ExposedMethod
    static PyObject utf_16_le_encode(PyObject input, @Default("null") PyObject errors) {
        return utfEncode(2, input, errors, -1, "utf_16_le_encode");
    }

    @ExposedMethod
    static PyObject utf_16_be_encode(PyObject input, @Default("null") PyObject errors) {
        return utfEncode(2, input, errors, 1, "utf_16_be_encode");
    }

    @ExposedMethod
    static PyObject utf_16_decode(PyObject input, @Default("null") PyObject errors, @Default("false") boolean fin) {
        return utfDecodePair(2, input, errors, 0, fin, "utf_16_decode");
    }

    @ExposedMethod
    static PyObject utf_16_le_decode(PyObject input, @Default("null") PyObject errors, @Default("false") boolean fin) {
        return utfDecodePair(2, input, errors, -1, fin, "utf_16_le_decode");
    }

    @ExposedMethod
    static PyObject utf_16_be_decode(PyObject input, @Default("null") PyObject errors, @Default("false") boolean fin) {
        return utfDecodePair(2, input, errors, 1, fin, "utf_16_be_decode");
    }

    @ExposedMethod
    static PyObject utf_16_ex_decode(PyObject input, @Default("null") PyObject errors, @Default("0") int byteorder,
                                     @Default("false") boolean fin) {
        return utfExDecode(2, input, errors, byteorder, fin, "utf_16_ex_decode");
    }

    @ExposedMethod
    static PyObject utf_32_encode(PyObject input, @Default("null") PyObject errors, @Default("0") int byteorder) {
        return utfEncode(4, input, errors, byteorder, "utf_32_encode");
    }

    @ExposedMethod
    static PyObject utf_32_le_encode(PyObject input, @Default("null") PyObject errors) {
        return utfEncode(4, input, errors, -1, "utf_32_le_encode");
    }

    @ExposedMethod
    static PyObject utf_32_be_encode(PyObject input, @Default("null") PyObject errors) {
        return utfEncode(4, input, errors, 1, "utf_32_be_encode");
    }

    @ExposedMethod
    static PyObject utf_32_decode(PyObject input, @Default("null") PyObject errors, @Default("false") boolean fin) {
        return utfDecodePair(4, input, errors, 0, fin, "utf_32_decode");
    }

    @ExposedMethod
    static PyObject utf_32_le_decode(PyObject input, @Default("null") PyObject errors, @Default("false") boolean fin) {
        return utfDecodePair(4, input, errors, -1, fin, "utf_32_le_decode");
    }

    @ExposedMethod
    static PyObject utf_32_be_decode(PyObject input, @Default("null") PyObject errors, @Default("false") boolean fin) {
        return utfDecodePair(4, input, errors, 1, fin, "utf_32_be_decode");
    }

    @ExposedMethod
    static PyObject utf_32_ex_decode(PyObject input, @Default("null") PyObject errors, @Default("0") int byteorder,
                                     @Default("false") boolean fin) {
        return utfExDecode(4, input, errors, byteorder, fin, "utf_32_ex_decode");
    }

    // ---- escapes ---------------------------------------------------------------------------

    @ExposedMethod
    static PyObject unicode_escape_encode(PyObject input, @Default("null") PyObject errors) {
        PyUnicode u = Codecs.unicodeArg(input);
        errorsArg("unicode_escape_encode", errors);
        return encoded(Codecs.encodeUnicodeEscape(u.codePoints(), false), u);
    }

    @ExposedMethod
    static PyObject unicode_escape_decode(PyObject input, @Default("null") PyObject errors) {
        byte[] b = bytesArg("unicode_escape_decode", input);
        return pair(Codecs.decodeUnicodeEscape(b, b.length, errorsArg("unicode_escape_decode", errors),
                input instanceof PyStr ? input : null), b.length);
    }

    @ExposedMethod
    static PyObject raw_unicode_escape_encode(PyObject input, @Default("null") PyObject errors) {
        PyUnicode u = Codecs.unicodeArg(input);
        errorsArg("raw_unicode_escape_encode", errors);
        return encoded(Codecs.encodeRawUnicodeEscape(u.codePoints()), u);
    }

    @ExposedMethod
    static PyObject raw_unicode_escape_decode(PyObject input, @Default("null") PyObject errors) {
        byte[] b = bytesArg("raw_unicode_escape_decode", input);
        return pair(Codecs.decodeRawUnicodeEscape(b, b.length, errorsArg("raw_unicode_escape_decode", errors),
                input instanceof PyStr ? input : null), b.length);
    }

    @ExposedMethod
    static PyObject unicode_internal_encode(PyObject input, @Default("null") PyObject errors) {
        if (input instanceof PyUnicode u) {
            return encoded(Codecs.encodeUtf32(u.codePoints(), -1), u);
        }
        byte[] b = bytesArg("unicode_internal_encode", input);
        return pair(PyStr.of(b), b.length);
    }

    @ExposedMethod
    static PyObject unicode_internal_decode(PyObject input, @Default("null") PyObject errors) {
        if (input instanceof PyUnicode u) {
            return pair(u, u.length());
        }
        return textDecode("unicode-internal", input, errors, "unicode_internal_decode");
    }

    @ExposedMethod
    static PyObject escape_encode(PyObject input, @Default("null") PyObject errors) {
        if (!(input instanceof PyStr s)) {
            throw Py.TypeError("escape_encode() argument 1 must be string, not " + (input == Py.None ? "None" : input.getType().getName()));
        }
        errorsArg("escape_encode", errors);
        return pair(PyStr.of(Codecs.encodeStringEscape(s.bytes(), s.size())), s.size());
    }

    @ExposedMethod
    static PyObject escape_decode(PyObject input, @Default("null") PyObject errors) {
        if (input instanceof PyByteArray) {
            throw Py.TypeError("escape_decode() argument 1 must be string or read-only buffer, not bytearray");
        }
        byte[] b = bytesArg("escape_decode", input);
        return pair(PyStr.of(Codecs.decodeStringEscape(b, b.length, errorsArg("escape_decode", errors))), b.length);
    }

    @ExposedMethod
    static PyObject readbuffer_encode(PyObject input, @Default("null") PyObject errors) {
        byte[] b = bytesArg("readbuffer_encode", input);
        return pair(PyStr.of(b), b.length);
    }

    @ExposedMethod
    static PyObject charbuffer_encode(PyObject input, @Default("null") PyObject errors) {
        byte[] b = bytesArg("charbuffer_encode", input);
        return pair(PyStr.of(b), b.length);
    }
}

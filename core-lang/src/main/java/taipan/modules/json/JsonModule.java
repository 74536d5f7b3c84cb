package taipan.modules.json;

import taipan.runtime.*;

/**
 * The {@code _json} module: the JSON scanner and encoder in Java, used by the {@code json}
 * package as CPython uses its C accelerator (same results and error messages).
 */
@PyModuleDef(name = "_json", doc = "json speedups\n")
public final class JsonModule {
    private JsonModule() {}

    static void init(PyModule m) {
        m.set("make_scanner", JsonScanner.TYPE);
        m.set("make_encoder", JsonEncoder.TYPE);
    }

    @ExposedMethod(doc = "scanstring(basestring, end, encoding, strict=True) -> (str, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote.")
    static PyObject scanstring(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("scanstring", args, kwnames,
                new String[] {"s", "end", "encoding", "strict"}, 2);
        JsonText text = JsonText.of(a[0]);
        long end = Ops.index(a[1]) instanceof PyInt i ? i.value : Long.MAX_VALUE;
        if (end > Integer.MAX_VALUE) {
            throw Py.OverflowError("Python int too large to convert to C ssize_t");
        }
        String encoding = a[2] == null || a[2] == Py.None ? "utf-8" : a[2].toString();
        boolean strict = a[3] == null || Ops.isTrue(a[3]);
        int[] endOut = new int[1];
        PyObject s = text.scanString((int) end, encoding, strict, endOut);
        return PyTuple.of(s, PyInt.of(endOut[0]));
    }

    @ExposedMethod(doc = "encode_basestring_ascii(basestring) -> str\n\nReturn an ASCII-only JSON representation of a Python string")
    static PyObject encode_basestring_ascii(PyObject s) {
        StringBuilder sb = new StringBuilder();
        JsonEncoder.quoteAscii(s, sb);
        return PyStr.of(sb.toString());
    }
}

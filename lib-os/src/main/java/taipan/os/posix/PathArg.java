package taipan.os.posix;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import taipan.runtime.*;

/**
 * File name arguments as C sees them: a str is its bytes, a unicode is encoded in the file
 * system encoding (UTF-8); what comes back is a str, or a unicode when the caller gave one
 * and the bytes decode.
 */
public final class PathArg {
    private PathArg() {}

    /** The name's bytes, NUL-terminated for libc; CPython's "et" errors otherwise. */
    public static byte[] of(PyObject p, String func) {
        byte[] b = bytes(p);
        for (byte x : b) {
            if (x == 0) {
                throw Py.TypeError(func + "() argument 1 must be encoded string without null bytes, not "
                        + p.getType().getName());
            }
        }
        byte[] c = new byte[b.length + 1];
        System.arraycopy(b, 0, c, 0, b.length);
        return c;
    }

    /** The name's bytes (no terminator, no NUL check). */
    public static byte[] bytes(PyObject p) {
        if (p instanceof PyStr s) {
            return s.bytes();
        }
        if (p instanceof PyUnicode u) {
            return encode(u);
        }
        if (p instanceof BufferProtocol bp && bp.isCharBuffer()) {
            return bp.bufferBytes();
        }
        throw Py.TypeError("coercing to Unicode: need string or buffer, " + p.getType().getName() + " found");
    }

    static byte[] encode(PyUnicode u) {
        try {
            ByteBuffer bb = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(u.toString()));
            byte[] b = new byte[bb.remaining()];
            bb.get(b);
            return b;
        } catch (CharacterCodingException e) {
            // lone surrogates: 2.7's UTF-8 codec encodes them as three bytes each
            PyObject s = Ops.invoke(u, "encode", PyStr.of("utf-8"));
            return ((PyStr) s).bytes();
        }
    }

    /** The C string {@code b} (no terminator) without the terminator, as the error's filename. */
    static PyStr filename(byte[] cpath) {
        return PyStr.of(cpath, 0, cpath.length - 1);
    }

    /** A name read from the system: unicode when {@code unicode} and it decodes as UTF-8, else str. */
    static PyObject result(byte[] b, boolean unicode) {
        if (unicode) {
            try {
                CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
                return PyUnicode.of(cb.toString());
            } catch (CharacterCodingException e) {
                return PyStr.of(b);
            }
        }
        return PyStr.of(b);
    }
}

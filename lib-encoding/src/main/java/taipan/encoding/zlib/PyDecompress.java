package taipan.encoding.zlib;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import taipan.encoding.BytesArg;
import taipan.runtime.*;

/**
 * A decompression stream over {@link Inflater}. The gzip header and trailer are parsed
 * here (Inflater reads zlib and raw streams only). {@code copy()} replays the calls made
 * so far on a fresh object, as an Inflater cannot be cloned.
 */
@ExposedType(name = "zlib.Decompress", subclassable = false)
public final class PyDecompress extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyDecompress.class);

    @Override
    public PyType getType() {
        return TYPE;
    }

    private enum Phase { HEADER, BODY, TRAILER, DONE }

    private final int wbits;
    private Wrapper wrapper;
    private Inflater inflater;
    private Phase phase;
    /** Bytes of a gzip header or trailer (or zlib header) not yet complete. */
    private byte[] pending = new byte[0];
    private final CRC32 crc = new CRC32();
    private long length;
    private PyStr unusedData = PyStr.EMPTY;
    private PyStr unconsumedTail = PyStr.EMPTY;
    /** The input the last run left unconsumed (output limit reached, or past the end). */
    private byte[] leftover = new byte[0];
    /** Set by a flush that reached the end of the stream. */
    private boolean ended;
    /** The (data, max_length) calls so far, for copy(). */
    private final List<Object[]> history = new ArrayList<>();
    /** The error context: "while decompressing" (objects) or "... data" (zlib.decompress). */
    private final String context;

    PyDecompress(int wbits, Wrapper wrapper, String context) {

        this.wbits = wbits;
        this.wrapper = wrapper;
        this.context = context;
        this.phase = wrapper == Wrapper.RAW ? Phase.BODY : Phase.HEADER;
        if (wrapper == Wrapper.RAW) {
            inflater = new Inflater(true);
        }
    }

    boolean finished() {
        return phase == Phase.DONE;
    }

    @ExposedGet(name = "unused_data")
    public synchronized PyObject getUnusedData() {
        return unusedData;
    }

    @ExposedGet(name = "unconsumed_tail")
    public synchronized PyObject getUnconsumedTail() {
        return unconsumedTail;
    }

    @ExposedMethod(names = "decompress", doc = "decompress(data, max_length) -- Return a string containing the decompressed\nversion of the data.\n\nAfter calling this function, some of the input data may still be stored in\ninternal buffers for later processing.\nCall the flush() method to clear these buffers.\nIf the max_length parameter is specified then the return value will be\nno longer than max_length.  Unconsumed input data will be stored in\nthe unconsumed_tail attribute.")
    public synchronized PyObject decompress(PyObject[] args, String[] kw) {
        BytesArg.positional("decompress", args, kw, 1, 2);
        byte[] data = BytesArg.readOnly(args[0], "decompress", 1);
        int max = args.length > 1 ? Py.asIntArg(args[1]) : 0;
        if (max < 0) {
            throw Py.ValueError("max_length must be greater than zero");
        }
        if (ended) {
            throw ZlibModule.error(-2, context, "inconsistent stream state");
        }
        history.add(new Object[] {data.clone(), max});
        byte[] out = run(data, max);
        saveTail();
        return PyStr.of(out);
    }

    @ExposedMethod(names = "flush", doc = "flush( [length] ) -- Return a string containing any remaining\ndecompressed data. length, if given, is the initial size of the\noutput buffer.\n\nThe decompressor object can no longer be used after this call.")
    public synchronized PyObject flush(PyObject[] args, String[] kw) {
        BytesArg.positional("flush", args, kw, 0, 1);
        if (args.length > 0 && Py.asIntArg(args[0]) <= 0) {
            throw Py.ValueError("length must be greater than zero");
        }
        byte[] tail = unconsumedTail.bytes();
        history.add(new Object[] {tail, 0});
        byte[] out = run(tail, 0);
        saveTail();
        // as zlib's inflateEnd after the end of the stream: the object is then unusable
        ended = finished();
        return PyStr.of(out);
    }

    @ExposedMethod(names = "copy", doc = "copy() -- Return a copy of the decompression object.")
    public synchronized PyObject copy() {
        if (ended) {
            throw Py.ValueError("Inconsistent stream state");
        }
        PyDecompress d = new PyDecompress(wbits, wrapperForCopy(), context);
        for (Object[] call : history) {
            d.run((byte[]) call[0], (Integer) call[1]);
        }
        d.history.addAll(history);
        return d;
    }

    /** As 2.7: input left by an output limit becomes the tail; a call consuming all clears it. */
    private void saveTail() {
        if (leftover.length > 0 || unconsumedTail.bytes().length > 0) {
            unconsumedTail = PyStr.of(leftover);
        }
    }

    private Wrapper wrapperForCopy() {
        return Wrapper.of(wbits, true);
    }

    /** Decompresses {@code data}, producing at most {@code max} bytes when max > 0. */
    byte[] run(byte[] data, int max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        leftover = new byte[0];
        byte[] input = data;
        while (true) {
            switch (phase) {
                case DONE -> {
                    if (input.length > 0) {
                        unusedData = PyStr.of(concat(unusedData.bytes(), input));
                    }
                    return out.toByteArray();
                }
                case HEADER -> {
                    pending = concat(pending, input);
                    input = header();
                    if (input == null) {
                        return out.toByteArray();
                    }
                }
                case TRAILER -> {
                    pending = concat(pending, input);
                    if (pending.length < 8) {
                        return out.toByteArray();
                    }
                    if (le32(pending, 0) != (int) crc.getValue()) {
                        throw ZlibModule.error(-3, context, "incorrect data check");
                    }
                    if (le32(pending, 4) != (int) length) {
                        throw ZlibModule.error(-3, context, "incorrect length check");
                    }
                    input = Arrays.copyOfRange(pending, 8, pending.length);
                    pending = new byte[0];
                    phase = Phase.DONE;
                }
                case BODY -> {
                    input = body(input, max, out);
                    if (input == null) {
                        return out.toByteArray();
                    }
                }
            }
        }
    }

    /** Inflates; returns the input left after the end of the deflate data, or null if not there. */
    private byte[] body(byte[] input, int max, ByteArrayOutputStream out) {
        inflater.setInput(input);
        byte[] buf = new byte[16384];
        try {
            while (!inflater.finished()) {
                int room = max > 0 ? Math.min(buf.length, max - out.size()) : buf.length;
                if (room == 0) {
                    break;
                }
                int n = inflater.inflate(buf, 0, room);
                if (n > 0) {
                    out.write(buf, 0, n);
                    crc.update(buf, 0, n);
                    length += n;
                } else if (inflater.needsInput() || inflater.needsDictionary()) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            throw ZlibModule.error(-3, context, e.getMessage() == null ? "invalid data" : e.getMessage());
        }
        if (inflater.needsDictionary()) {
            throw ZlibModule.error(2, context, "need dictionary");
        }
        int left = inflater.getRemaining();
        byte[] rest = Arrays.copyOfRange(input, input.length - left, input.length);
        if (!inflater.finished()) {
            leftover = rest;
            return null;
        }
        inflater.end();
        phase = wrapper == Wrapper.GZIP ? Phase.TRAILER : Phase.DONE;
        return rest;
    }

    /**
     * Parses the zlib or gzip header in {@code pending}; returns the input following it,
     * or null when it is incomplete. Creates the inflater for the body.
     */
    private byte[] header() {
        byte[] p = pending;
        if (wrapper == Wrapper.AUTO) {
            if (p.length == 0) {
                return null;
            }
            wrapper = (p[0] & 0xff) == 0x1f ? Wrapper.GZIP : Wrapper.ZLIB;
        }
        if (wrapper == Wrapper.ZLIB) {
            if (p.length < 2) {
                return null;
            }
            int cmf = p[0] & 0xff;
            if (((cmf << 8) | (p[1] & 0xff)) % 31 != 0) {
                throw ZlibModule.error(-3, context, "incorrect header check");
            }
            if ((cmf & 15) != 8) {
                throw ZlibModule.error(-3, context, "unknown compression method");
            }
            int limit = wbits == 0 ? 15 : wbits > 15 ? wbits & 15 : wbits;
            if ((cmf >> 4) + 8 > limit) {
                throw ZlibModule.error(-3, context, "invalid window size");
            }
            // the Inflater reads the header itself
            inflater = new Inflater(false);
            phase = Phase.BODY;
            pending = new byte[0];
            return p;
        }
        int end = GzipHeader.length(p, context);
        if (end < 0) {
            return null;
        }
        inflater = new Inflater(true);
        phase = Phase.BODY;
        pending = new byte[0];
        return Arrays.copyOfRange(p, end, p.length);
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static int le32(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }
}

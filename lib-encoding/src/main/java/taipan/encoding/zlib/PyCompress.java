package taipan.encoding.zlib;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import taipan.encoding.BytesArg;
import taipan.runtime.*;

/**
 * A compression stream over {@link Deflater}. gzip framing is written here (Deflater only
 * knows zlib and raw streams). Since a Deflater cannot be cloned, {@code copy()} replays
 * the calls made so far on a fresh object.
 */
@ExposedType(name = "zlib.Compress", subclassable = false)
public final class PyCompress extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyCompress.class);

    @Override
    public PyType getType() {
        return TYPE;
    }

    private final int level;
    private final int strategy;
    private final Wrapper wrapper;
    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private long length;
    private boolean headerWritten;
    private boolean ended;
    /** The calls so far, for copy(): byte[] for compress, Integer for flush. */
    private final List<Object> history = new ArrayList<>();

    PyCompress(int level, int strategy, Wrapper wrapper) {

        this.level = level;
        this.strategy = strategy;
        this.wrapper = wrapper;
        this.deflater = new Deflater(level, wrapper != Wrapper.ZLIB);
        deflater.setStrategy(strategy);
    }

    /** Compresses a whole string, as zlib.compress. */
    static byte[] compressAll(byte[] data, int level) {
        PyCompress c = new PyCompress(level, Deflater.DEFAULT_STRATEGY, Wrapper.ZLIB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.feed(data, out);
        c.finish(out);
        return out.toByteArray();
    }

    @ExposedMethod(names = "compress", doc = "compress(data) -- Return a string containing data compressed.\n\nAfter calling this function, some of the input data may still\nbe stored in internal buffers for later processing.\nCall the flush() method to clear these buffers.")
    public synchronized PyObject compress(PyObject[] args, String[] kw) {
        BytesArg.positional("compress", args, kw, 1, 1);
        byte[] data = BytesArg.readOnly(args[0], "compress", 1);
        if (ended) {
            throw ZlibModule.error(-2, "while compressing data", "inconsistent stream state");
        }
        history.add(data.clone());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed(data, out);
        return PyStr.of(out.toByteArray());
    }

    @ExposedMethod(names = "flush", doc = "flush( [mode] ) -- Return a string containing any remaining compressed data.\n\nmode can be one of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH; the\ndefault value used when mode is not specified is Z_FINISH.\nIf mode == Z_FINISH, the compressor object can no longer be used after\ncalling the flush() method.  Otherwise, more data can still be compressed.")
    public synchronized PyObject flush(PyObject[] args, String[] kw) {
        BytesArg.positional("flush", args, kw, 0, 1);
        int mode = args.length > 0 ? Py.asIntArg(args[0]) : ZlibModule.Z_FINISH;
        if (mode == ZlibModule.Z_NO_FLUSH) {
            return PyStr.EMPTY;
        }
        if (ended) {
            throw ZlibModule.error(-2, "while flushing", "inconsistent stream state");
        }
        history.add(mode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        flushTo(mode, out);
        return PyStr.of(out.toByteArray());
    }

    @ExposedMethod(names = "copy", doc = "copy() -- Return a copy of the compression object.")
    public synchronized PyObject copy() {
        if (ended) {
            throw Py.ValueError("Inconsistent stream state");
        }
        PyCompress c = new PyCompress(level, strategy, wrapper);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        for (Object op : history) {
            if (op instanceof byte[] data) {
                c.feed(data, sink);
            } else {
                c.flushTo((Integer) op, sink);
            }
            sink.reset();
        }
        c.history.addAll(history);
        return c;
    }

    private void header(ByteArrayOutputStream out) {
        if (wrapper != Wrapper.GZIP || headerWritten) {
            return;
        }
        headerWritten = true;
        // no name, no mtime; XFL as zlib sets it; OS = Unix
        int xfl = level == 9 ? 2 : (strategy >= Deflater.HUFFMAN_ONLY || (level < 2 && level >= 0)) ? 4 : 0;
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
    }

    private void feed(byte[] data, ByteArrayOutputStream out) {
        header(out);
        crc.update(data);
        length += data.length;
        deflater.setInput(data);
        drain(Deflater.NO_FLUSH, out);
    }

    private void flushTo(int mode, ByteArrayOutputStream out) {
        header(out);
        if (mode == ZlibModule.Z_FINISH) {
            finish(out);
        } else if (mode == ZlibModule.Z_SYNC_FLUSH) {
            drain(Deflater.SYNC_FLUSH, out);
        } else if (mode == ZlibModule.Z_FULL_FLUSH) {
            drain(Deflater.FULL_FLUSH, out);
        } else {
            throw ZlibModule.error(-2, "while flushing", "stream error");
        }
    }

    private void drain(int flush, ByteArrayOutputStream out) {
        byte[] buf = new byte[8192];
        while (true) {
            int n = deflater.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
            if (n < buf.length && deflater.needsInput()) {
                return;
            }
        }
    }

    private void finish(ByteArrayOutputStream out) {
        header(out);
        deflater.finish();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            int n = deflater.deflate(buf);
            out.write(buf, 0, n);
        }
        deflater.end();
        ended = true;
        if (wrapper == Wrapper.GZIP) {
            writeLE((int) crc.getValue(), out);
            writeLE((int) length, out);
        }
    }

    static void writeLE(int v, ByteArrayOutputStream out) {
        for (int i = 0; i < 4; i++) {
            out.write(v >>> (8 * i));
        }
    }
}

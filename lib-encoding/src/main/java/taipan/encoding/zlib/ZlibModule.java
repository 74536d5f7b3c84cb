package taipan.encoding.zlib;

import java.util.zip.Deflater;

import taipan.encoding.BytesArg;
import taipan.encoding.binascii.Crc;
import taipan.runtime.*;

/** {@code zlib}: deflate compression over java.util.zip, with CPython 2.7's interface. */
@PyModuleDef(name = "zlib", doc = ZlibModule.DOC)
public final class ZlibModule {
    private ZlibModule() {}

    static final String DOC = "The functions in this module allow compression and decompression using the\n"
            + "zlib library, which is based on GNU zip.\n\n"
            + "adler32(string[, start]) -- Compute an Adler-32 checksum.\n"
            + "compress(string[, level]) -- Compress string, with compression level in 0-9.\n"
            + "compressobj([level]) -- Return a compressor object.\n"
            + "crc32(string[, start]) -- Compute a CRC-32 checksum.\n"
            + "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n"
            + "decompressobj([wbits]) -- Return a decompressor object.\n\n"
            + "'wbits' is window buffer size.\n"
            + "Compressor objects support compress() and flush() methods; decompressor\n"
            + "objects support decompress() and flush().";

    @ExposedConstant public static final int MAX_WBITS = 15;
    @ExposedConstant public static final int DEFLATED = 8;
    @ExposedConstant public static final int DEF_MEM_LEVEL = 8;
    @ExposedConstant public static final int Z_BEST_SPEED = 1;
    @ExposedConstant public static final int Z_BEST_COMPRESSION = 9;
    @ExposedConstant public static final int Z_DEFAULT_COMPRESSION = -1;
    @ExposedConstant public static final int Z_FILTERED = 1;
    @ExposedConstant public static final int Z_HUFFMAN_ONLY = 2;
    @ExposedConstant public static final int Z_DEFAULT_STRATEGY = 0;
    @ExposedConstant public static final int Z_FINISH = 4;
    @ExposedConstant public static final int Z_NO_FLUSH = 0;
    @ExposedConstant public static final int Z_SYNC_FLUSH = 2;
    @ExposedConstant public static final int Z_FULL_FLUSH = 3;
    /** The zlib release whose deflate the JDK carries (its algorithm and output). */
    @ExposedConstant public static final String ZLIB_VERSION = "1.2.13";

    private static volatile PyObject errorClass;

    static void init(PyModule m) {
        errorClass = BytesArg.newError("zlib", "error", Exceptions.Exception);
        m.set("error", errorClass);
    }

    /** zlib.error("Error <code> <context>: <message>"), as CPython's zlib_error. */
    static PyException error(int code, String context, String msg) {
        return BytesArg.raise(errorClass, "Error " + code + " " + context + ": " + msg);
    }

    @ExposedMethod(doc = "compress(string[, level]) -- Returned compressed string.\n\nOptional arg level is the compression level, in 0-9.")
    static PyObject compress(PyObject[] args, String[] kw) {
        BytesArg.positional("compress", args, kw, 1, 2);
        byte[] data = BytesArg.readOnly(args[0], "compress", 1);
        int level = args.length > 1 ? Py.asIntArg(args[1]) : Z_DEFAULT_COMPRESSION;
        if (level < -1 || level > 9) {
            throw BytesArg.raise(errorClass, "Bad compression level");
        }
        return PyStr.of(PyCompress.compressAll(data, level));
    }

    @ExposedMethod(doc = "decompress(string[, wbits[, bufsize]]) -- Return decompressed string.\n\nOptional arg wbits is the window buffer size.  Optional arg bufsize is\nthe initial output buffer size.")
    static PyObject decompress(PyObject[] args, String[] kw) {
        BytesArg.positional("decompress", args, kw, 1, 3);
        byte[] data = BytesArg.readOnly(args[0], "decompress", 1);
        int wbits = args.length > 1 ? Py.asIntArg(args[1]) : MAX_WBITS;
        if (args.length > 2) {
            Py.asLongArg(args[2]); // bufsize: only a hint for the first output buffer
        }
        Wrapper w = Wrapper.of(wbits, true);
        if (w == null) {
            throw error(-2, "while preparing to decompress data", "inconsistent stream state");
        }
        PyDecompress d = new PyDecompress(wbits, w, "while decompressing data");
        byte[] out = d.run(data, 0);
        if (!d.finished()) {
            throw error(-5, "while decompressing data", "incomplete or truncated stream");
        }
        return PyStr.of(out);
    }

    @ExposedMethod(doc = "compressobj([level]) -- Return a compressor object.\n\nOptional arg level is the compression level, in 0-9.")
    static PyObject compressobj(PyObject[] args, String[] kw) {
        BytesArg.positional("compressobj", args, kw, 0, 5);
        int level = args.length > 0 ? Py.asIntArg(args[0]) : Z_DEFAULT_COMPRESSION;
        int method = args.length > 1 ? Py.asIntArg(args[1]) : DEFLATED;
        int wbits = args.length > 2 ? Py.asIntArg(args[2]) : MAX_WBITS;
        int memLevel = args.length > 3 ? Py.asIntArg(args[3]) : DEF_MEM_LEVEL;
        int strategy = args.length > 4 ? Py.asIntArg(args[4]) : Z_DEFAULT_STRATEGY;
        Wrapper w = Wrapper.of(wbits, false);
        // Deflater always uses a 32K window and memory level 8; smaller windows or other
        // memory levels give a valid stream made with the default ones.
        if (level < -1 || level > 9 || method != DEFLATED || w == null || memLevel < 1 || memLevel > 9
                || strategy < Deflater.DEFAULT_STRATEGY || strategy > Deflater.HUFFMAN_ONLY) {
            throw Py.ValueError("Invalid initialization option");
        }
        return new PyCompress(level, strategy, w);
    }

    @ExposedMethod(doc = "decompressobj([wbits]) -- Return a decompressor object.\n\nOptional arg wbits is the window buffer size.")
    static PyObject decompressobj(PyObject[] args, String[] kw) {
        BytesArg.positional("decompressobj", args, kw, 0, 1);
        int wbits = args.length > 0 ? Py.asIntArg(args[0]) : MAX_WBITS;
        Wrapper w = Wrapper.of(wbits, true);
        if (w == null) {
            throw Py.ValueError("Invalid initialization option");
        }
        return new PyDecompress(wbits, w, "while decompressing");
    }

    @ExposedMethod(doc = "crc32(string[, start]) -- Compute a CRC-32 checksum of string.\n\nAn optional starting value can be specified.  The returned checksum is\na signed integer.")
    static PyObject crc32(PyObject[] args, String[] kw) {
        BytesArg.positional("crc32", args, kw, 1, 2);
        byte[] data = BytesArg.bytes(args[0], "crc32", 1);
        return PyInt.of(Crc.crc32(data, args.length > 1 ? BytesArg.uint(args[1]) : 0));
    }

    @ExposedMethod(doc = "adler32(string[, start]) -- Compute an Adler-32 checksum of string.\n\nAn optional starting value can be specified.  The returned checksum is\na signed integer.")
    static PyObject adler32(PyObject[] args, String[] kw) {
        BytesArg.positional("adler32", args, kw, 1, 2);
        byte[] data = BytesArg.bytes(args[0], "adler32", 1);
        long start = args.length > 1 ? BytesArg.uint(args[1]) : 1;
        long a = start & 0xffff;
        long b = (start >>> 16) & 0xffff;
        for (byte x : data) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return PyInt.of((int) ((b << 16) | a));
    }
}

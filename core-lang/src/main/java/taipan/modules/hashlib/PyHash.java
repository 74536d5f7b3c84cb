package taipan.modules.hashlib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import taipan.runtime.*;

/**
 * A hash object of the builtin hash modules (_md5.md5, _sha.sha, _sha256.sha224/sha256,
 * _sha512.sha384/sha512), computed by java.security's MessageDigest. One Java class serves
 * every algorithm; each algorithm has its own Python type.
 */
public final class PyHash extends PyObject {
    /** An algorithm: its Python type, names and sizes. */
    enum Algorithm {
        MD5("_md5.md5", "MD5", "MD5", 16, 64),
        SHA1("_sha.sha", "SHA1", "SHA-1", 20, 64),
        SHA224("_sha256.sha224", "SHA224", "SHA-224", 28, 64),
        SHA256("_sha256.sha256", "SHA256", "SHA-256", 32, 64),
        SHA384("_sha512.sha384", "SHA384", "SHA-384", 48, 128),
        SHA512("_sha512.sha512", "SHA512", "SHA-512", 64, 128);

        final PyType type;
        final String pyName, javaName;
        final int digestSize, blockSize;

        Algorithm(String typeName, String pyName, String javaName, int digestSize, int blockSize) {
            this.type = PyType.newBuiltin(typeName, PyType.OBJECT, PyHash.class, PyHash.class, null);
            this.pyName = pyName;
            this.javaName = javaName;
            this.digestSize = digestSize;
            this.blockSize = blockSize;
        }
    }

    private final Algorithm alg;
    private final MessageDigest md;

    private PyHash(Algorithm alg, MessageDigest md) {
        this.alg = alg;
        this.md = md;
    }

    @Override
    public PyType getType() {
        return alg.type;
    }

    /** A new hash object of {@code alg}, fed {@code data} if not null (a 'new()' argument). */
    static PyHash create(Algorithm alg, PyObject data, String func) {
        PyHash h;
        try {
            h = new PyHash(alg, MessageDigest.getInstance(alg.javaName));
        } catch (NoSuchAlgorithmException e) {
            throw Py.ValueError("unsupported hash type " + alg.pyName);
        }
        if (data != null) {
            h.md.update(bytes(data, func));
        }
        return h;
    }

    /** The bytes of a string-or-buffer argument ("s*"); unicode in the default encoding. */
    static byte[] bytes(PyObject o, String func) {
        if (o instanceof PyStr s) {
            return s.bytes();
        }
        if (o instanceof PyUnicode u) {
            return PyStr.fromUnicodeDefault(u).bytes();
        }
        if (o instanceof BufferProtocol b) {
            return b.bufferBytes();
        }
        throw Py.TypeError(func + "() argument 1 must be string or buffer, not " + o.getType().getName());
    }

    @ExposedMethod(doc = "Update this hash object's state with the provided string.")
    public PyObject update(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("update", kw);
        if (args.length != 1) {
            throw Py.TypeError("update() takes exactly 1 argument (" + args.length + " given)");
        }
        byte[] b = bytes(args[0], "update");
        synchronized (md) {
            md.update(b);
        }
        return Py.None;
    }

    private byte[] currentDigest() {
        synchronized (md) {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw Py.SystemError("hash state cannot be copied");
            }
        }
    }

    @ExposedMethod(doc = "Return the digest value as a string of binary data.")
    public PyObject digest() {
        return PyStr.of(currentDigest());
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @ExposedMethod(doc = "Return the digest value as a string of hexadecimal digits.")
    public PyObject hexdigest() {
        byte[] d = currentDigest();
        StringBuilder sb = new StringBuilder(2 * d.length);
        for (byte b : d) {
            sb.append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
        }
        return PyStr.of(sb.toString());
    }

    @ExposedMethod(doc = "Return a copy of the hash object.")
    public PyObject copy() {
        synchronized (md) {
            try {
                return new PyHash(alg, (MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw Py.SystemError("hash state cannot be copied");
            }
        }
    }

    @ExposedGet(name = "digest_size")
    public PyObject getDigestSize() {
        return PyInt.of(alg.digestSize);
    }

    @ExposedGet(name = "digestsize")
    public PyObject getDigestsize() {
        return PyInt.of(alg.digestSize);
    }

    @ExposedGet(name = "block_size")
    public PyObject getBlockSize() {
        return PyInt.of(alg.blockSize);
    }

    @ExposedGet(name = "name")
    public PyObject getName() {
        return PyStr.of(alg.pyName);
    }
}

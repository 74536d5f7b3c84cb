package taipan.os.crypt;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import taipan.runtime.*;

/** {@code crypt}: the system's crypt(3) (libcrypt), DES or the "$id$" schemes it knows. */
@PyModuleDef(name = "crypt")
public final class CryptModule {
    private CryptModule() {}

    /** libcrypt's crypt: the result lives in a static buffer, hence the lock. */
    public interface Lib {
        Pointer crypt(@In byte[] key, @In byte[] salt);
    }

    private static final class Holder {
        static final Lib LIB = LibraryLoader.create(Lib.class).load("crypt");
    }

    private static byte[] cstr(PyObject o, int argn) {
        if (!(o instanceof PyStr s)) {
            throw Py.TypeError("crypt() argument " + argn + " must be string, not " + o.getType().getName());
        }
        byte[] b = s.bytes();
        for (byte x : b) {
            if (x == 0) {
                throw Py.TypeError("crypt() argument " + argn + " must be string without null bytes, not str");
            }
        }
        return java.util.Arrays.copyOf(b, b.length + 1);
    }

    @ExposedMethod(doc = "crypt(word, salt) -> string\nword will usually be a user's password. salt is a 2-character string\nwhich will be used to select one of 4096 variations of DES. The characters\nin salt must be either \".\", \"/\", or an alphanumeric character. Returns\nthe hashed password as a string, which will be composed of characters from\nthe same alphabet as the salt.")
    static PyObject crypt(PyObject word, PyObject salt) {
        byte[] w = cstr(word, 1), s = cstr(salt, 2);
        synchronized (CryptModule.class) {
            Pointer r = Holder.LIB.crypt(w, s);
            if (r == null) {
                return Py.None;
            }
            int n = r.indexOf(0, (byte) 0);
            byte[] out = new byte[n];
            r.get(0, out, 0, n);
            return PyStr.of(out);
        }
    }
}

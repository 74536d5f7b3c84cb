package taipan.serialization.marshal;

import taipan.runtime.*;

/** Where {@link Reader} takes its bytes from: a string, or a file read as it goes. */
interface Source {
    /** The next byte (0..255), or -1 at the end, as C's getc. */
    int read();

    /** Up to {@code n} bytes; fewer only at the end. */
    byte[] read(int n);

    /** The bytes of a str (or buffer) given to loads(). */
    static Source of(byte[] data) {
        return new Source() {
            private int pos;

            @Override
            public int read() {
                return pos < data.length ? data[pos++] & 0xff : -1;
            }

            @Override
            public byte[] read(int n) {
                int k = Math.min(n, data.length - pos);
                byte[] r = java.util.Arrays.copyOfRange(data, pos, pos + k);
                pos += k;
                return r;
            }
        };
    }

    /** A file given to load(): reads only what the value needs, so the position ends after it. */
    static Source of(PyFile f) {
        return new Source() {
            @Override
            public int read() {
                byte[] b = read(1);
                return b.length == 0 ? -1 : b[0] & 0xff;
            }

            @Override
            public byte[] read(int n) {
                if (n == 0) {
                    return new byte[0];
                }
                PyObject r = f.read(new PyObject[] {PyInt.of(n)}, new String[0]);
                return ((PyStr) r).bytes();
            }
        };
    }
}

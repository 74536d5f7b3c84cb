package taipan.modules.sre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyUnicode;

/**
 * The pieces of a sub() result, equal to {@code string[:0].join(pieces)}. While the
 * subject is an exact str (or unicode) and every piece is too, the characters go
 * straight into one buffer; the first other piece turns the buffer back into the list
 * of pieces so far, and the join of the subject type decides the result (and raises the
 * errors {@code join} raises).
 */
final class Output {
    private final Subject subject;
    private final boolean bytesMode;
    private byte[] buf;
    private StringBuilder sb;
    /** End offset of each piece in the buffer. */
    private int[] ends = new int[16];
    private int pieces;
    /** The first piece as an object, when there is only one and it is one. */
    private PyObject single;
    /** Once not null, the pieces are kept as objects. */
    private List<PyObject> list;

    Output(Subject subject) {
        this.subject = subject;
        boolean exactStr = subject.obj.getClass() == PyStr.class;
        boolean exactUni = subject.obj.getClass() == PyUnicode.class;
        this.bytesMode = exactStr;
        if (exactStr) {
            buf = new byte[Math.min(1 << 16, Math.max(16, subject.length))];
        } else if (exactUni) {
            sb = new StringBuilder();
        } else {
            list = new ArrayList<>();
        }
    }

    private int length() {
        return bytesMode ? len : sb.length();
    }

    private int len;

    private void endPiece(PyObject obj) {
        if (pieces == ends.length) {
            ends = Arrays.copyOf(ends, pieces * 2);
        }
        ends[pieces] = length();
        single = pieces == 0 ? obj : null;
        pieces++;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /** Appends {@code string[i:j]}. */
    void appendSlice(int i, int j) {
        if (list != null) {
            list.add(subject.slice(i, j));
            return;
        }
        if (bytesMode) {
            ensure(j - i);
            System.arraycopy(subject.bytes, i, buf, len, j - i);
            len += j - i;
        } else if (subject.str != null) {
            sb.append(subject.str, i, j);
        } else {
            for (int k = i; k < j; k++) {
                sb.appendCodePoint(subject.ints[k]);
            }
        }
        endPiece(i == 0 && j == subject.length ? subject.obj : null);
    }

    /** Appends a piece produced by a replacement. */
    void appendObject(PyObject o) {
        if (list == null) {
            if (bytesMode && o.getClass() == PyStr.class) {
                byte[] b = ((PyStr) o).bytes();
                ensure(b.length);
                System.arraycopy(b, 0, buf, len, b.length);
                len += b.length;
                endPiece(o);
                return;
            }
            if (!bytesMode && o.getClass() == PyUnicode.class) {
                sb.append(o.toString());
                endPiece(o);
                return;
            }
            toList();
        }
        list.add(o);
    }

    /** Is a piece of this type appended without changing the result type? */
    boolean sameKind(PyObject o) {
        return list == null && (bytesMode ? o.getClass() == PyStr.class : o.getClass() == PyUnicode.class);
    }

    private void toList() {
        list = new ArrayList<>(pieces + 8);
        int start = 0;
        for (int k = 0; k < pieces; k++) {
            int e = ends[k];
            if (bytesMode) {
                list.add(PyStr.of(Arrays.copyOfRange(buf, start, e)));
            } else {
                list.add(PyUnicode.of(sb.substring(start, e)));
            }
            start = e;
        }
        buf = null;
        sb = null;
    }

    PyObject result() {
        if (list != null) {
            return subject.join(list);
        }
        if (pieces == 0) {
            return subject.empty();
        }
        if (pieces == 1 && single != null) {
            return single;
        }
        return bytesMode ? PyStr.of(Arrays.copyOf(buf, len)) : PyUnicode.of(sb.toString());
    }
}

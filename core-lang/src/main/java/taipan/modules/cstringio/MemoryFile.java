package taipan.modules.cstringio;

import java.util.Arrays;

import taipan.runtime.*;

/**
 * The state both cStringIO types share: a byte buffer, its used size and the position.
 * A StringI reads the bytes of the string it was made from (never copied); a StringO grows
 * its own buffer. All operations hold the object's lock, so threads see whole operations.
 */
abstract class MemoryFile extends PyObject {
    protected byte[] buf;
    protected int size;
    protected int pos;
    protected boolean closed;

    MemoryFile(byte[] buf, int size) {
        this.buf = buf;
        this.size = size;
    }

    final void checkOpen() {
        if (closed) {
            throw Py.ValueError("I/O operation on closed file");
        }
    }

    /** 'n' conversion of an optional size argument (null: not given). */
    static long sizeArg(PyObject o, long dflt) {
        return o == null ? dflt : Py.asLongArg(o);
    }

    final synchronized PyObject doFlush() {
        checkOpen();
        return Py.None;
    }

    final synchronized PyObject doGetvalue(PyObject usePos) {
        checkOpen();
        int end = usePos != null && Ops.isTrue(usePos) ? Math.min(pos, size) : size;
        return PyStr.of(buf, 0, end);
    }

    final synchronized PyObject doIsatty() {
        checkOpen();
        return Py.False;
    }

    final synchronized PyObject doRead(PyObject n) {
        checkOpen();
        long want = sizeArg(n, -1);
        int avail = Math.max(0, size - pos);
        int len = want < 0 || want > avail ? avail : (int) want;
        PyStr r = PyStr.of(buf, Math.min(pos, size), Math.min(pos, size) + len);
        pos += len;
        return r;
    }

    /** One line (with its newline), at most {@code limit} bytes if limit is non-negative. */
    final PyStr line(long limit) {
        if (pos >= size) {
            return PyStr.EMPTY; // past the end the position stays where it is
        }
        int start = pos;
        int end = start;
        while (end < size && buf[end] != '\n') {
            end++;
        }
        if (end < size) {
            end++;
        }
        if (limit >= 0 && end - start > limit) {
            end = start + (int) limit;
        }
        pos = end;
        return PyStr.of(buf, start, end);
    }

    final synchronized PyObject doReadline(PyObject limit) {
        checkOpen();
        return line(sizeArg(limit, -1));
    }

    final synchronized PyObject doReadlines(PyObject hint) {
        checkOpen();
        long h = sizeArg(hint, 0);
        PyList out = new PyList();
        long total = 0;
        while (true) {
            PyStr s = line(-1);
            if (s.size() == 0) {
                break;
            }
            out.append(s);
            total += s.size();
            if (h > 0 && total >= h) {
                break;
            }
        }
        return out;
    }

    final synchronized PyObject doReset() {
        checkOpen();
        pos = 0;
        return Py.None;
    }

    final synchronized PyObject doTell() {
        checkOpen();
        return PyInt.of(pos);
    }

    final synchronized PyObject doTruncate(PyObject at) {
        checkOpen();
        long p = sizeArg(at, pos);
        if (p < 0) {
            throw Py.IOError(22, "Invalid argument", null);
        }
        if (size > p) {
            size = (int) p;
        }
        pos = size;
        return Py.None;
    }

    final synchronized PyObject doSeek(long position, int mode) {
        checkOpen();
        if (mode == 2) {
            position += size;
        } else if (mode == 1) {
            position += pos;
        }
        if (position < 0) {
            position = 0;
        }
        if (position > Integer.MAX_VALUE - 8) {
            throw Py.OverflowError("new position too large");
        }
        seekTo((int) position);
        return Py.None;
    }

    /** Moves to {@code p}; a StringO pads with NULs when p lies beyond the end. */
    void seekTo(int p) {
        pos = p;
    }

    final synchronized PyObject doClose() {
        closed = true;
        return Py.None;
    }

    final PyObject doNext() {
        PyObject r = nextLine();
        if (r == null) {
            throw Py.StopIteration();
        }
        return r;
    }

    final synchronized PyObject nextLine() {
        checkOpen();
        PyStr s = line(-1);
        return s.size() == 0 ? null : s;
    }

    /** Makes room for {@code needed} bytes. */
    final void ensure(int needed) {
        if (needed > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(needed, Math.max(128, buf.length * 2)));
        }
    }

    /** The bytes a str, unicode (default encoding) or buffer stands for; null for other objects. */
    static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyStr s) {
            return s.bytes();
        }
        if (o instanceof PyUnicode u) {
            return Codecs.encode(u, null, null).bytes();
        }
        if (o instanceof BufferProtocol b) {
            return b.bufferBytes();
        }
        return null;
    }

    /** A type name as PyArg_Parse reports it ("None" for None). */
    static String typeName(PyObject o) {
        return o == Py.None ? "None" : o.getType().getName();
    }
}

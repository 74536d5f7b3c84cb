package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Struct sequences: visible/hidden/unnamed fields, repr, __reduce__, construction. */
class PyStructSequenceTest {
    /** Like 2.7's posix.stat_result: 7 named, 3 unnamed visible fields, 6 fields by name only. */
    static final PyType STAT = PyStructSequence.newType("posixlike.stat_result", "doc",
            new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
                "st_atime", "st_mtime", "st_ctime", "st_blksize", "st_blocks", "st_rdev"}, null, 10, true);

    static final PyType PAIR = PyStructSequence.newType("m.pair", null, new String[] {"a", "b"}, null, 2, false);

    private static PyObject[] ints(int n) {
        PyObject[] o = new PyObject[n];
        for (int i = 0; i < n; i++) {
            o[i] = PyInt.of(i);
        }
        return o;
    }

    private static PyObject call(PyObject callable, PyObject... args) {
        ThreadState.bind(new ThreadState(Interp.defaultInterp()));
        return Ops.call(callable, args);
    }

    @Test
    void reprNamesVisibleFieldsByMemberOrder() {
        PyStructSequence s = PyStructSequence.of(STAT, ints(16));
        // 2.7 labels the unnamed fields with the names of the members that follow
        assertEquals("posixlike.stat_result(st_mode=0, st_ino=1, st_dev=2, st_nlink=3, st_uid=4, st_gid=5, "
                + "st_size=6, st_atime=7, st_mtime=8, st_ctime=9)", s.__repr__().toString());
        assertEquals(10, s.__len__());
        assertEquals(PyInt.of(12), Ops.getattr(s, "st_ctime"));
        assertEquals(PyInt.of(9), s.__getitem__(PyInt.of(-1)));
    }

    @Test
    void reduceKeepsTheFieldsByName() {
        PyStructSequence s = PyStructSequence.of(STAT, ints(16));
        PyTuple r = (PyTuple) s.structseqReduce();
        assertEquals(STAT, r.get(0));
        PyTuple args = (PyTuple) r.get(1);
        assertEquals(10, ((PyTuple) args.get(0)).size());
        PyDict hidden = (PyDict) args.get(1);
        assertEquals(6, hidden.size());
        assertEquals(PyInt.of(10), hidden.getItem(PyStr.of("st_atime")));
        assertEquals(PyInt.of(15), hidden.getItem(PyStr.of("st_rdev")));
    }

    @Test
    void constructionFromASequenceAndADict() {
        PyDict d = new PyDict();
        d.setItem(PyStr.of("st_atime"), PyStr.of("t"));
        PyObject s = call(STAT, PyTuple.of(ints(10)), d);
        assertEquals(PyStr.of("t"), Ops.getattr(s, "st_atime"));
        assertEquals(Py.None, Ops.getattr(s, "st_rdev"));
        PyException e = assertThrows(PyException.class, () -> call(STAT, PyTuple.of(ints(3))));
        assertEquals("posixlike.stat_result() takes an at least 10-sequence (3-sequence given)", e.getMessage().replaceFirst("^TypeError: ", ""));
        e = assertThrows(PyException.class, () -> call(STAT, PyTuple.of(ints(17))));
        assertEquals("posixlike.stat_result() takes an at most 16-sequence (17-sequence given)", e.getMessage().replaceFirst("^TypeError: ", ""));
        e = assertThrows(PyException.class, () -> call(PAIR, PyTuple.of(ints(2))));
        assertEquals("cannot create 'm.pair' instances", e.getMessage().replaceFirst("^TypeError: ", ""));
    }

    @Test
    void longReprsAreCutLikeCPythons512ByteBuffer() {
        PyObject[] v = new PyObject[] {PyStr.of("x".repeat(300)), PyStr.of("y".repeat(300))};
        String r = PyStructSequence.of(PAIR, v).__repr__().toString();
        assertEquals("m.pair(a='" + "x".repeat(300) + "', ...)", r);
    }

    @Test
    void fieldsAreReadOnly() {
        PyStructSequence s = PyStructSequence.of(PAIR, ints(2));
        ThreadState.bind(new ThreadState(Interp.defaultInterp()));
        PyException e = assertThrows(PyException.class, () -> Ops.setattr(s, "a", Py.None));
        assertEquals("TypeError", ((PyType) e.type).getName());
    }
}

package taipan.net.select;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.runtime.*;

/** {@code select.poll()} objects: a set of registered descriptors and their event masks. */
@ExposedType(name = "select.poll", subclassable = false)
public final class PyPoll extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyPoll.class);

    private final Map<Integer, Integer> fds = new LinkedHashMap<>();
    private boolean polling;

    @Override
    public PyType getType() {
        return TYPE;
    }

    @ExposedMethod(doc = "register(fd [, eventmask] ) -> None\n\nRegister a file descriptor with the polling object.\nfd -- either an integer, or an object with a fileno() method returning an\n      int.\nevents -- an optional bitmask describing the type of events to check for")
    public synchronized PyObject register(PyObject fd, @Default("7") int eventmask) {
        fds.put(SelectModule.fileno(fd), eventmask & 0xffff);
        return Py.None;
    }

    @ExposedMethod(doc = "modify(fd, eventmask) -> None\n\nModify an already registered file descriptor.\nfd -- either an integer, or an object with a fileno() method returning an\n      int.\nevents -- an optional bitmask describing the type of events to check for")
    public synchronized PyObject modify(PyObject fd, int eventmask) {
        int f = SelectModule.fileno(fd);
        if (!fds.containsKey(f)) {
            throw Py.IOError(2, "No such file or directory", null);
        }
        fds.put(f, eventmask & 0xffff);
        return Py.None;
    }

    @ExposedMethod(doc = "unregister(fd) -> None\n\nRemove a file descriptor being tracked by the polling object.")
    public synchronized PyObject unregister(PyObject fd) {
        int f = SelectModule.fileno(fd);
        if (fds.remove(f) == null) {
            throw Py.KeyError(PyInt.of(f));
        }
        return Py.None;
    }

    @ExposedMethod(doc = "poll( [timeout] ) -> list of (fd, event) 2-tuples\n\nPolls the set of registered file descriptors, returning a list containing \nany descriptors that have events or errors to report.")
    public PyObject poll(@Default("None") PyObject timeout) {
        long ms;
        if (timeout == Py.None) {
            ms = -1;
        } else {
            PyObject i = timeout instanceof PyInt || timeout instanceof PyLong ? timeout : Ops.intOrNull(timeout);
            if (i == null) {
                throw Py.TypeError("timeout must be an integer or None");
            }
            ms = Py.asLongArg(i);
        }
        int n;
        byte[] pfd;
        int[] order;
        synchronized (this) {
            if (polling) {
                throw Py.RuntimeError("concurrent poll() invocation");
            }
            n = fds.size();
            pfd = new byte[Math.max(n, 1) * 8];
            order = new int[n];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : fds.entrySet()) {
                order[k] = e.getKey();
                SelectModule.putPollFd(pfd, k++, e.getKey(), e.getValue());
            }
            polling = true;
        }
        try {
            SelectModule.pollSliced(pfd, n, ms);
        } finally {
            synchronized (this) {
                polling = false;
            }
        }
        PyList out = new PyList();
        for (int k = 0; k < n; k++) {
            int re = SelectModule.revents(pfd, k);
            if (re != 0) {
                out.append(PyTuple.of(PyInt.of(order[k]), PyInt.of(re)));
            }
        }
        return out;
    }
}

package taipan.os.resource;

import taipan.runtime.*;
import taipan.runtime.io.Errno;

/** {@code resource}: process resource limits and usage (Linux numbering). */
@PyModuleDef(name = "resource")
public final class ResourceModule {
    private ResourceModule() {}

    @ExposedConstant static final int RLIMIT_CPU = 0, RLIMIT_FSIZE = 1, RLIMIT_DATA = 2, RLIMIT_STACK = 3,
            RLIMIT_CORE = 4, RLIMIT_RSS = 5, RLIMIT_NPROC = 6, RLIMIT_NOFILE = 7, RLIMIT_OFILE = 7,
            RLIMIT_MEMLOCK = 8, RLIMIT_AS = 9, RLIM_INFINITY = -1, RUSAGE_SELF = 0, RUSAGE_CHILDREN = -1;

    private static final int RLIM_NLIMITS = 16;

    static final PyType STRUCT_RUSAGE = PyStructSequence.newType("resource.struct_rusage",
            "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n"
                    + "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n"
                    + "    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n"
                    + "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
            new String[] {"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
                "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
                "ru_nvcsw", "ru_nivcsw"},
            new String[] {"user time used", "system time used", "max. resident set size", "shared memory size",
                "unshared data size", "unshared stack size", "page faults not requiring I/O",
                "page faults requiring I/O", "number of swap outs", "block input operations",
                "block output operations", "IPC messages sent", "IPC messages received", "signals received",
                "voluntary context switches", "involuntary context switches"}, 16, true);

    static PyType error;

    static void init(PyModule m) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("resource"));
        error = (PyType) Ops.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(Exceptions.Exception), ns);
        m.set("error", error);
        m.set("struct_rusage", STRUCT_RUSAGE);
    }

    private static ResourceLib lib() {
        return ResourceLib.Holder.LIB;
    }

    private static PyException osError() {
        int e = ResourceLib.Holder.RUNTIME.getLastError();
        return new PyException(error, Exceptions.newInstance(error, PyInt.of(e), PyStr.of(Errno.strerror(e))));
    }

    @ExposedMethod
    static PyObject getrlimit(int resource) {
        if (resource < 0 || resource >= RLIM_NLIMITS) {
            throw Py.ValueError("invalid resource specified");
        }
        long[] l = new long[2];
        if (lib().getrlimit(resource, l) < 0) {
            throw osError();
        }
        return PyTuple.of(PyInt.of(l[0]), PyInt.of(l[1]));
    }

    @ExposedMethod
    static void setrlimit(int resource, PyObject limits) {
        if (resource < 0 || resource >= RLIM_NLIMITS) {
            throw Py.ValueError("invalid resource specified");
        }
        PyObject[] v = Ops.toArray(limits);
        if (v.length != 2) {
            throw Py.ValueError("expected a tuple of 2 integers");
        }
        long[] l = {limit(v[0]), limit(v[1])};
        if (lib().setrlimit(resource, l) < 0) {
            int e = ResourceLib.Holder.RUNTIME.getLastError();
            if (e == Errno.EINVAL) {
                throw Py.ValueError("current limit exceeds maximum limit");
            }
            if (e == Errno.EPERM) {
                throw Py.ValueError("not allowed to raise maximum limit");
            }
            throw osError();
        }
    }

    private static long limit(PyObject v) {
        if (!(v instanceof PyInt) && !(v instanceof PyLong)) {
            throw Py.TypeError("an integer is required");
        }
        return Py.asLongArg(v);
    }

    @ExposedMethod
    static PyObject getrusage(int who) {
        long[] u = new long[18];
        if (lib().getrusage(who, u) < 0) {
            if (ResourceLib.Holder.RUNTIME.getLastError() == Errno.EINVAL) {
                throw Py.ValueError("invalid who parameter");
            }
            throw osError();
        }
        PyObject[] v = new PyObject[16];
        v[0] = new PyFloat(u[0] + u[1] * 1e-6);
        v[1] = new PyFloat(u[2] + u[3] * 1e-6);
        for (int i = 2; i < 16; i++) {
            v[i] = PyInt.of(u[i + 2]);
        }
        return PyStructSequence.of(STRUCT_RUSAGE, v);
    }

    @ExposedMethod
    static int getpagesize() {
        return lib().getpagesize();
    }
}

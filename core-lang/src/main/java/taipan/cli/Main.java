package taipan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import taipan.runtime.Exceptions;
import taipan.runtime.Interp;
import taipan.runtime.N;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.Safepoint;
import taipan.runtime.PyCode;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyFile;
import taipan.runtime.PyInt;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PySystemExit;
import taipan.runtime.ThreadState;
import taipan.runtime.TracebackPrinter;
import taipan.modules.sys.SysModule;

/**
 * The {@code taipan} command: CPython 2.7's command line ({@code script args}, {@code -c},
 * {@code -m}, {@code -}, {@code -i} and the other options), run on a Python thread with a
 * large stack; exit status as CPython's.
 */
public final class Main {
    private Main() {}

    static final String USAGE = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

    public static void main(String[] args) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (Options.UsageError e) {
            System.err.print(e.getMessage());
            System.exit(2);
            return;
        }
        if (opts.help) {
            System.out.print(Options.HELP);
            System.exit(0);
        }
        if (opts.version) {
            System.err.println("Python 2.7.18");
            System.exit(0);
        }
        PyFile.configureStandardStreams(opts.unbuffered, opts.ignoreEnvironment);
        int[] status = new int[1];
        Thread t = new ThreadState.PyThread(null, () -> status[0] = run(opts), "MainThread", 1L << 29, Interp.current());
        Safepoint.mainThread = t;
        installInterruptHandler(t);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            status[0] = 1;
        }
        System.exit(status[0]);
    }

    /**
     * Runs a script file in {@code interp} as {@code taipan path args...} would (on the
     * calling thread, which should be a Python thread); returns the exit status.
     */
    public static int runFile(Interp interp, String path, String... args) {
        Options o = new Options();
        o.script = path;
        o.args.addAll(java.util.List.of(args));
        return run(interp, o);
    }

    /**
     * Ctrl-C raises KeyboardInterrupt in the main Python thread at its next safe point.
     * (lib-os replaces this with real signal handling when the signal module is used.)
     */
    @SuppressWarnings("restriction")
    private static void installInterruptHandler(Thread mainThread) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> taipan.runtime.Safepoint.requestKeyboardInterrupt(mainThread));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // SIGINT unavailable: keep the JVM's default
        }
    }

    /** Runs the program described by the options; returns the exit status. */
    static int run(Options opts) {
        return run(Interp.current(), opts);
    }

    static int run(Interp interp, Options opts) {
        interp.optimize = opts.optimize > 0;
        SysModule.configure(interp, sysConfig(opts));
        if (!opts.noSite) {
            importSite(interp);
        }
        if (interp.sysGet("warnoptions") instanceof PyList wo && wo.size() > 0) {
            importWarnings(interp);
        }
        PyModule main = new PyModule("__main__");
        PyDict g = main.getDict();
        g.setItem(N.__builtins__, interp.builtinsModule());
        g.setItem(N.__package__, Py.None);
        interp.modules.setItem(PyStr.intern("__main__"), main);
        PyList argv = new PyList();
        int status = 0;
        try {
            if (opts.command != null) {
                argv.append(PyStr.of("-c"));
                setArgv(interp, argv, opts);
                setPath0(interp, "");
                PyCode code = interp.compile(opts.command.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "<string>", "exec",
                        taipan.parse.Parser.STRING_INPUT);
                interp.runCode(code, g, g);
            } else if (opts.module != null) {
                argv.append(PyStr.of(opts.module));
                setArgv(interp, argv, opts);
                setPath0(interp, "");
                RunModule.run(interp, opts.module, g);
            } else if (opts.script != null && !opts.script.equals("-")) {
                argv.append(PyStr.of(opts.script));
                setArgv(interp, argv, opts);
                Path p = Path.of(opts.script);
                setPath0(interp, scriptDirectory(p));
                byte[] src;
                try {
                    src = Files.readAllBytes(p);
                } catch (IOException e) {
                    System.err.println("taipan: can't open file '" + opts.script + "': [Errno 2] No such file or directory");
                    return 2;
                }
                if (opts.skipFirstLine) {
                    int nl = 0;
                    while (nl < src.length && src[nl] != '\n') {
                        nl++;
                    }
                    for (int i = 0; i < nl; i++) {
                        src[i] = ' ';
                    }
                }
                g.setItem(N.__file__, PyStr.of(opts.script));
                PyCode code = interp.compile(src, opts.script, "exec", 0);
                interp.runCode(code, g, g);
            } else if (opts.script != null || !(opts.inspect || Repl.stdinIsTerminal())) {
                argv.append(PyStr.of(opts.script == null ? "" : "-"));
                setArgv(interp, argv, opts);
                setPath0(interp, "");
                byte[] src = readStdin();
                PyCode code = interp.compile(src, "<stdin>", "exec", 0);
                interp.runCode(code, g, g);
            } else {
                argv.append(PyStr.EMPTY);
                setArgv(interp, argv, opts);
                setPath0(interp, "");
                status = Repl.run(interp, g, true);
                return finish(interp, status);
            }
            if (opts.inspect) {
                status = Repl.run(interp, g, false);
            }
        } catch (PyException e) {
            status = handleUncaught(e);
            if (opts.inspect && !e.matches(Exceptions.SystemExit)) {
                status = Repl.run(interp, g, false);
            }
        }
        return finish(interp, status);
    }

    /** sys.flags and the other command-line settings sys shows. */
    static SysModule.Config sysConfig(Options o) {
        SysModule.Config c = new SysModule.Config();
        c.debug = o.debug;
        c.py3kWarning = o.py3kWarning ? 1 : 0;
        c.divisionWarning = o.division.equals("warn") ? 1 : o.division.equals("warnall") ? 2 : 0;
        c.divisionNew = o.division.equals("new") ? 1 : 0;
        c.inspect = o.inspect ? 1 : 0;
        c.interactive = o.inspect ? 1 : 0;
        c.optimize = o.optimize;
        c.dontWriteBytecode = o.dontWriteBytecode ? 1 : 0;
        c.noUserSite = o.noUserSite ? 1 : 0;
        c.noSite = o.noSite ? 1 : 0;
        c.ignoreEnvironment = o.ignoreEnvironment ? 1 : 0;
        c.tabcheck = o.tabCheck;
        c.verbose = o.verbose;
        c.unicode = o.unicode ? 1 : 0;
        c.bytesWarning = o.bytesWarning;
        c.hashRandomization = o.hashRandomization ? 1 : 0;
        c.warnOptions.addAll(o.warnOptions);
        return c;
    }

    /** {@code import site}, as Py_Initialize does unless -S; a failure is reported and ignored. */
    private static void importSite(Interp interp) {
        try {
            interp.importModule("site");
        } catch (PyException e) {
            TracebackPrinter.writeStderr("'import site' failed; use -v for traceback\n");
        }
    }

    /** With -W options, Py_Initialize imports warnings so that they apply (errors are ignored). */
    private static void importWarnings(Interp interp) {
        try {
            interp.importModule("warnings");
        } catch (PyException e) {
            // as CPython: a failing warnings import at start-up is silently dropped
        }
    }

    /** sys.path[0] for a script: the directory of its real path (symbolic links resolved), as 2.7. */
    private static String scriptDirectory(Path script) {
        Path p;
        try {
            p = script.toRealPath();
        } catch (IOException | SecurityException e) {
            p = script;
        }
        Path parent = p.getParent();
        return parent == null ? "" : parent.toString();
    }

    private static void setArgv(Interp interp, PyList argv, Options opts) {
        for (String a : opts.args) {
            argv.append(PyStr.of(a));
        }
        interp.sysSet("argv", argv);
    }

    private static void setPath0(Interp interp, String dir) {
        PyObject path = interp.sysGet("path");
        if (path instanceof PyList l) {
            l.insert(0, PyStr.of(dir));
        }
    }

    private static byte[] readStdin() {
        try {
            InputStream in = System.in;
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Reports an uncaught exception (or SystemExit) and returns the exit status. */
    static int handleUncaught(PyException e) {
        if (e.matches(Exceptions.SystemExit)) {
            return exitCode(e);
        }
        flushStdout();
        TracebackPrinter.print(e);
        return 1;
    }

    static int exitCode(PyException e) {
        PyObject code = e.value instanceof PySystemExit se ? se.code : e.value;
        if (code == null || code == Py.None) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return (int) i.value;
        }
        flushStdout();
        TracebackPrinter.writeStderr(Ops.str(code) + "\n");
        return 1;
    }

    /** Runs sys.exitfunc, flushes the standard streams; a SystemExit there changes the status. */
    static int finish(Interp interp, int status) {
        waitForThreadShutdown(interp);
        PyObject exitfunc = interp.sysGet("exitfunc");
        if (exitfunc != null) {
            try {
                Ops.call(exitfunc);
            } catch (PyException e) {
                if (e.matches(Exceptions.SystemExit)) {
                    status = exitCode(e);
                } else {
                    TracebackPrinter.writeStderr("Error in sys.exitfunc:\n");
                    TracebackPrinter.print(e);
                }
            }
        }
        PyObject out = interp.sysGet("stdout");
        if (out != null && out != Py.None) {
            if (Interp.softspace(out, false)) {
                try {
                    Interp.writeString(out, "\n");
                } catch (PyException ignored) {
                    // as CPython: errors while flushing at exit are ignored
                }
            }
        }
        flushStdout();
        PyObject err = interp.sysGet("stderr");
        if (err instanceof PyFile f) {
            try {
                f.flush();
            } catch (PyException ignored) {
                // ignored
            }
        }
        PyFile.flushAll(); // every other open file, as C's exit flushes its streams
        return status;
    }

    /**
     * As Py_Finalize: if threading was imported, its _shutdown() joins the non-daemon
     * threads before sys.exitfunc runs (daemon threads are simply abandoned at exit).
     */
    static void waitForThreadShutdown(Interp interp) {
        PyObject threading = interp.modules.getItem(PyStr.of("threading"));
        if (threading == null) {
            return;
        }
        try {
            PyObject shutdown = threading.lookupAttr(PyStr.intern("_shutdown"));
            if (shutdown != null) {
                Ops.call(shutdown);
            }
        } catch (PyException e) {
            TracebackPrinter.print(e);
        }
    }

    static void flushStdout() {
        PyObject out = Interp.current().sysGet("stdout");
        if (out == null || out == Py.None) {
            return;
        }
        try {
            if (out instanceof PyFile f) {
                f.flush();
            } else if (Ops.getattrOrNull(out, "flush") != null) {
                Ops.invoke(out, "flush");
            }
        } catch (PyException e) {
            // ignored at this point, as CPython does
        }
    }
}

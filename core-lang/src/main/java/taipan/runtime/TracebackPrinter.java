package taipan.runtime;

/** Formats and prints uncaught exceptions exactly as CPython 2.7's PyErr_Display. */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    /** The full report: traceback entries, then the exception line(s). */
    public static String format(PyObject type, PyObject value, PyTraceback tb) {
        StringBuilder sb = new StringBuilder();
        long limit = tracebackLimit();
        if (tb != null && limit > 0) {
            sb.append("Traceback (most recent call last):\n");
            int depth = 0;
            for (PyTraceback t = tb; t != null; t = t.next) {
                depth++;
            }
            for (PyTraceback t = tb; t != null; t = t.next, depth--) {
                if (depth > limit) {
                    continue;
                }
                PyCode code = t.frame.code;
                sb.append("  File \"").append(code.filename).append("\", line ").append(t.line)
                        .append(", in ").append(code.name).append('\n');
                String src = LineCache.getLine(code.filename, t.line);
                if (src != null) {
                    String s = src.strip();
                    if (!s.isEmpty()) {
                        sb.append("    ").append(s).append('\n');
                    }
                }
            }
        }
        sb.append(formatExceptionOnly(type, value));
        return sb.toString();
    }

    /** sys.tracebacklimit (1000 when unset or not an int), as PyTraceBack_Print reads it. */
    private static long tracebackLimit() {
        PyObject v = Interp.current().sysGet("tracebacklimit");
        return v instanceof PyInt i ? i.value : 1000;
    }

    /** {@code traceback.format_exception_only}: the last line(s) of a report. */
    public static String formatExceptionOnly(PyObject type, PyObject value) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof PySyntaxError se && Exceptions.matches(type, Exceptions.SyntaxError)) {
            String file = se.filename instanceof PyStr ? se.filename.toString() : "<string>";
            sb.append("  File \"").append(file).append("\", line ").append(Ops.str(se.lineno)).append('\n');
            if (se.text instanceof PyStr textObj) {
                // print_error_text
                String text = textObj.toString();
                int offset = se.offset instanceof PyInt oi ? (int) oi.value : -1;
                if (offset >= 0) {
                    if (offset > 0 && offset == text.length() && text.charAt(offset - 1) == '\n') {
                        offset--;
                    }
                    while (true) {
                        int nl = text.indexOf('\n');
                        if (nl < 0 || nl >= offset) {
                            break;
                        }
                        offset -= nl + 1;
                        text = text.substring(nl + 1);
                    }
                    int i = 0;
                    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                        i++;
                        offset--;
                    }
                    text = text.substring(i);
                }
                sb.append("    ").append(text);
                if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
                    sb.append('\n');
                }
                if (offset != -1) {
                    sb.append("    ");
                    for (int k = offset - 1; k > 0; k--) {
                        sb.append(' ');
                    }
                    sb.append("^\n");
                }
            }
            value = se.msg;
            sb.append(className(type));
            String msg = safeStr(value);
            if (msg != null && !msg.isEmpty()) {
                sb.append(": ").append(msg);
            }
            return sb.append('\n').toString();
        }
        sb.append(className(type));
        if (value != null && value != Py.None) {
            String s = safeStr(value);
            if (s == null) {
                sb.append(": <exception str() failed>");
            } else if (!s.isEmpty()) {
                sb.append(": ").append(s);
            }
        }
        return sb.append('\n').toString();
    }

    private static String safeStr(PyObject v) {
        try {
            return Ops.str(v).toString();
        } catch (PyException e) {
            return null;
        }
    }

    static String className(PyObject type) {
        String name;
        PyObject mod;
        if (type instanceof PyType t) {
            name = t.getName();
            mod = t.isHeap() ? t.getDict().getItem(N.__module__) : PyStr.of(t.getModuleName());
        } else if (type instanceof PyClass c) {
            name = c.getName();
            mod = c.getDict().getItem(N.__module__);
        } else {
            return Ops.str(type).toString();
        }
        if (!(mod instanceof PyStr)) {
            return "<unknown>" + name;
        }
        String m = mod.toString();
        if (m.equals("exceptions")) {
            return name;
        }
        return m + "." + name;
    }

    /** Prints an uncaught exception to sys.stderr (through sys.excepthook if replaced). */
    public static void print(PyException e) {
        Interp interp = Interp.current();
        PyObject tb = e.traceback == null ? Py.None : e.traceback;
        interp.sysSet("last_type", e.type);
        interp.sysSet("last_value", e.value);
        interp.sysSet("last_traceback", tb);
        PyObject hook = interp.sysGet("excepthook");
        PyObject defaultHook = interp.sysGet("__excepthook__");
        if (hook != null && hook != defaultHook) {
            try {
                Ops.call(hook, e.type, e.value, tb);
                return;
            } catch (PyException e2) {
                writeStderr("Error in sys.excepthook:\n");
                writeStderr(format(e2.type, e2.value, e2.traceback));
                writeStderr("\nOriginal exception was:\n");
            }
        }
        writeStderr(format(e.type, e.value, e.traceback));
    }

    public static void writeStderr(String s) {
        PyObject err = Interp.current().sysGet("stderr");
        if (err == null || err == Py.None) {
            System.err.print(s);
            return;
        }
        try {
            Interp.writeString(err, s);
            if (err instanceof PyFile f) {
                f.flush();
            }
        } catch (PyException ex) {
            System.err.print(s);
        }
    }
}

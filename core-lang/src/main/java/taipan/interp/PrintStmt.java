package taipan.interp;

import taipan.runtime.Interp;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyFrame;
import taipan.runtime.PyObject;

/** The print statement: {@code print >>dest, a, b,} with 2.7's softspace rules. */
public final class PrintStmt extends Stmt {
    final Expr dest;
    final Expr[] values;
    final boolean newline;

    public PrintStmt(int line, Expr dest, Expr[] values, boolean newline) {
        super(line);
        this.dest = dest;
        this.values = values;
        this.newline = newline;
    }

    @Override
    public int exec(PyFrame f) {
        f.setLine(line);
        PyObject stream = null;
        if (dest != null) {
            stream = dest.eval(f);
            if (stream == Py.None) {
                stream = null;
            }
        }
        for (Expr e : values) {
            PyObject v = e.eval(f);
            PyObject out = stream != null ? stream : stdout();
            Printer.printItem(out, v);
        }
        if (newline) {
            PyObject out = stream != null ? stream : stdout();
            Printer.printNewline(out);
        }
        return NORMAL;
    }

    static PyObject stdout() {
        PyObject out = Interp.current().sysGet("stdout");
        if (out == null) {
            throw Py.RuntimeError("lost sys.stdout");
        }
        return out;
    }

    /** Printing helpers shared with the print function. */
    public static final class Printer {
        private Printer() {}

        public static void printItem(PyObject out, PyObject v) {
            if (Interp.softspace(out, false)) {
                Interp.writeString(out, " ");
            }
            Interp.writeObject(out, v, true);
            boolean setSoft = true;
            if (v instanceof taipan.runtime.PyStr s) {
                int n = s.size();
                if (n > 0) {
                    int c = s.byteAt(n - 1);
                    if (Character.isWhitespace(c) && c != ' ') {
                        setSoft = false;
                    }
                }
            } else if (v instanceof taipan.runtime.PyUnicode u) {
                int n = u.length();
                if (n > 0) {
                    int c = u.codePointAt(n - 1);
                    if (Character.isWhitespace(c) && c != ' ') {
                        setSoft = false;
                    }
                }
            }
            if (setSoft) {
                Interp.softspace(out, true);
            }
        }

        public static void printNewline(PyObject out) {
            Interp.writeString(out, "\n");
            Interp.softspace(out, false);
        }
    }
}

package taipan.modules.builtin;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import taipan.parse.Parser;
import taipan.runtime.*;

/** compile, eval, execfile, input, raw_input and the print function. */
final class Execution {
    private Execution() {}

    /** compile()'s accepted flags: the future features, CO_NESTED, PyCF_DONT_IMPLY_DEDENT, PyCF_ONLY_AST. */
    private static final int FUTURE_FLAGS = Parser.CO_FUTURE_DIVISION | Parser.CO_FUTURE_ABSOLUTE_IMPORT
            | Parser.CO_FUTURE_WITH_STATEMENT | Parser.CO_FUTURE_PRINT_FUNCTION | Parser.CO_FUTURE_UNICODE_LITERALS;
    private static final int CO_NESTED = 0x10;
    private static final int ALLOWED_FLAGS = FUTURE_FLAGS | CO_NESTED | Parser.PyCF_DONT_IMPLY_DEDENT | Parser.PyCF_ONLY_AST;

    /** The future flags of the calling code (PyEval_MergeCompilerFlags). */
    private static int inheritedFlags(PyFrame f) {
        return f == null ? 0 : f.code.futureFlags & FUTURE_FLAGS;
    }

    private static void ensureBuiltins(PyDict globals, PyFrame f) {
        if (globals.getItem(N.__builtins__) == null) {
            globals.setItem(N.__builtins__, f != null ? f.builtinsDict() : Interp.current().builtinsDict());
        }
    }

    // ---- compile -----------------------------------------------------------------------

    private static final String[] COMPILE_PARAMS = {"source", "filename", "mode", "flags", "dont_inherit"};

    @ExposedMethod(doc = "compile(source, filename, mode[, flags[, dont_inherit]]) -> code object\n\nCompile the source string (a Python module, statement or expression)\ninto a code object that can be executed by the exec statement or eval().\nThe filename will be used for run-time error messages.\nThe mode must be 'exec' to compile a module, 'single' to compile a\nsingle (interactive) statement, or 'eval' to compile an expression.\nThe flags argument, if present, controls which future statements influence\nthe compilation of the code.\nThe dont_inherit argument, if non-zero, stops the compilation inheriting\nthe effects of any future statements in effect in the code calling\ncompile; if absent or zero these statements do influence the compilation,\nin addition to any features explicitly specified.")
    static PyObject compile(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("compile", args, kw, COMPILE_PARAMS, 3);
        PyObject source = a[0];
        String filename = Args.cString("compile", 2, a[1]);
        String mode = Args.cString("compile", 3, a[2]);
        int flags = a[3] == null ? 0 : Args.cInt(a[3]);
        boolean dontInherit = a[4] != null && Args.cInt(a[4]) != 0;
        if ((flags & ~ALLOWED_FLAGS) != 0) {
            throw Py.ValueError("compile(): unrecognised flags");
        }
        if (!dontInherit) {
            flags |= inheritedFlags(BuiltinModule.frame());
        }
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Py.ValueError("compile() arg 3 must be 'exec', 'eval' or 'single'");
        }
        if ((flags & Parser.PyCF_ONLY_AST) != 0) {
            throw Py.NotImplementedError("compile(): PyCF_ONLY_AST (abstract syntax trees) is not supported");
        }
        int parserFlags = flags & (FUTURE_FLAGS | Parser.PyCF_DONT_IMPLY_DEDENT);
        Interp interp = Interp.current();
        if (source instanceof PyUnicode u) {
            String text = u.toString();
            if (text.indexOf('\0') >= 0) {
                throw Py.TypeError("compile() expected string without null bytes");
            }
            return interp.compile(text, filename, mode, parserFlags);
        }
        byte[] src = readBuffer(source);
        for (byte b : src) {
            if (b == 0) {
                throw Py.TypeError("compile() expected string without null bytes");
            }
        }
        return interp.compile(src, filename, mode, parserFlags | Parser.STRING_INPUT);
    }

    /** The bytes of a str or another object with the (old) read-buffer interface. */
    private static byte[] readBuffer(PyObject o) {
        if (o instanceof PyStr s) {
            return s.bytes();
        }
        PyType t = o.getType();
        if (t.getModuleName().equals("__builtin__") && (t.getName().equals("buffer") || t.getName().equals("bytearray"))
                || (!t.isHeap() && isBufferSubtype(t))) {
            return ((PyStr) Ops.str(o)).bytes();
        }
        throw Py.TypeError("expected a readable buffer object");
    }

    private static boolean isBufferSubtype(PyType t) {
        for (PyObject b : t.getMro()) {
            if (b instanceof PyType bt && bt.getModuleName().equals("__builtin__")
                    && (bt.getName().equals("buffer") || bt.getName().equals("bytearray"))) {
                return true;
            }
        }
        return false;
    }

    // ---- eval / execfile / input -----------------------------------------------------------

    @ExposedMethod(doc = "eval(source[, globals[, locals]]) -> value\n\nEvaluate the source in the context of globals and locals.\nThe source may be a string representing a Python expression\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.\n")
    static PyObject eval(PyObject[] args, String[] kw) {
        Args.unpack("eval", args, kw, 1, 3);
        PyObject cmd = args[0];
        PyObject globals = args.length > 1 ? args[1] : Py.None;
        PyObject locals = args.length > 2 ? args[2] : Py.None;
        if (locals != Py.None && !Args.isMapping(locals)) {
            throw Py.TypeError("locals must be a mapping");
        }
        if (globals != Py.None && !(globals instanceof PyDict)) {
            throw Py.TypeError(Args.isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        PyFrame f = BuiltinModule.frame();
        if (globals == Py.None) {
            if (f == null) {
                throw Py.TypeError("eval must be given globals and locals when called without a frame");
            }
            globals = f.globals;
            if (locals == Py.None) {
                locals = f.getLocals();
            }
        } else if (locals == Py.None) {
            locals = globals;
        }
        PyDict g = (PyDict) globals;
        ensureBuiltins(g, f);
        Interp interp = Interp.current();
        PyCode code;
        if (cmd instanceof PyCode c) {
            if (c.freevars.length > 0) {
                throw Py.TypeError("code object passed to eval() may not contain free variables");
            }
            code = c;
        } else if (cmd instanceof PyUnicode u) {
            code = interp.compile(stripLeading(u.toString()), "<string>", "eval", inheritedFlags(f));
        } else if (cmd instanceof PyStr s) {
            byte[] b = s.bytes();
            for (byte x : b) {
                if (x == 0) {
                    throw Py.TypeError("expected string without null bytes");
                }
            }
            code = interp.compile(stripLeading(b), "<string>", "eval", inheritedFlags(f) | Parser.STRING_INPUT);
        } else {
            throw Py.TypeError("eval() arg 1 must be a string or code object");
        }
        return interp.runCode(code, g, locals);
    }

    private static byte[] stripLeading(byte[] b) {
        int i = 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i == 0 ? b : java.util.Arrays.copyOfRange(b, i, b.length);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    @ExposedMethod(doc = "execfile(filename[, globals[, locals]])\n\nRead and execute a Python script from a file.\nThe globals and locals are dictionaries, defaulting to the current\nglobals and locals.  If only globals is given, locals defaults to it.")
    static PyObject execfile(PyObject[] args, String[] kw) {
        Args.tuple("execfile", args, kw, 1, 3);
        String filename = Args.cString("execfile", 1, args[0]);
        PyObject globals = args.length > 1 ? args[1] : Py.None;
        PyObject locals = args.length > 2 ? args[2] : Py.None;
        if (args.length > 1 && !(globals instanceof PyDict)) {
            throw Py.TypeError("execfile() argument 2 must be dict, not " + Args.argTypeName(globals));
        }
        if (locals != Py.None && !Args.isMapping(locals)) {
            throw Py.TypeError("locals must be a mapping");
        }
        PyFrame f = BuiltinModule.frame();
        if (globals == Py.None) {
            if (f == null) {
                throw Py.TypeError("execfile must be given globals and locals when called without a frame");
            }
            globals = f.globals;
            if (locals == Py.None) {
                locals = f.getLocals();
            }
        } else if (locals == Py.None) {
            locals = globals;
        }
        PyDict g = (PyDict) globals;
        ensureBuiltins(g, f);
        byte[] src = readFile(filename);
        Interp interp = Interp.current();
        PyCode code = interp.compile(src, filename, "exec", inheritedFlags(f));
        interp.runCode(code, g, locals);
        return Py.None;
    }

    /** The contents of a file, or IOError with the errno CPython's fopen would report. */
    static byte[] readFile(String filename) {
        try {
            Path p = Path.of(filename);
            if (filename.isEmpty()) {
                throw Py.IOError(2, "No such file or directory", filename);
            }
            if (Files.isDirectory(p)) {
                throw Py.IOError(21, "Is a directory", filename);
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException | InvalidPathException e) {
            throw Py.IOError(2, "No such file or directory", filename);
        } catch (AccessDeniedException e) {
            throw Py.IOError(13, "Permission denied", filename);
        } catch (NotDirectoryException e) {
            throw Py.IOError(20, "Not a directory", filename);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.contains("Not a directory")) {
                throw Py.IOError(20, "Not a directory", filename);
            }
            if (reason.contains("File name too long")) {
                throw Py.IOError(36, "File name too long", filename);
            }
            if (reason.contains("symbolic links")) {
                throw Py.IOError(40, "Too many levels of symbolic links", filename);
            }
            throw Py.IOError(5, "Input/output error", filename);
        } catch (IOException e) {
            throw Py.IOError(5, "Input/output error", filename);
        } catch (OutOfMemoryError e) {
            throw Py.MemoryError(null);
        }
    }

    @ExposedMethod(names = "raw_input", doc = "raw_input([prompt]) -> string\n\nRead a string from standard input.  The trailing newline is stripped.\nIf the user hits EOF (Unix: Ctl-D, Windows: Ctl-Z+Return), raise EOFError.\nOn Unix, GNU readline is used if enabled.  The prompt string, if given,\nis printed without a trailing newline before reading.")
    static PyObject rawInput(PyObject[] args, String[] kw) {
        Args.noKeywords("raw_input", kw);
        return rawInput(args);
    }

    /** 2.7's raw_input: the file object's implementation (JLine on a terminal). */
    private static PyObject rawInput(PyObject[] args) {
        Args.unpack("[raw_]input", args, null, 0, 1);
        return PyFile.rawInput(args.length > 0 ? args[0] : null);
    }

    @ExposedMethod(doc = "input([prompt]) -> value\n\nEquivalent to eval(raw_input(prompt)).")
    static PyObject input(PyObject[] args, String[] kw) {
        Args.noKeywords("input", kw);
        PyObject line = rawInput(args);
        PyStr s = line instanceof PyUnicode u ? PyStr.fromUnicodeDefault(u) : (PyStr) line;
        byte[] b = s.bytes();
        for (byte x : b) {
            if (x == 0) {
                throw Py.TypeError("embedded '\\0' in input line");
            }
        }
        PyFrame f = BuiltinModule.frame();
        if (f == null) {
            throw Py.SystemError("input() called without a frame");
        }
        ensureBuiltins(f.globals, f);
        Interp interp = Interp.current();
        PyCode code = interp.compile(stripLeading(b), "<string>", "eval", inheritedFlags(f) | Parser.STRING_INPUT);
        return interp.runCode(code, f.globals, f.getLocals());
    }

    // ---- print ------------------------------------------------------------------------------

    private static final PyStr SPACE = PyStr.of(" "), NEWLINE = PyStr.of("\n");
    private static final PyUnicode USPACE = PyUnicode.of(" "), UNEWLINE = PyUnicode.of("\n");

    @ExposedMethod(names = "print", doc = "print(value, ..., sep=' ', end='\\n', file=sys.stdout)\n\nPrints the values to a stream, or to sys.stdout by default.\nOptional keyword arguments:\nfile: a file-like object (stream); defaults to the current sys.stdout.\nsep:  string inserted between values, default a space.\nend:  string appended after the last value, default a newline.")
    static PyObject print(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject sep = null, end = null, file = null;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[npos + k];
            switch (kw[k]) {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                default: throw Py.TypeError("'" + kw[k] + "' is an invalid keyword argument for this function");
            }
        }
        if (file == null || file == Py.None) {
            file = Interp.current().sysGet("stdout");
            if (file == Py.None) {
                return Py.None;
            }
        }
        boolean useUnicode = false;
        if (sep == Py.None) {
            sep = null;
        } else if (sep != null) {
            if (sep instanceof PyUnicode) {
                useUnicode = true;
            } else if (!(sep instanceof PyStr)) {
                throw Py.TypeError("sep must be None, str or unicode, not " + Args.typeName(sep));
            }
        }
        if (end == Py.None) {
            end = null;
        } else if (end != null) {
            if (end instanceof PyUnicode) {
                useUnicode = true;
            } else if (!(end instanceof PyStr)) {
                throw Py.TypeError("end must be None, str or unicode, not " + Args.typeName(end));
            }
        }
        for (int i = 0; !useUnicode && i < npos; i++) {
            useUnicode = args[i] instanceof PyUnicode;
        }
        if (file == null) {
            throw Py.TypeError("writeobject with NULL file");
        }
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                Interp.writeObject(file, sep != null ? sep : useUnicode ? USPACE : SPACE, true);
            }
            Interp.writeObject(file, args[i], true);
        }
        Interp.writeObject(file, end != null ? end : useUnicode ? UNEWLINE : NEWLINE, true);
        return Py.None;
    }
}

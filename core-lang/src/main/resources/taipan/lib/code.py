"""Helpers for building interactive interpreters: InteractiveInterpreter
runs source in a namespace and reports errors as the prompt does;
InteractiveConsole adds the prompt loop (interact) and buffering of
incomplete input (push); interact() runs one."""

# Taipan's code module, written for Taipan.

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


def softspace(file, newvalue):
    """Sets file.softspace (as the print statement uses it); returns the
    old value (0 if it had none)."""
    oldvalue = 0
    try:
        oldvalue = file.softspace
    except AttributeError:
        pass
    try:
        file.softspace = newvalue
    except (AttributeError, TypeError):
        pass  # read-only or nonexistent attribute
    return oldvalue


class InteractiveInterpreter:
    """Runs source in a namespace (self.locals) as the interactive prompt
    does: incomplete source asks for more, errors are reported on stderr
    through write()."""

    def __init__(self, locals=None):
        """locals is the namespace the code runs in (default: a new one
        with __name__ '__console__' and __doc__ None)."""
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compiles and runs source.  True when it is incomplete (more
        input is needed); False when it ran or had a syntax error (which
        showsyntaxerror reported)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Runs a code object; exceptions but SystemExit are reported by
        showtraceback."""
        try:
            exec code in self.locals
        except SystemExit:
            raise
        except:
            self.showtraceback()
        else:
            if softspace(sys.stdout, 0):
                print

    def showsyntaxerror(self, filename=None):
        """Reports the syntax error being handled (without a stack),
        naming filename as its file."""
        type, value, sys.last_traceback = sys.exc_info()
        sys.last_type = type
        sys.last_value = value
        if filename and type is SyntaxError:
            try:
                msg, (dummy_filename, lineno, offset, line) = value
            except Exception:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        for line in traceback.format_exception_only(type, value):
            self.write(line)

    def showtraceback(self):
        """Reports the exception being handled, without the interpreter's
        own frame."""
        try:
            type, value, tb = sys.exc_info()
            sys.last_type = type
            sys.last_value = value
            sys.last_traceback = tb
            tblist = traceback.extract_tb(tb)
            del tblist[:1]
            lines = traceback.format_list(tblist)
            if lines:
                lines.insert(0, "Traceback (most recent call last):\n")
            lines.extend(traceback.format_exception_only(type, value))
        finally:
            tblist = tb = None
        for line in lines:
            self.write(line)

    def write(self, data):
        """Writes error output (to sys.stderr)."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter with the prompt loop: lines are collected
    until they form a complete statement."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forgets the lines of an incomplete statement."""
        self.buffer = []

    def interact(self, banner=None):
        """The prompt loop: reads lines with raw_input (sys.ps1 and
        sys.ps2 as the prompts) until end of file; banner is printed
        first (default: the interpreter's)."""
        try:
            sys.ps1
        except AttributeError:
            sys.ps1 = ">>> "
        try:
            sys.ps2
        except AttributeError:
            sys.ps2 = "... "
        cprt = ('Type "help", "copyright", "credits" or "license" '
                'for more information.')
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" %
                       (sys.version, sys.platform, cprt,
                        self.__class__.__name__))
        else:
            self.write("%s\n" % str(banner))
        more = 0
        while 1:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                    encoding = getattr(sys.stdin, "encoding", None)
                    if encoding and not isinstance(line, unicode):
                        line = line.decode(encoding)
                except EOFError:
                    self.write("\n")
                    break
                else:
                    more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = 0

    def push(self, line):
        """Adds a line (without its newline) to the statement being
        entered and runs it if it is complete; True when more lines are
        needed."""
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Reads a line (override to read elsewhere); EOFError at the
        end."""
        return raw_input(prompt)


def interact(banner=None, readfunc=None, local=None):
    """Runs an InteractiveConsole over the namespace local, reading with
    readfunc (default: raw_input, with readline when it is available)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline
        except ImportError:
            pass
    console.interact(banner)

"""Compiling possibly incomplete Python source, as an interactive prompt
does: compile_command returns a code object for complete source, None for
source that needs more lines, and raises SyntaxError (or OverflowError,
ValueError) for source that is wrong whatever follows.

Compile and CommandCompiler do the same but remember the __future__
statements of the source they compiled, as the interactive prompt does.
"""

# Taipan's codeop, written for Taipan.

import __future__

_features = [getattr(__future__, name)
             for name in __future__.all_feature_names]

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# compile() flag: do not close open blocks at the end of the source
PyCF_DONT_IMPLY_DEDENT = 0x200


def _maybe_compile(compiler, source, filename, symbol):
    # blank lines and comments only: nothing to wait for
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"
    # Source that compiles is complete.  Otherwise it is incomplete when
    # one or two more newlines change the error (or make it compile), and
    # wrong when they do not.
    code = code1 = None
    err1 = err2 = None
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError:
        pass
    try:
        code1 = compiler(source + "\n", filename, symbol)
    except SyntaxError, e:
        err1 = e
    try:
        compiler(source + "\n\n", filename, symbol)
    except SyntaxError, e:
        err2 = e
    if code:
        return code
    if not code1 and repr(err1) == repr(err2):
        raise err1
    return None


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile source (a statement, or an expression when symbol is
    "eval") if it is complete: a code object; None if it is incomplete.
    SyntaxError, OverflowError or ValueError when it is invalid."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() that remembers the __future__ statements it has seen: the
    code it compiles later is compiled with those features on."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol):
        codeob = compile(source, filename, symbol, self.flags, 1)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command that remembers the __future__ statements it has
    seen (see Compile)."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        """As compile_command."""
        return _maybe_compile(self.compiler, source, filename, symbol)

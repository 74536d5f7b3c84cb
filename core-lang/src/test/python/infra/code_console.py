# code and codeop: compile_command's three outcomes, an interactive console fed by a script
import sys
import code
import codeop
from codeop import compile_command

for src in ["x = 1", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n", "def f():\n  return 1\n", "(1,",
            "", "# comment", "1 +", "a b", "'''abc", "@d", "x = 1\n y = 2"]:
    try:
        r = compile_command(src)
        print repr(src), "incomplete" if r is None else "code"
    except SyntaxError as e:
        print repr(src), "SyntaxError", e.msg, e.lineno
print type(compile_command("1 + 2", symbol="eval")).__name__, compile_command("(1 +", symbol="eval")
try:
    compile_command("1 2", symbol="eval")
except SyntaxError as e:
    print "eval SyntaxError", e.msg

cc = codeop.CommandCompiler()
print cc("from __future__ import division") is not None
ns = {}
exec cc("x = 1 / 2") in ns
print ns["x"]
exec compile_command("y = 1 / 2") in ns
print ns["y"]

sys.stderr = sys.stdout
lines = iter(["a = 5", "a * 2", "def f(n):", "    return n + 1", "", "f(a)",
              "print 'x',", "1/0", "if a:", "  b c", "for i in range(2):", "   print i", "",
              "raise SystemExit(3)", "never"])


def readfunc(prompt):
    try:
        line = next(lines)
    except StopIteration:
        raise EOFError
    sys.stdout.write(prompt + line + "\n")
    return line

console = code.InteractiveConsole({"__name__": "__console__"}, "<myconsole>")
try:
    console.interact("banner here") if False else None
    code.interact("banner here", readfunc, {"pre": 1})
except SystemExit as e:
    print "SystemExit", e.code
ii = code.InteractiveInterpreter()
print sorted(ii.locals.items())
print ii.runsource("z = 3"), ii.runsource("if z:"), ii.locals["z"]
print ii.runsource("z z")
print code.softspace(sys.stdout, 0)

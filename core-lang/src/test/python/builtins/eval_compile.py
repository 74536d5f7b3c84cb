# compile, eval, execfile, input, raw_input: arguments, namespaces, future flags, errors.
from __future__ import division
import sys


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '!!', type(e).__name__, e
    else:
        print label, repr(r)

print '--- eval'
show('eval', lambda: eval('1+2'))
show('eval spaces', lambda: eval('  1'))
show('eval tab', lambda: eval('\t 7'))
show('eval newline', lambda: eval('\n1'))
show('eval trailing', lambda: eval('1\n\n'))
show('eval nul', lambda: eval('1\0'))
show('eval 5', lambda: eval(5))
show('eval globals 5', lambda: eval('1', 5))
show('eval globals list', lambda: eval('1', []))
show('eval locals 5', lambda: eval('1', {}, 5))
show('eval locals list', lambda: eval('1', {}, []))
show('eval locals str', lambda: eval('1', {}, 'abc'))
show('eval globals', lambda: eval('x', {'x': 2}))
show('eval locals', lambda: eval('x', {}, {'x': 3}))
show('eval local first', lambda: eval('x', {'x': 1}, {'x': 4}))
show('eval None globals', lambda: eval('x', None, {'x': 5}))
show('eval None None', lambda: eval('1', None, None))
show('eval unicode', lambda: eval(u'1+1'))
show('eval unicode str', lambda: eval(u"'\xe9'"))
show('eval syntax', lambda: eval('1;2'))
show('eval empty', lambda: eval(''))
show('eval statement', lambda: eval('x = 1'))
show('eval lambda', lambda: eval('lambda: 1')())
show('eval code', lambda: eval(compile('3*3', 's', 'eval')))
show('eval exec code', lambda: eval(compile('y=1', 's', 'exec')))
show('eval division', lambda: eval('1/2'))
show('eval no args', lambda: eval())
show('eval 4 args', lambda: eval('1', {}, {}, 1))
show('eval kw', lambda: eval('1', globals={}))
show('eval name error', lambda: eval('undefined_name'))


class Mapping(object):
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        raise KeyError(k)

show('eval mapping locals', lambda: eval('magic', {}, Mapping()))
show('eval mapping globals', lambda: eval('1', Mapping()))


class OldMapping:
    def __getitem__(self, k):
        return k * 2

show('eval old mapping', lambda: eval('ab', {}, OldMapping()))

g = {}
eval('1', g)
print sorted(g.keys()), type(g['__builtins__']).__name__
g = {'__builtins__': {'len': len}}
show('eval own builtins', lambda: eval('len("abc")', g))
show('eval own builtins missing', lambda: eval('abs(1)', g))


def local_eval():
    a = 10
    return eval('a + 1')

show('eval in function', local_eval)


def closure_code():
    x = 1
    def inner():
        return x
    return inner.func_code

show('eval free vars', lambda: eval(closure_code()))

print '--- compile'
show('compile mode', lambda: compile('1', 'f', 'bad'))
show('compile flags', lambda: compile('1', 'f', 'eval', 0x100))
show('compile flags + mode', lambda: compile('1', 'f', 'bad', 0x100))
show('compile obsolete flag', lambda: eval(compile('1', 'f', 'eval', 0x10)))
show('compile 0x1000', lambda: compile('1', 'f', 'exec', 0x1000))
show('compile source', lambda: compile(5, 'f', 'exec'))
show('compile nul', lambda: compile('1\0', 'f', 'exec'))
show('compile filename', lambda: compile('1', 5, 'exec'))
show('compile filename None', lambda: compile('1', None, 'exec'))
show('compile filename nul', lambda: compile('1', 'f\0', 'exec'))
show('compile 6 args', lambda: compile('1', 'f', 'exec', 0, 0, 0))
show('compile no args', lambda: compile())
show('compile 2 args', lambda: compile('1', 'f'))
show('compile flags str', lambda: compile('1', 'f', 'exec', 'a'))
show('compile flags big', lambda: compile('1', 'f', 'exec', 2 ** 40))
show('compile syntax', lambda: compile('x = ', 'f', 'exec'))
show('compile unicode filename', lambda: compile('1', u'\xe9', 'eval'))
show('compile kw', lambda: eval(compile(source='1', filename='f', mode='eval')))
show('compile dup', lambda: compile('1', 'f', 'eval', source='2'))
show('compile bad kw', lambda: compile('1', 'f', 'eval', foo=1))
c = compile('a = 1\nb = a + 1\n', 'name.py', 'exec')
print type(c).__name__, c.co_filename, c.co_name
ns = {}
exec c in ns
print ns['a'], ns['b']
c = compile(u'u = 1', u'uni.py', 'exec')
print c.co_filename
show('compile single', lambda: compile('1\n', '<s>', 'single').co_name)
show('compile single multi', lambda: type(compile('1\n2\n', '<s>', 'single')).__name__)
show('compile eval', lambda: eval(compile('[1, 2]', 'f', 'eval')))
show('compile buffer', lambda: eval(compile(buffer('7'), 'f', 'eval')))
show('compile bytearray', lambda: eval(compile(bytearray('8'), 'f', 'eval')))

# future flags are inherited unless dont_inherit
print eval(compile('1/2', 'f', 'eval'))
print eval(compile('1/2', 'f', 'eval', 0, 1))
print eval(compile('1/2', 'f', 'eval', 0x2000, 1))
print eval(compile('1/2', 'f', 'eval', 0, True))
ns = {}
exec compile('from __future__ import division\nr = 1/2', 'f', 'exec', 0, 1) in ns
print ns['r']
pf = compile('print("a", "b")', 'f', 'exec', 0x10000, 1)
exec pf
npf = compile('print("a", "b")', 'f', 'exec', 0, 1)
exec npf
ul = compile('x = "abc"', 'f', 'exec', 0x20000, 1)
ns = {}
exec ul in ns
print type(ns['x']).__name__

print '--- execfile'
show('execfile missing', lambda: execfile('/nonexistent/file.py'))
show('execfile dir', lambda: execfile('/tmp'))
show('execfile 5', lambda: execfile(5))
show('execfile None', lambda: execfile(None))
show('execfile list globals', lambda: execfile('/dev/null', []))
show('execfile None globals', lambda: execfile('/dev/null', None))
show('execfile locals 5', lambda: execfile('/dev/null', {}, 5))
show('execfile locals list', lambda: execfile('/dev/null', {}, []))
show('execfile no args', lambda: execfile())
show('execfile 4', lambda: execfile('/dev/null', {}, {}, 1))
show('execfile kw', lambda: execfile('/dev/null', globals={}))
show('execfile nul', lambda: execfile('a\0b'))
show('execfile empty name', lambda: execfile(''))
ns = {}
print execfile('/dev/null', ns), sorted(ns.keys())
helper = __file__.rsplit('/', 1)[0] + '/eval_compile_helper.txt'
ns = {'given': 5}
execfile(helper, ns)
print ns['result'], ns['div'], ns['name']
loc = {}
execfile(helper, ns, loc)
print sorted(loc.keys())


def in_function():
    given = 3
    execfile(helper)
    return sorted(k for k in locals().keys())

print in_function()

print '--- raw_input / input'


class FakeIn(object):
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        if self.lines:
            return self.lines.pop(0)
        return ''


class FakeOut(object):
    def __init__(self):
        self.data = []
        self.softspace = 0

    def write(self, s):
        self.data.append(s)

real_in, real_out = sys.stdin, sys.stdout
fake_out = FakeOut()
try:
    sys.stdout = fake_out
    sys.stdin = FakeIn('hello\n', 'no newline', '\n', '1 + 2\n', '  [x]\n', 'bad syntax(\n', u'uni\n', '')
    r1 = raw_input()
    r2 = raw_input('prompt> ')
    r3 = raw_input(5)
    x = 7
    r4 = input()
    r5 = input('in: ')
    try:
        input()
    except SyntaxError as e:
        r6 = 'SyntaxError ' + str(e)
    r7 = raw_input()
    try:
        raw_input('last')
    except EOFError as e:
        r8 = 'EOFError ' + str(e)
    print 'soft',
    sys.stdin = FakeIn('after soft\n')
    r9 = raw_input('p')
finally:
    sys.stdout = real_out
    sys.stdin = real_in
print repr(r1), repr(r2), repr(r3), repr(r4), repr(r5)
print r6
print repr(r7), r8, repr(r9)
print fake_out.data


class BadReadline(object):
    def readline(self):
        return 5

sys.stdin = BadReadline()
show('raw_input bad readline', lambda: raw_input())
sys.stdin = object()
show('raw_input no readline', lambda: raw_input())
del sys.stdin
show('raw_input lost stdin', lambda: raw_input())
sys.stdin = real_in
show('raw_input 2 args', lambda: raw_input('a', 'b'))
show('raw_input kw', lambda: raw_input(prompt='a'))
show('input kw', lambda: input(prompt='a'))
show('input 2 args', lambda: input('a', 'b'))
sys.stdin = FakeIn('a\0b\n')
show('input nul', lambda: input())
sys.stdin = FakeIn('1/2\n')
show('input future', lambda: input())
sys.stdin = real_in
show('raw_input eof', lambda: raw_input())

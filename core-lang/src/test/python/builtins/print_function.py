# The print function (from __future__ import print_function): sep, end, file, unicode,
# errors, and how it shares softspace with the print statement.
from __future__ import print_function
import sys


class Out(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

print('a', 'b', 1, None, [2])
print()
print('x', end='')
print('y')
print('a', 'b', sep='--')
print('a', 'b', sep=None, end=None)
print('no newline', end='|\n')
print(u'uni', 'str')
print('e', end=u'!\n')
o = Out()
print(1, 2, sep=u'+', file=o)
print('x', file=o, end='')
print(file=o)
print(o.parts)
print([type(p).__name__ for p in o.parts])
print('to stderr', file=sys.stderr)
print('file None', file=None)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, repr(r))

show('sep int', lambda: print('a', sep=5))
show('end int', lambda: print('a', end=5))
show('bad kw', lambda: print('a', foo=1))
show('file no write', lambda: print('a', file=5))
show('returns', lambda: print('r', end=' '))


class Weird(object):
    def __str__(self):
        return 'weird-str'

    def __repr__(self):
        return 'weird-repr'

print(Weird(), [Weird()])
print('%s-%d' % ('fmt', 3))
saved = sys.stdout
sys.stdout = None
print('swallowed')
sys.stdout = saved
print('back')
pf = __builtins__.__dict__['print'] if isinstance(__builtins__, dict) else getattr(__builtins__, 'print')
print(pf.__name__, pf.__module__)
print(pf.__doc__)

# The print function called from code using the print statement: it neither reads nor
# resets the softspace flag the statement leaves behind.
import sys
pf = getattr(__builtins__, 'print')

print 'a',
pf('b')
print 'c'
print 'd',
pf('e', end='')
print 'f'
pf('g', end=' ')
print 'h'
print 'i',
sys.stdout.write('j')
print 'k'


class Out(object):
    def __init__(self):
        self.parts = []
        self.softspace = 0

    def write(self, s):
        self.parts.append(s)

o = Out()
print >>o, 'one',
pf('two', file=o)
print >>o, 'three'
print o.parts, o.softspace
print 'tail',

# The print statement: softspace, trailing commas, >>file, mixed types.
import sys
print
print 'a', 'b'
print 'a',
print 'b'
print 'tab\t',
print 'x'
print 'nl\n',
print 'y'
print 1, 2.5, None, True, [1, 'two'], (3,), {'k': 'v'}
print 'no space after this:',
print
print >>sys.stdout, 'to stdout', 42
print >>sys.stderr, 'to stderr'
class W:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
w = W()
print >>w, 'x', 1,
print >>w, 'y'
print w.data, getattr(w, 'softspace', 'unset')
print >>None, 'None dest means stdout'
print u'unicode ascii', 'mixed', u'ok'
print '%s %r %d %5.2f|%-4s|' % ('s', 'r', 12, 3.14159, 'ab')
print 'end',

# Interpreter fixes found by the lang-area conformance files (fixer2).

# an unbound method of an old-style class accepts a new-style instance whose class
# has it among its bases (string_tests mixins used by test_unicode)
class M:
    def f(self):
        return 'M.f', type(self).__name__
class N(object):
    pass
class U(N, M):
    pass
print M.f(U())
print isinstance(U(), M), issubclass(U, M), isinstance(N(), M)
try:
    M.f(N())
except TypeError as e:
    print e

# compile(): an undecodable byte in a str source
src = u"# coding: ascii\n\N{SNOWMAN}".encode('utf-8')
try:
    compile(src, "<string>", "exec")
except SyntaxError as e:
    print e.args
src = "# coding: ascii\nx=1\ny='\xe2\x98\x83'\n"
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print e.args

# heapq: the heap must be a list; the key-less nlargest/nsmallest
import heapq
for f in (heapq.heappush, heapq.heappop, heapq.heapreplace, heapq.heappushpop, heapq.heapify):
    for a in [(None, None), ((1,), 1)]:
        if f in (heapq.heappop, heapq.heapify):
            a = a[:1]
        try:
            f(*a)
        except TypeError as e:
            print f.__name__, e
try:
    heapq.heapreplace([], None)
except IndexError as e:
    print 'IndexError', e
print heapq._nlargest(2, [1, 3, 2]), heapq._nsmallest(2, iter([3, 1, 2]))

# bisect.insort on a non-sequence fails in len()
import bisect
for f in (bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right):
    try:
        f(10, 10)
    except TypeError as e:
        print f.__name__, e

# len() of an xrange longer than a Java int
import sys
n = sys.maxsize
print len(xrange(2 ** 40)), len(xrange(n - 1)), len(xrange(n))
print bisect.bisect_left(xrange(n - 1), n - 3), bisect.bisect_right(xrange(n - 1), n - 3)

# unicode() of an exception whose class overrides __str__
class X(Exception):
    def __str__(self):
        1 / 0
try:
    unicode(X())
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
class Y(Exception):
    def __str__(self):
        return 'ystr'
print repr(unicode(Y())), repr(unicode(Y(1, 2)))
class E(Exception):
    def __repr__(self):
        return 'E!'
print repr(unicode(E())), repr(unicode(E(5)))
print repr(unicode(KeyError('a'))), repr(unicode(IOError(2, 'x')))
class K(KeyError):
    pass
print repr(unicode(K('b')))
import traceback
print traceback.format_exception_only(X, X())

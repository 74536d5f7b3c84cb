# A file object that is dropped without close() is closed (and flushed) as in CPython,
# where refcounting closes it at once; one still referenced keeps its buffered data.
import random as _r
P = '/tmp/taipan-files-test-gc_flush-%d' % _r.Random().getrandbits(40)  # unique: test runs may overlap

open(P, 'w').write('written through a temporary\n')
print repr(open(P).read())

def writer():
    f = open(P, 'a')
    f.write('appended in a function\n')
writer()
print repr(open(P).read())

f = open(P, 'w')
f.write('still buffered')
print repr(open(P).read())
f.flush()
print repr(open(P).read())
f.close()

for i in range(20):
    open(P, 'a').write('x')
print repr(open(P).read())

g = open(P, 'w')
g.write('pending')
h = g
del g
print repr(open(P).read())
h.close()
print repr(open(P).read())
open(P, 'w').close()

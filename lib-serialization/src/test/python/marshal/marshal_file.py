# marshal.dump/load on real files: values follow each other, load stops right after each.
# (lib-serialization does not depend on lib-os: one scratch file, emptied at the end.)
import marshal

path = '/tmp/taipan-marshal-golden-%x.bin' % id(object())
f = open(path, 'w+b')
marshal.dump(1, f)
marshal.dump('abc', f, 0)
marshal.dump({'k': [1.5, 2L ** 70, u'\u20ac']}, f, 1)
marshal.dump((intern('spam'), intern('spam')), f)
marshal.dump(2.5, f, 2)
f.seek(0)
print repr(f.read())
f.seek(0)
for i in range(5):
    print repr(marshal.load(f)), f.tell()
try:
    marshal.load(f)
except EOFError as e:
    print 'EOFError', e

f.seek(0)
f.truncate()
f.write('0NN')
f.seek(0)
try:
    marshal.load(f)
except TypeError as e:
    print 'TypeError', e
print repr(marshal.load(f)), f.tell()

f.seek(0)
f.truncate()
try:
    marshal.dump([1, object()], f)
except ValueError as e:
    print 'ValueError', e
f.seek(0)
print repr(f.read())
f.seek(0)
f.truncate()
f.close()

# as CPython 2.7: writes to a read-only or closed file are lost silently; a closed file reads as EOF
f = open(path, 'rb')
print marshal.dump(1, f)
f.close()
print marshal.dump(1, f)
try:
    marshal.load(f)
except EOFError as e:
    print 'EOFError', e

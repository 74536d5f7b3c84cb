# fileinput: several files, line numbers, nextfile, in-place editing with a backup
import fileinput, os, sys, tempfile

d = tempfile.mkdtemp(prefix='taipan-fi-')
def make(name, text):
    p = os.path.join(d, name)
    f = open(p, 'w')
    f.write(text)
    f.close()
    return p
a = make('a.txt', 'a1\na2\na3\n')
b = make('b.txt', 'b1\nb2')
e = make('empty.txt', '')

for line in fileinput.input([a, e, b]):
    print repr(line), os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), \
        fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() >= 0
print 'after', fileinput.lineno()
fileinput.close()

fi = fileinput.FileInput((a, b))
print 'readline', repr(fi.readline()), fi.lineno()
fi.nextfile()
print 'nextfile', repr(fi.readline()), os.path.basename(fi.filename()), fi.filelineno(), fi.lineno()
print 'rest', list(fi)
fi.close()
print 'getitem', fileinput.FileInput(a)[0]
try:
    fileinput.FileInput(a)[1]
except RuntimeError as ex:
    print 'RuntimeError', ex
try:
    fileinput.lineno()
except RuntimeError as ex:
    print 'RuntimeError', ex
fi = fileinput.input(a)
try:
    fileinput.input(b)
except RuntimeError as ex:
    print 'RuntimeError', ex
fi.next()
fileinput.close()
for bad in [dict(mode='w'), dict(inplace=1, openhook=len), dict(openhook=1)]:
    try:
        fileinput.FileInput(a, **bad)
    except ValueError as ex:
        print 'ValueError', ex
lines = list(fileinput.FileInput(b, openhook=lambda name, mode: open(name, mode)))
print 'openhook', lines

saved = sys.stdout
for line in fileinput.input(a, inplace=1, backup='.orig'):
    sys.stdout.write(line.upper())
print 'stdout restored', sys.stdout is saved
print 'inplace', repr(open(a).read()), repr(open(a + '.orig').read())
for line in fileinput.input(b, inplace=1):
    print line.strip() + '!'
print 'no backup kept', sorted(os.listdir(d))
print 'edited', repr(open(b).read())
print 'all', fileinput.__all__
for n in os.listdir(d):
    os.unlink(os.path.join(d, n))
os.rmdir(d)

# tempfile: names, files, directories, wrappers
import os, stat, errno, tempfile, re

tmp = tempfile.gettempdir()
print 'gettempdir', os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempdir() is tmp, tempfile.tempdir == tmp
print 'prefix', tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX
print 'flags', tempfile._text_openflags == tempfile._bin_openflags, \
    tempfile._text_openflags == os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
print 'candidates', '/tmp' in tempfile._candidate_tempdir_list(), tempfile._get_candidate_names() is tempfile._get_candidate_names()
r = tempfile._RandomNameSequence()
names = [r.next() for i in range(50)]
print 'names', all(len(n) == 6 for n in names), len(set(names)), all(re.match(r'^[a-zA-Z0-9_]+$', n) for n in names)
print 'iter', iter(r) is r

d = tempfile.mkdtemp(suffix='.d', prefix='taipan-tf-')
print 'mkdtemp', os.path.isdir(d), os.path.basename(d).startswith('taipan-tf-'), d.endswith('.d'), \
    oct(stat.S_IMODE(os.stat(d).st_mode))
fd, name = tempfile.mkstemp(suffix='.txt', prefix='pre', dir=d)
print 'mkstemp', isinstance(fd, int), os.path.dirname(name) == d, os.path.basename(name).startswith('pre'), \
    name.endswith('.txt'), len(os.path.basename(name)), oct(stat.S_IMODE(os.stat(name).st_mode))
os.write(fd, 'data')
os.close(fd)
print 'mkstemp content', open(name).read()
fd, name2 = tempfile.mkstemp(dir=d, text=True)
os.close(fd)
print 'mkstemp text', os.path.basename(name2).startswith('tmp')
m = tempfile.mktemp(dir=d)
print 'mktemp', os.path.exists(m), os.path.dirname(m) == d
print 'mkstemp_inner', tempfile._mkstemp_inner(d, 'x', 'y', tempfile._bin_openflags)[1].endswith('y')

f = tempfile.TemporaryFile(dir=d)
f.write('hello temporary')
f.seek(0)
print 'TemporaryFile', f.read(), f.name, f.mode, len([n for n in os.listdir(d) if n.startswith('tmp') and n != os.path.basename(name2)])
f.close()

f = tempfile.NamedTemporaryFile(dir=d, suffix='.nt')
print 'Named', os.path.exists(f.name), f.name.endswith('.nt'), f.mode, f.delete, f.close_called
f.write('abc\ndef\n')
f.flush()
f.seek(0)
print 'Named read', repr(f.readline()), repr(f.read())
f.close()
print 'Named closed', os.path.exists(f.name), f.close_called, f.closed
with tempfile.NamedTemporaryFile(dir=d, delete=False) as f:
    f.write('kept')
    kept = f.name
print 'Named kept', open(kept).read(), f.closed
os.unlink(kept)

s = tempfile.SpooledTemporaryFile(max_size=10, dir=d)
try:
    s.write('small')
    print 'spooled', s._rolled, s.name, s.mode, s.tell()
    s.write('more than ten bytes')
    print 'rolled', s._rolled, s.name, s.tell()
    s.seek(0)
    print 'spooled read', s.read()
    s.close()
except ImportError as e:
    print 'spooled needs StringIO'

try:
    tempfile.mkdtemp(dir=os.path.join(d, 'missing'))
except OSError as e:
    print 'mkdtemp missing', e.errno
for n in os.listdir(d):
    os.unlink(os.path.join(d, n))
os.rmdir(d)
print 'all', sorted(tempfile.__all__)

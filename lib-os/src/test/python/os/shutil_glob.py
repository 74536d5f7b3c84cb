# fnmatch, glob and shutil on a tree made in a temporary directory
import os, sys, stat, errno, fnmatch, glob, shutil, tempfile

for name, pat in [('abc', 'abc'), ('abc', '?*?'), ('abc', 'ab[cd]'), ('abc', 'ab[!de]'), ('abc', 'ab[de]'), ('a', '??'),
                  ('\\', r'[\]'), ('a', r'[!\]'), ('foo\nbar', 'foo*'), ('\nfoo', 'foo*'), ('AbC', 'abc'), ('a]', '[]]'),
                  ('x.py', '*.py'), ('.x.py', '*.py'), ('a[', 'a['), ('^', '[^]'), ('b', '[a-c]'), ('-', '[!a-c]')]:
    print 'fnmatch', repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat)
for pat in ['*.py', '?', '[abc]', '[!abc]', '[', '[]]', '[!]]', 'a.b', '[^x]', r'[\x]', '*[a-z]?']:
    print 'translate', repr(pat), repr(fnmatch.translate(pat))
print 'filter', fnmatch.filter(['a.py', 'b.txt', 'c.py', '.d.py'], '*.py')
print 'cache', fnmatch._MAXCACHE, len(fnmatch._cache) > 0
fnmatch._purge()
print 'purged', len(fnmatch._cache)

base = tempfile.mkdtemp(prefix='taipan-shutil-')
def rel(p):
    return p.replace(base, '<base>')
def touch(*parts):
    f = open(os.path.join(base, *parts), 'w')
    f.write('/'.join(parts))
    f.close()
os.makedirs(os.path.join(base, 'src', 'sub', 'deeper'))
os.makedirs(os.path.join(base, 'src', 'other'))
touch('src', 'a.py'); touch('src', 'b.txt'); touch('src', '.hidden')
touch('src', 'sub', 'c.py'); touch('src', 'sub', 'deeper', 'd.pyc'); touch('src', 'other', 'e.txt')
os.symlink('a.py', os.path.join(base, 'src', 'link.py'))

g = lambda pat: sorted(rel(p) for p in glob.glob(os.path.join(base, pat)))
print 'glob *', g('src/*')
print 'glob *.py', g('src/*.py')
print 'glob */*', g('src/*/*')
print 'glob .*', g('src/.*')
print 'glob ?.t*', g('src/?.t*')
print 'glob [ab].*', g('src/[ab].*')
print 'glob literal', g('src/a.py'), g('src/zz.py'), g('src/sub/')
print 'glob dir magic', g('s*/sub/c.py'), g('src/*/deeper/*')
print 'glob unicode', sorted(rel(p) for p in glob.glob(unicode(os.path.join(base, 'src', '*.py'))))
print 'iglob', type(glob.iglob('*')).__name__, sorted(rel(p) for p in glob.iglob(os.path.join(base, 'src', 'sub', '*')))
print 'has_magic', glob.has_magic('a*'), glob.has_magic('a[b'), glob.has_magic('abc')
print 'glob1', sorted(glob.glob1(os.path.join(base, 'src'), '*.txt')), glob.glob0(os.path.join(base, 'src'), 'a.py')

src = os.path.join(base, 'src')
dst = os.path.join(base, 'dst')
shutil.copyfile(os.path.join(src, 'a.py'), os.path.join(base, 'copied'))
print 'copyfile', open(os.path.join(base, 'copied')).read()
try:
    shutil.copyfile(os.path.join(src, 'a.py'), os.path.join(src, 'a.py'))
except shutil.Error as e:
    print 'same file', rel(str(e))
try:
    shutil.copyfile(os.path.join(src, 'nope'), os.path.join(base, 'x'))
except IOError as e:
    print 'copyfile missing', e.errno, rel(e.filename)
os.chmod(os.path.join(src, 'b.txt'), 0640)
os.utime(os.path.join(src, 'b.txt'), (1000, 2000))
shutil.copy(os.path.join(src, 'b.txt'), base)
st = os.stat(os.path.join(base, 'b.txt'))
print 'copy', oct(stat.S_IMODE(st.st_mode)), st.st_mtime == 2000
shutil.copy2(os.path.join(src, 'b.txt'), os.path.join(base, 'b2.txt'))
st = os.stat(os.path.join(base, 'b2.txt'))
print 'copy2', oct(stat.S_IMODE(st.st_mode)), st.st_mtime
shutil.copymode(os.path.join(src, 'a.py'), os.path.join(base, 'b2.txt'))
print 'copymode', oct(stat.S_IMODE(os.stat(os.path.join(base, 'b2.txt')).st_mode)) == oct(stat.S_IMODE(os.stat(os.path.join(src, 'a.py')).st_mode))
fsrc = open(os.path.join(src, 'a.py'), 'rb')
fdst = open(os.path.join(base, 'obj'), 'wb')
shutil.copyfileobj(fsrc, fdst, 2)
fsrc.close(); fdst.close()
print 'copyfileobj', open(os.path.join(base, 'obj')).read()

shutil.copytree(src, dst, ignore=shutil.ignore_patterns('*.pyc', 'other'))
walked = []
for dirpath, dirnames, filenames in os.walk(dst):
    walked.append((rel(dirpath), sorted(dirnames), sorted(filenames)))
print 'copytree', sorted(walked)
print 'link copied as file', os.path.islink(os.path.join(dst, 'link.py'))
shutil.copytree(src, dst + '2', symlinks=True)
print 'symlinks kept', os.path.islink(os.path.join(dst + '2', 'link.py')), os.readlink(os.path.join(dst + '2', 'link.py'))
try:
    shutil.copytree(src, dst)
except OSError as e:
    print 'copytree exists', e.errno, errno.errorcode[e.errno]
print 'ignore_patterns', sorted(shutil.ignore_patterns('*.py', 'b*')('x', ['a.py', 'b.txt', 'c.txt']))
print 'bottom-up walk', [rel(d) for d, _, _ in os.walk(os.path.join(dst + '2', 'sub'), topdown=False)]
errs = []
print 'walk onerror', list(os.walk(os.path.join(base, 'missing'), onerror=errs.append)), [e.errno for e in errs]

shutil.move(os.path.join(base, 'copied'), os.path.join(base, 'moved'))
print 'move file', os.path.exists(os.path.join(base, 'copied')), os.path.exists(os.path.join(base, 'moved'))
shutil.move(os.path.join(base, 'moved'), dst)
print 'move into dir', os.path.exists(os.path.join(dst, 'moved'))
os.mkdir(os.path.join(base, 'm'))
open(os.path.join(base, 'm2'), 'w').close()
shutil.move(os.path.join(base, 'm2'), os.path.join(base, 'm'))
try:
    open(os.path.join(base, 'm2'), 'w').close()
    shutil.move(os.path.join(base, 'm2'), os.path.join(base, 'm'))
except shutil.Error as e:
    print 'move exists', rel(str(e))
print 'destinsrc', shutil._destinsrc('/a/b', '/a/b/c'), shutil._destinsrc('/a/b', '/a/bc')

calls = []
def onerror(func, path, info):
    calls.append((func.__name__, rel(path), info[0].__name__))
shutil.rmtree(os.path.join(base, 'missing'), onerror=onerror)
os.symlink(dst, os.path.join(base, 'dlink'))
shutil.rmtree(os.path.join(base, 'dlink'), onerror=onerror)
print 'rmtree onerror', calls
try:
    shutil.rmtree(os.path.join(base, 'missing'))
except OSError as e:
    print 'rmtree raises', e.errno, rel(e.filename)
shutil.rmtree(os.path.join(base, 'missing'), ignore_errors=True)
print 'Error', issubclass(shutil.Error, EnvironmentError), issubclass(shutil.SpecialFileError, EnvironmentError)
print 'formats', [f for f, d in shutil.get_archive_formats() if f in ('tar', 'zip')]
shutil.rmtree(base)
print 'removed', os.path.exists(base)

# posixpath / genericpath: pure name operations and file tests
import os, os.path, posixpath, genericpath, stat

j = os.path.join
for args in [('a', 'b'), ('/a', 'b'), ('a', '/b'), ('a/', 'b'), ('', 'b'), ('a', ''), ('a', 'b', '/c', 'd'), (u'a', 'b')]:
    print 'join', args, repr(j(*args))
for p in ['', '/', 'a', 'a/', 'a/b', '/a/b', '//a//b', '///', 'a//b/', u'/x/y', '//']:
    print 'split', repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p))
for p in ['a.b', 'a.b.c', '.cshrc', '...x', 'a/.b', 'a.b/c', 'a/b.', '..', '.a.b', u'u.x', '']:
    print 'splitext', repr(p), os.path.splitext(p)
for p in ['', '.', '..', '/', '//', '///', '/..', 'a/../..', '/a/./b/../c/', 'a//b', './a', '../a/../b', '//a/b', '///a/b', u'/u/../v', 'a/b/../../..']:
    print 'normpath', repr(p), repr(os.path.normpath(p))
print 'isabs', os.path.isabs('/a'), os.path.isabs('a'), os.path.isabs('')
print 'splitdrive', os.path.splitdrive('/a/b')
print 'normcase', os.path.normcase('/A/b')
print 'commonprefix', repr(os.path.commonprefix([])), repr(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/l'])), \
    os.path.commonprefix([[1, 2, 3], [1, 2, 4]])
print 'abspath', os.path.abspath('/a/../b'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x')
print 'abspath unicode', type(os.path.abspath(u'x')).__name__
print 'relpath', os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/a', '/a'), \
    os.path.relpath('/x/y', '/a/b')
try:
    os.path.relpath('')
except ValueError as e:
    print 'relpath empty', e
os.environ['TAIPAN_X'] = 'xval'
print 'expandvars', os.path.expandvars('$TAIPAN_X/${TAIPAN_X}/$NOPE_NOT_SET/$/${}/a$'), \
    repr(os.path.expandvars(u'$TAIPAN_X!'))
os.environ['HOME'] = '/home/someone/'
print 'expanduser', os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('a~'), \
    os.path.expanduser('~nosuchuserhere/x')
print 'constants', posixpath.curdir, posixpath.pardir, posixpath.sep, posixpath.pathsep, posixpath.defpath, \
    posixpath.altsep, posixpath.extsep, posixpath.devnull
print 'os constants', os.curdir, os.pardir, os.sep, os.pathsep, os.defpath, os.altsep, os.extsep, os.devnull, \
    repr(os.linesep), os.name, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END
print 'all', sorted(posixpath.__all__) == sorted(set(posixpath.__all__)), len(posixpath.__all__), genericpath.__all__

base = '/tmp/taipan-path-test-%d' % os.getpid()
os.mkdir(base)
f = j(base, 'f')
fh = open(f, 'w')
fh.write('12345')
fh.close()
print 'exists', os.path.exists(base), os.path.exists(f), os.path.exists(f + 'x'), os.path.lexists(f)
print 'isfile', os.path.isfile(f), os.path.isfile(base), os.path.isdir(base), os.path.isdir(f)
print 'getsize', os.path.getsize(f)
os.utime(f, (100, 200))
print 'times', os.path.getatime(f), os.path.getmtime(f), os.path.getctime(f) > 0
os.symlink(f, j(base, 'l'))
os.symlink(j(base, 'nowhere'), j(base, 'dangling'))
print 'islink', os.path.islink(j(base, 'l')), os.path.islink(f), os.path.exists(j(base, 'dangling')), \
    os.path.lexists(j(base, 'dangling'))
print 'realpath', os.path.realpath(j(base, 'l')) == os.path.realpath(f), \
    os.path.realpath(j(base, 'dangling')).endswith('nowhere')
os.symlink(j(base, 'loop2'), j(base, 'loop1'))
os.symlink(j(base, 'loop1'), j(base, 'loop2'))
print 'realpath loop', os.path.realpath(j(base, 'loop1')).replace(base, '<base>')
print 'ismount', os.path.ismount('/'), os.path.ismount(base), os.path.ismount(f)
print 'samefile', os.path.samefile(f, j(base, 'l')), os.path.samefile(f, base)
fp1 = open(f)
fp2 = open(j(base, 'l'))
print 'sameopenfile', os.path.sameopenfile(fp1.fileno(), fp2.fileno())
fp1.close(); fp2.close()
try:
    os.path.getsize(j(base, 'missing'))
except os.error as e:
    print 'getsize missing', e.errno, e.strerror
seen = []
os.mkdir(j(base, 'd'))
open(j(base, 'd', 'g'), 'w').close()
def visit(arg, dirname, names):
    arg.append((dirname.replace(base, '<base>'), sorted(names)))
os.path.walk(base, visit, seen)
print 'path.walk', sorted(seen)
for n in ['l', 'dangling', 'loop1', 'loop2', 'f', 'd/g']:
    os.unlink(j(base, n))
os.rmdir(j(base, 'd'))
os.rmdir(base)

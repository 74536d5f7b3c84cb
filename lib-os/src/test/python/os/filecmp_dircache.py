# filecmp, dircache, getpass.getuser
import os, filecmp, dircache, getpass, tempfile, shutil

base = tempfile.mkdtemp(prefix='taipan-fc-')
def write(path, text):
    f = open(os.path.join(base, path), 'w')
    f.write(text)
    f.close()
for side in ('l', 'r'):
    os.makedirs(os.path.join(base, side, 'sub'))
    os.mkdir(os.path.join(base, side, 'CVS'))
write('l/same', 'same text')
write('r/same', 'same text')
write('l/diff', 'left version')
write('r/diff', 'right version')
write('l/size', 'abc')
write('r/size', 'abd')
write('l/only_left', 'x')
write('r/only_right', 'y')
write('l/sub/deep', 'deep')
write('r/sub/deep', 'DEEP')
os.mkdir(os.path.join(base, 'l', 'funny'))
write('r/funny', 'a file here, a directory there')
os.utime(os.path.join(base, 'l/size'), (1000, 1000))
os.utime(os.path.join(base, 'l/sub/deep'), (1000, 1000))
os.utime(os.path.join(base, 'r/sub/deep'), (2000, 2000))
os.utime(os.path.join(base, 'r/size'), (1000, 1000))

L, R = os.path.join(base, 'l'), os.path.join(base, 'r')
print 'cmp', filecmp.cmp(os.path.join(L, 'same'), os.path.join(R, 'same')), \
    filecmp.cmp(os.path.join(L, 'diff'), os.path.join(R, 'diff')), \
    filecmp.cmp(os.path.join(L, 'size'), os.path.join(R, 'size')), \
    filecmp.cmp(os.path.join(L, 'size'), os.path.join(R, 'size'), shallow=False), \
    filecmp.cmp(L, R)
print 'cmpfiles', filecmp.cmpfiles(L, R, ['same', 'diff', 'size', 'missing', 'funny'])
d = filecmp.dircmp(L, R)
print 'lists', d.left_list, d.right_list
print 'common', sorted(d.common), d.left_only, d.right_only
print 'kinds', d.common_dirs, sorted(d.common_files), d.common_funny
print 'files', sorted(d.same_files), sorted(d.diff_files), d.funny_files
print 'subdirs', d.subdirs.keys(), d.subdirs['sub'].diff_files
try:
    d.nonexistent
except AttributeError as e:
    print 'AttributeError'
d.left, d.right = 'L', 'R'
d.report()
d = filecmp.dircmp(L, R, ignore=[], hide=[])
print 'no ignore', d.left_list
print 'all', filecmp.__all__

print 'dircache', dircache.listdir(L), dircache.listdir(L) is dircache.listdir(L)
names = dircache.listdir(L)[:]
dircache.annotate(L, names)
print 'annotate', names
dircache.reset()
print 'cache', dircache.cache

os.environ['LOGNAME'] = 'someone'
print 'getuser', getpass.getuser()
for n in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(n, None)
import pwd
print 'getuser pwd', getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name
print 'getpass all', getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning)
shutil.rmtree(base)

# The standard streams as file objects (not terminals here: encoding None).
import sys

def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '!!', type(e).__name__, e

print sys.stdout.name, sys.stdout.mode, sys.stderr.name, sys.stderr.mode, sys.stdin.name, sys.stdin.mode
print sys.stdout.closed, sys.stdout.encoding, sys.stdout.errors, sys.stdout.softspace, sys.stdout.newlines
print repr(sys.stdout)[:29], repr(sys.stderr)[:29], repr(sys.stdin)[:28]
print type(sys.stdout) is file, type(sys.stdin) is file
t('stdout isatty', lambda: sys.stdout.isatty())
t('stderr isatty', lambda: sys.stderr.isatty())
t('read stdout', lambda: sys.stdout.read())
t('readline stdout', lambda: sys.stdout.readline())
t('next stdout', lambda: sys.stdout.next())
t('write stdin', lambda: sys.stdin.write('x'))
t('writelines stdin', lambda: sys.stdin.writelines(['x']))
t('truncate stdin', lambda: sys.stdin.truncate())
t('write stdout', lambda: sys.stdout.write('written\n'))
t('write unicode', lambda: sys.stdout.write(u'unicode\n'))
t('write non-ascii unicode', lambda: sys.stdout.write(u'\xe9\n'))
t('writelines', lambda: sys.stdout.writelines(['one ', 'two\n']))
t('flush', lambda: sys.stdout.flush())
print 'softspace', 
t('softspace set by print', lambda: sys.stdout.softspace)
print
try:
    print u'\xe9'
except UnicodeEncodeError as e:
    print
    print 'print:', type(e).__name__, e
print u'ascii unicode', u'ok'
print >>sys.stderr, 'to stderr', 1, u'x'
sys.stderr.write('direct to stderr\n')
sys.stderr.writelines(['lines ', 'to stderr\n'])
print >>sys.stderr, 'softspace on stderr',
print >>sys.stderr
print 'after'
sys.stdout.write('no newline at the end')

# file()/open(): mode validation, open errors, attributes, repr, re-initialisation.
def t(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '!!', type(e).__name__, e

P = '/tmp/taipan-files-test-open_modes'
w = open(P, 'w')
w.write('hello\nworld\n')
w.close()

print '-- modes accepted and the mode attribute'
for m in ['r', 'rb', 'U', 'rU', 'Ub', 'bU', 'rbU', 'Ur', 'Urb', 'UU', 'xU', '+U', 'U+', 'rU+',
          'rt', 'rtb', 'rz', 'r+', 'r+b', 'rb+', 'rw', 'ra']:
    try:
        f = open(P, m)
        print repr(m), repr(f.mode), f.closed, repr(f.read(5)), f.newlines
        f.close()
    except Exception as e:
        print repr(m), '!!', type(e).__name__, e

print '-- bad modes'
long_mode = ''
for i in range(250):
    long_mode += 'q'
for m in ['x', '', '+', 'b', 'bw', 'br', 'tr', 'Uw', 'wU', 'aU', 'w+U', 'wbU', 'Ua', 'r\0', 'U\0',
          long_mode]:
    t(repr(m)[:20], lambda: open(P, m))

print '-- write modes'
for m in ['w', 'wb', 'w+', 'a', 'ab', 'a+', 'wr', 'ar', 'rbbbbbbb+', 'r      +', 'r     +']:
    f = open(P, m)
    t(repr(m) + ' write', lambda: f.write('Z'))
    t(repr(m) + ' flush', lambda: f.flush())
    t(repr(m) + ' read', lambda: f.read())
    f.close()
    r = open(P)
    print repr(m), 'contents', repr(r.read())
    r.close()
    w = open(P, 'w')
    w.write('hello\nworld\n')
    w.close()

print '-- exclusive creation'
w = open(P + '-x', 'w')
w.close()
t('wx existing', lambda: open(P + '-x', 'wx'))
t('ax existing', lambda: open(P + '-x', 'ax'))
t('w+x existing', lambda: open(P + '-x', 'w+x'))
t('rx existing', lambda: open(P + '-x', 'rx').mode)

print '-- open errors'
t('missing', lambda: open('/tmp/taipan-files-test-no-such-file'))
t('missing r+', lambda: open('/tmp/taipan-files-test-no-such-file', 'r+'))
t('missing dir', lambda: open('/tmp/taipan-files-test-no-such-dir/x', 'w'))
t('directory', lambda: open('/tmp'))
t('directory w', lambda: open('/tmp', 'w'))
t('directory a', lambda: open('/tmp', 'a'))
t('directory unicode', lambda: open(u'/tmp'))
t('not a directory', lambda: open(P + '/x'))
t('empty name', lambda: open(''))
t('nul in name', lambda: open('a\0b'))
t('nul in unicode', lambda: open(u'a\0b'))
t('int name', lambda: open(1))
t('None name', lambda: open(None))
t('list name', lambda: open([]))
t('int mode', lambda: open(P, 1))
t('None mode', lambda: open(P, None))
t('str buffering', lambda: open(P, 'r', 'x'))
t('None buffering', lambda: open(P, 'r', None))
t('float buffering', lambda: open(P, 'r', 1.5))
t('huge buffering', lambda: open(P, 'r', 1099511627776))
t('no args', lambda: open())
t('too many', lambda: open(P, 'r', 1, 2))
t('file no args', lambda: file())
t('bad keyword', lambda: open(filename=P))
t('keywords', lambda: open(name=P, mode='r', buffering=5).read())
t('file keywords', lambda: file(P, buffering=0, mode='rb').read())
t('dup keyword', lambda: open(P, name=P))
t('unicode mode', lambda: open(P, u'r').mode)
t('missing unicode', lambda: open(u'/tmp/taipan-files-test-no-such-\xe9'))

print '-- errors carry errno, strerror, filename'
try:
    open('/tmp/taipan-files-test-no-such-file')
except IOError as e:
    print e.errno, repr(e.strerror), repr(e.filename), e.args
try:
    open(u'/tmp/taipan-files-test-no-such-file')
except IOError as e:
    print e.errno, repr(e.strerror), repr(e.filename), e.args
try:
    open('/tmp')
except IOError as e:
    print e.errno, repr(e.strerror), repr(e.filename), e.args

print '-- buffering values'
for b in [-5, -1, 0, 1, 2, 100, 100000]:
    f = open(P, 'r', b)
    print b, repr(f.read())
    f.close()

print '-- attributes'
f = open(P)
print repr(f.name), repr(f.mode), f.closed, f.encoding, f.errors, f.newlines, f.softspace
print type(f) is file, isinstance(f, file), type(f).__name__
print repr(f)[:38], repr(f)[-1]
f.close()
print repr(f)[:40], f.closed
f = open(u'/tmp/taipan-files-test-open_modes')
print repr(f.name), repr(f)[:40]
f.close()
for a in ['name', 'mode', 'closed', 'encoding', 'errors', 'newlines']:
    try:
        setattr(f, a, 'x')
    except Exception as e:
        print 'set', a, type(e).__name__, e
    try:
        delattr(f, a)
    except Exception as e:
        print 'del', a, type(e).__name__, e
t('set other', lambda: setattr(f, 'foo', 1))
t('softspace', lambda: f.softspace)
f.softspace = 5
t('softspace set', lambda: f.softspace)
f.softspace = 0
t('softspace str', lambda: setattr(f, 'softspace', 'x'))
t('softspace del', lambda: delattr(f, 'softspace'))
t('softspace long', lambda: setattr(f, 'softspace', 3L))
t('softspace after', lambda: f.softspace)

print '-- uninitialized and re-initialized files'
u = file.__new__(file)
print repr(u)[:58], repr(u.name), repr(u.mode), u.closed, u.encoding
t('uninit read', lambda: u.read())
t('uninit close', lambda: u.close())
t('init', lambda: u.__init__(P))
t('read', lambda: u.read())
print u.closed, repr(u.mode)
t('reinit', lambda: u.__init__(P, 'rb'))
print u.closed, repr(u.mode)
t('read again', lambda: u.read())
t('failed init', lambda: u.__init__('/tmp/taipan-files-test-no-such-file', 'rU'))
print u.closed, repr(u.name), repr(u.mode), u.newlines
t('read failed', lambda: u.read())
t('bad mode init', lambda: u.__init__(P, 'q'))
print u.closed, repr(u.name), repr(u.mode)
t('init again', lambda: u.__init__(P))
t('read init again', lambda: u.read())
u.close()

print '-- doc'
print file.__doc__[:46]
print file.read.__doc__[:40]
print open.__doc__[:48]

w = open(P, 'w')
w.close()

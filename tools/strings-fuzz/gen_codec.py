import random
random.seed(99)
encs = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-7', 'latin-1', 'ascii', 'cp1252', 'koi8-r', 'cp437', 'unicode-escape', 'raw-unicode-escape', 'string-escape', 'mac-roman', 'cp850', 'iso8859-2', 'cp1251', 'cp037']
errs = ['strict', 'replace', 'ignore']
pieces = ['a', '\xff', '\xc3', '\xa9', '\x80', '\x00', '+', '-', '\\', 'x', 'u', 'U', '0', '4', 'N', '{', '}', 'A', '\xe2', '\x82', '\xac', '\xd8', '\xdc', '\xfe', '\xf0', '\x9f']
upieces = [u'a', u'\xe9', u'\u20ac', u'\U0001F600', u'\x00', u'+', u'-', u'\\', u'\u0416', u'\ufffe', u'\u00ff', u'\t', u'~']
lines = []
for i in range(4000):
    if random.random() < 0.55:
        s = ''.join(random.choice(pieces) for _ in range(random.randint(0, 8)))
        lines.append(('d', s, random.choice(encs), random.choice(errs)))
    else:
        s = u''.join(random.choice(upieces) for _ in range(random.randint(0, 6)))
        lines.append(('e', s, random.choice(encs), random.choice(errs + ['xmlcharrefreplace', 'backslashreplace'])))
print 'def t(k, s, enc, err):'
print '    try:'
print "        r = s.decode(enc, err) if k == 'd' else s.encode(enc, err)"
print '    except UnicodeError as e:'
print "        print k, repr(s), enc, err, '->', type(e).__name__, e, e.start, e.end"
print '    except Exception as e:'
print "        print k, repr(s), enc, err, '->', type(e).__name__, e"
print '    else:'
print "        print k, repr(s), enc, err, '->', repr(r)"
for l in lines:
    print 't(%r, %r, %r, %r)' % l

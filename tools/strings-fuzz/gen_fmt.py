import random
random.seed(4242)
fills = ['', 'x', '*', '0', '<', '{', '}', ' ']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
lines = []
for i in range(2500):
    spec = random.choice(fills) + random.choice(aligns) if random.random() < 0.6 else random.choice(aligns)
    spec += random.choice(signs) if random.random() < 0.1 else ''
    spec += '#' if random.random() < 0.05 else ''
    spec += '0' if random.random() < 0.1 else ''
    spec += random.choice(['', '1', '5', '10', '0'])
    spec += ',' if random.random() < 0.05 else ''
    spec += random.choice(['', '', '.0', '.2', '.5', '.'])
    spec += random.choice(['', '', '', 's', 'd', 'r'])
    val = random.choice(['', 'ab', 'hello', u'uni', u'\xe9\xe9', 'x' * 12])
    fmt = random.choice(['{0:%s}', '{:%s}', 'a{0:%s}b', '{0!s:%s}', '{0!r:%s}', '{x:%s}']) % spec
    if random.random() < 0.3:
        fmt = unicode(fmt)
    lines.append((fmt, val))
print 'def t(fmt, v):'
print '    try:'
print '        r = fmt.format(v, x=v)'
print '    except Exception as e:'
print "        print repr(fmt), repr(v), '->', type(e).__name__, e"
print '    else:'
print "        print repr(fmt), repr(v), '->', repr(r)"
for f, v in lines:
    print 't(%r, %r)' % (f, v)

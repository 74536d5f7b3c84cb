import random
random.seed(31337)
alpha = ['a', 'b', 'A', 'B', ' ', '\t', '\n', '\r', 'ab', 'Ab', '1', '-', '+', '.', '\xe9', "'", 'x y']
ualpha = [u'a', u'b', u'A', u' ', u'\t', u'\u3000', u'\xe9', u'\u01c5', u'ab', u'\U0001F600', u'\x85', u'1', u'\u0661', u'\u2028']
def rs(u=False):
    a = ualpha if u else alpha
    return ''.join(random.choice(a) for _ in range(random.randint(0, 6))) if not u else u''.join(random.choice(a) for _ in range(random.randint(0, 6)))
idx = [None, 0, 1, 2, -1, -3, 5, 100, -100]
lines = []
for i in range(4000):
    u = False
    s = rs(u)
    m = random.choice(['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'split', 'rsplit', 'splitlines', 'partition', 'rpartition',
                       'replace', 'strip', 'lstrip', 'rstrip', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'upper', 'lower', 'title', 'swapcase',
                       'capitalize', 'istitle', 'isupper', 'islower', 'isalpha', 'isalnum', 'isdigit', 'isspace', 'join', 'getitem'])
    sub = rs(u and random.random() < 0.8)
    if m in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
        n = random.randint(0, 2)
        args = (sub,) + tuple(random.choice(idx) for _ in range(n))
    elif m in ('split', 'rsplit'):
        args = random.choice([(), (None,), (sub,), (sub, random.choice([-1, 0, 1, 2])), (None, random.choice([0, 1, 2]))])
    elif m == 'splitlines':
        args = random.choice([(), (True,), (False,)])
    elif m in ('partition', 'rpartition'):
        args = (sub,)
    elif m == 'replace':
        args = (sub, rs(u), ) + random.choice([(), (0,), (1,), (-1,), (2,)])
    elif m in ('strip', 'lstrip', 'rstrip'):
        args = random.choice([(), (None,), (sub,)])
    elif m in ('center', 'ljust', 'rjust'):
        args = (random.choice([-1, 0, 3, 7, 8]),) + random.choice([(), ('*',), (u'*' if u else '*',)])
    elif m == 'zfill':
        args = (random.choice([0, 3, 7]),)
    elif m == 'expandtabs':
        args = random.choice([(), (0,), (3,), (1,)])
    elif m == 'join':
        args = ([rs(u) for _ in range(random.randint(0, 3))],)
    elif m == 'getitem':
        args = (slice(random.choice(idx), random.choice(idx), random.choice([None, 1, 2, -1, -2, 3])),)
    else:
        args = ()
    lines.append((s, m, args))
print 'def t(s, m, args):'
print '    try:'
print "        b = bytearray(s)"
print "        r = b[args[0]] if m == 'getitem' else getattr(b, m)(*args)"
print '    except Exception as e:'
print "        print repr(s), m, repr(args), '->', type(e).__name__, e"
print '    else:'
print "        print repr(s), m, repr(args), '->', repr(r)"
for s, m, a in lines:
    print 't(%r, %r, %r)' % (s, m, a)

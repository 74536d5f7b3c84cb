import random
random.seed(12345)
flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '-#', ' 0', '+#0']
widths = ['', '1', '5', '12', '*']
precs = ['', '.0', '.1', '.3', '.10', '.*', '.']
convs = 'diouxXeEfFgGcrs%'
ints = [0, 1, -1, 7, -42, 255, 65, 123456789, -987654321, 2**31, -2**63, 10**20, -10**25, True, False]
floats = [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 3.14159265358979, -1e-5, 1e-10, 123456.789, 1e16, 1e22, 9.999999e5, 5e-324, 1.7976931348623157e308, 0.000123456, 99.995]
strs = ['', 'a', 'abc', 'hello world', u'uni', u'\xe9x', '\t']
lines = []
for i in range(3000):
    c = random.choice(convs)
    spec = '%' + random.choice(flags) + random.choice(widths) + random.choice(precs) + c
    args = []
    if '*' in spec:
        args.append(random.choice([0, 3, -4, 8]))
        if spec.count('*') == 2:
            args.append(random.choice([0, 2, 5]))
    if c in 'diouxXc':
        v = random.choice(ints + floats[:6] + ['x'] if c != 'c' else [65, 97, 255, 'z', u'q', 300, -1])
    elif c in 'eEfFgG':
        v = random.choice(floats + ints[:8])
    elif c == '%':
        v = None
    else:
        v = random.choice(strs + ints[:4])
    if v is not None:
        args.append(v)
    fmt = random.choice(['', 'x', '[']) + spec + random.choice(['', ']', 'y'])
    if random.random() < 0.2:
        fmt = unicode(fmt)
    lines.append((fmt, tuple(args)))
print 'def t(fmt, args):'
print '    try:'
print '        r = fmt % args'
print '    except Exception as e:'
print "        print repr(fmt), '->', type(e).__name__, e"
print '    else:'
print "        print repr(fmt), '->', repr(r)"
for fmt, args in lines:
    print 't(%r, %r)' % (fmt, args)

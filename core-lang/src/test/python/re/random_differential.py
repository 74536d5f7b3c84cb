# Random patterns (from a fixed linear congruential generator, so the sequence is the
# same everywhere) run through match, search, findall, finditer, sub, subn and split on
# random subjects, str and unicode; every result is printed.
import re

class Rand(object):
    def __init__(self, seed):
        self.x = seed
    def next(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x >> 8
    def below(self, n):
        return self.next() % n
    def choice(self, seq):
        return seq[self.below(len(seq))]
    def chance(self, percent):
        return self.below(100) < percent

rnd = Rand(2718)
ALPHA = 'abc'

def atom(depth, st):
    r = rnd.below(100)
    if r < 30:
        return rnd.choice(ALPHA)
    if r < 36:
        return '.'
    if r < 44:
        return rnd.choice(['[ab]', '[^a]', '[a-c]', r'\w', r'\s', r'\d', '[b-]', r'\W', '[^ab ]'])
    if r < 50:
        return rnd.choice(['^', '$', r'\b', r'\B', r'\A', r'\Z'])
    if r < 54 and st['closed']:
        return '\\%d' % rnd.choice(st['closed'])
    if r < 57 and st['closed']:
        return '(?(%d)%s|%s)' % (rnd.choice(st['closed']), seq(depth + 1, st), seq(depth + 1, st))
    if depth > 2:
        return rnd.choice(ALPHA)
    r = rnd.below(100)
    if r < 40:
        st['n'] += 1
        g = st['n']
        body = alt(depth + 1, st)
        st['closed'].append(g)
        if rnd.chance(20):
            return '(?P<g%d>%s)' % (g, body)
        return '(%s)' % body
    if r < 65:
        return '(?:%s)' % alt(depth + 1, st)
    if r < 75:
        return '(?=%s)' % alt(depth + 1, st)
    if r < 85:
        return '(?!%s)' % alt(depth + 1, st)
    return '(?<%s%s)' % (rnd.choice('=!'), rnd.choice(['a', 'b', 'ab', '[ab]', 'a|b', 'a|c']))

def quant(s):
    if rnd.chance(60):
        return s
    q = rnd.choice(['*', '+', '?', '{2}', '{0,2}', '{1,3}', '{2,}', '{,2}'])
    if rnd.chance(40):
        q += '?'
    return s + q

def seq(depth, st):
    n = rnd.below(4)
    if not depth and not n:
        n = 1
    return ''.join(quant(atom(depth, st)) for i in range(n))

def alt(depth, st):
    parts = [seq(depth, st)]
    while rnd.chance(30):
        parts.append(seq(depth, st))
    return '|'.join(parts)

def subject():
    return ''.join(rnd.choice('aab b c\n1') for i in range(rnd.below(9)))

def show(m):
    if m is None:
        return '-'
    return '%r%r%s' % (m.span(), m.groups(), '' if m.lastindex is None else ' li%d' % m.lastindex)

def run(label, f):
    try:
        return repr(f())
    except re.error, e:
        return 'error(%s)' % e
    except Exception, e:
        return '%s(%s)' % (type(e).__name__, e)

for i in range(700):
    st = {'n': 0, 'closed': []}
    pattern = alt(0, st)
    flags = rnd.choice([0, 0, 0, re.I, re.M, re.S, re.X, re.U])
    if rnd.chance(25):
        pattern = unicode(pattern)
    try:
        p = re.compile(pattern, flags)
    except Exception, e:
        print '%r %d: %s %s' % (pattern, flags, type(e).__name__, e)
        continue
    print '%r %d groups=%d' % (pattern, flags, p.groups)
    for k in range(3):
        s = subject()
        if rnd.chance(25):
            s = unicode(s)
        repl = rnd.choice(['-', r'<\g<0>>', '', lambda m: '[%s]' % m.group(0), r'\n'])
        if p.groups and rnd.chance(50):
            repl = r'(\%d)' % (1 + rnd.below(p.groups))
        print '  %r:' % s, show(p.match(s)), show(p.search(s)), show(p.search(s, 1, len(s) - 1))
        print '    ', run('findall', lambda: p.findall(s)), run('iter', lambda: [m.span() for m in p.finditer(s)])
        print '    ', run('sub', lambda: p.subn(repl, s)), run('split', lambda: p.split(s)), run('split1', lambda: p.split(s, 1))

# -*- coding: utf-8 -*-
# unicode methods: UCS-4 semantics, Unicode database (2.7 = Unicode 5.2), errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)

class J(object):
    def __int__(self): return 2

smile = u'\U0001F600'
t('len astral', lambda: (len(smile), len(u'a' + smile + u'b'), len(u'\ud83d' + u'\ude00')))
t('index astral', lambda: ((u'a' + smile + u'b')[1], (u'a' + smile + u'b')[2], (u'x' + smile)[::-1]))
t('find astral', lambda: (u'a' + smile + u'b').find(u'b'))
t('lone surrogate find', lambda: u'\ud83d' in (u'\ud83d' + u'\ude00'))
t('repr astral', lambda: repr(u'\U0010ffff\U00010000\uffff\u0100\xff\x7f\x1f'))
t('upper astral', lambda: (u'a' + smile + u'b').upper())
t('deseret', lambda: (u'\U00010400'.lower(), u'\U00010428'.upper(), u'\U00010400'.isupper()))

samples = [u'', u'a', u'ABC', u'hello world', u'Hello World', u'stra\xdfe', u'\u01c4\u01c5\u01c6', u'\u01c6emal', u'\u01c5emal',
           u'\u0130', u'\ufb01', u'\u03a3\u0391\u03a3', u'\xb2\xb3\xb9', u'\u0660\u0661', u'\u2460\u2469', u'\xbd\u2155', u'\u4e00\u4e8c',
           u'\u2167', u'\xaa\xba', u'\u02b0', u'\u0301', u'a\u0301', u'hello\u02bcworld', u'\u1e9e', u'\u2c65', u'\u0345',
           u' \x1c\x1d\x1e\x1f\x85\xa0\u1680\u180e\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000', u'\U0001d7ce', u'\U0001f600']
for s in samples:
    print repr(s), repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.capitalize()), repr(s.title())
    print ' ', s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace()

# the character database over ranges: counts per property (Unicode 5.2 answers)
def survey(lo, hi, step):
    al = de = di = nu = sp = lo_ = up = ti = an = ml = mu = mt = 0
    i = lo
    while i < hi:
        c = u'%c' % i
        if c.isalpha(): al += 1
        if c.isdecimal(): de += 1
        if c.isdigit(): di += 1
        if c.isnumeric(): nu += 1
        if c.isspace(): sp += 1
        if c.islower(): lo_ += 1
        if c.isupper(): up += 1
        if c.istitle(): ti += 1
        if c.isalnum(): an += 1
        if c.lower() != c: ml += 1
        if c.upper() != c: mu += 1
        if c.title() != c: mt += 1
        i += step
    print '%x %x' % (lo, hi), step, (al, de, di, nu, sp, lo_, up, ti, an), (ml, mu, mt)
survey(0, 0x800, 1)
survey(0x800, 0x3400, 1)
survey(0x3400, 0x10000, 7)
survey(0x10000, 0x30000, 13)
survey(0xe0000, 0x110000, 101)
survey(0x1f000, 0x1f700, 1)
survey(0xa640, 0xa800, 1)

for w in [-1, 0, 3, 5, 6]:
    for s in [u'', u'a', u'ab', u'abc', smile]:
        print w, repr(s), repr(s.center(w)), repr(s.center(w, u'*')), repr(s.ljust(w, '-')), repr(s.rjust(w, smile)), repr(s.zfill(w))
t('center fill 2 chars', lambda: u'abc'.center(10, 'ab'))
t('center fill str', lambda: u'abc'.center(10, 'a'))
t('center fill non-ascii str', lambda: u'abc'.center(10, '\xe9'))
t('center fill int', lambda: u'abc'.center(10, 1))
t('center J', lambda: u'abc'.center(J()))
t('zfill sign', lambda: (u'-3'.zfill(4), u'+'.zfill(2), u''.zfill(2)))
for s in [u'a\tb', u'\ta\tbc\u2028\tdef', u'a\tb\x0bc\td', u'\U0001F600\t|']:
    print repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0))
for s in [u'', u'  a  ', u'\u3000a\x85', u'xyaxy', u'\u2028\u2029']:
    print repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(u'xy')), repr(s.strip('xy')), repr(s.rstrip(u'\u2029'))
t('strip int', lambda: u'abc'.strip(1))
t('rstrip non-ascii str', lambda: u'abc'.rstrip('\xe9'))

hay = u'abcabcabXabc'
for sub in [u'', u'a', u'abc', 'X', u'cX', u'zz', u'abcabcabXabcd']:
    for se in [(), (1,), (-3,), (3, 9), (5, 2), (12,), (13,), (None, -2)]:
        r = [hay.find(sub, *se), hay.rfind(sub, *se), hay.count(sub, *se), hay.startswith(sub, *se), hay.endswith(sub, *se)]
        for m in ['index', 'rindex']:
            try:
                r.append(getattr(hay, m)(sub, *se))
            except ValueError as e:
                r.append(str(e))
        print repr(sub), se, r
t('find int', lambda: u'abc'.find(1))
t('find non-ascii str', lambda: u'abc'.find('\xe9'))
t('find no args', lambda: u'abc'.find())
t('startswith int', lambda: u'abc'.startswith(1))
t('startswith tuple', lambda: u'abc'.startswith(('x', u'a')))
t('startswith tuple int', lambda: u'abc'.startswith(('x', 1)))
t('endswith empty past end', lambda: (u'abc'.endswith(u'', 5), u'abc'.startswith(u'', 5), 'abc'.startswith('', 5)))
t('count bytearray', lambda: u'abc'.count(bytearray('b')))

for s in [u'', u' a b ', u'a,b,,c', u'a\u3000b\x85c\u2028d', u'a' + smile + u'b']:
    print repr(s), s.split(), s.rsplit(), s.split(u','), s.rsplit(',', 1), s.split(None, 1), s.rsplit(None, 1), s.split(smile)
t('split empty', lambda: u'abc'.split(u''))
t('split int', lambda: u'abc'.split(1))
t('split None max', lambda: u'abc'.split(u'b', None))
for s in [u'a\nb\r\nc\rd\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029e', u'', u'\n', u'x\x1f']:
    print repr(s), s.splitlines(), s.splitlines(True)
for s in [u'', u'a.b.c', u'.']:
    print repr(s), s.partition(u'.'), s.rpartition('.'), s.partition(u'x')
t('partition empty', lambda: u'abc'.partition(u''))
t('partition int', lambda: u'abc'.partition(1))
t('join', lambda: (u','.join([u'a', 'b']), u''.join([]), u'-'.join('abc'), u'x'.join([smile, smile])))
t('join single str', lambda: u','.join(['a']))
t('join int', lambda: u','.join([u'a', 1]))
t('join non-ascii str', lambda: u','.join([u'a', '\xe9']))
t('join bytearray', lambda: u','.join([bytearray('x')]))
t('join not iterable', lambda: u','.join(5))
for s in [u'', u'abc', u'aaa']:
    print repr(s), repr(s.replace(u'', u'-')), repr(s.replace(u'a', u'')), repr(s.replace('a', 'XY', 1)), repr(s.replace(u'', u'-', 2)), repr(s.replace(u'a', u'b', 0))
t('replace int', lambda: u'abc'.replace(1, u'x'))
t('replace non-ascii', lambda: u'abc'.replace('\xe9', u'x'))
t('translate', lambda: u'abc'.translate({97: None, 98: u'xyz', 99: 65}))
class Table(object):
    def __getitem__(self, k):
        if k == 98: raise LookupError('no')
        if k == 99: raise IndexError('no')
        return u'<' + u'%c' % k + u'>'
t('translate object', lambda: u'abc'.translate(Table()))
class BadTable(object):
    def __getitem__(self, k): raise ValueError('bad')
t('translate raising', lambda: u'abc'.translate(BadTable()))
t('translate str value', lambda: u'abc'.translate({97: 'x'}))
t('translate neg', lambda: u'abc'.translate({97: -1}))
t('translate big', lambda: u'abc'.translate({97: 0x110000}))
t('translate ok max', lambda: u'abc'.translate({97: 0x10ffff}))
t('translate float', lambda: u'abc'.translate({97: 1.5}))
t('translate int table', lambda: u'abc'.translate(1))
t('translate str table', lambda: u'abc'.translate('x' * 100))
t('translate empty', lambda: u'abc'.translate({}))

t('getitem', lambda: [u'abc'[i] for i in [0, -1]])
t('getitem float', lambda: u'abc'[1.0])
t('getitem 3', lambda: u'abc'[3])
t('getslice', lambda: (u'abcdef'.__getslice__(-1, 3), u'abcdef'[1:4], u'abcdef'[::2], u'abcdef'[5:1:-2]))
t('mul', lambda: (u'ab' * 3, 2 * u'x', u'a' * 0, u'a' * -2))
t('mul float', lambda: u'a' * 1.5)
t('add', lambda: (u'a' + u'b', u'a' + 'b', 'a' + u'b'))
t('add int', lambda: u'a' + 1)
t('radd int', lambda: 1 + u'a')
t('add non-ascii', lambda: u'a' + '\xe9')
t('contains', lambda: (u'b' in u'abc', 'b' in u'abc', u'' in u'', u'abcd' in u'abc'))
t('contains int', lambda: 1 in u'abc')
t('contains non-ascii', lambda: '\xe9' in u'abc')
t('hash', lambda: [hash(s) for s in [u'', u'a', u'abc', u'\xe9', smile, u'hello world']])
t('hash eq str', lambda: hash(u'abc') == hash('abc'))
t('compare', lambda: (u'a' < u'b', u'a' < 'b', 'a' < u'b', u'\uffff' < smile, u'a' == 'a', u'a' != 'a', u'b' > u'ab'))
t('compare non-ascii', lambda: u'a' < '\xe9')
t('compare int', lambda: (u'a' == 1, u'a' != 1))
t('sizeof', lambda: (u''.__sizeof__(), u'abc'.__sizeof__()))
t('getnewargs', lambda: u'abc'.__getnewargs__())
t('hasattr iter', lambda: hasattr(u'abc', '__iter__'))
t('iter', lambda: list(u'a' + smile))
t('isdecimal on str', lambda: hasattr('abc', 'isdecimal'))

# str methods: case, classes, padding, stripping, translate, errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)

class I(object):
    def __index__(self): return 5
class J(object):
    def __int__(self): return 5
BIG = 1000000000000000000000000000000

samples = ['', 'a', 'A', 'abc', 'ABC', 'Abc', 'aBc', 'hello world', 'Hello World', 'HELLO WORLD',
           "they're bill's friends", '1a', 'a1b2', '123', ' ', ' \t\n\r\x0b\x0c', 'x y', '\xe9\xc9', 'a\xe9',
           'Hello\tWorld\n', '_ab_', 'aB Cd', 'A.B', '3rd', 'o\'neil MCDONALD', '\x00a']
for s in samples:
    print repr(s), repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.capitalize()), repr(s.title())
    print ' ', s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isdigit(), s.isspace()

for w in [-5, 0, 1, 3, 4, 5, 6, 7, 10]:
    for s in ['', 'a', 'ab', 'abc', 'abcd']:
        print w, repr(s), repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '.')), repr(s.zfill(w))
for s in ['-42', '+42', '42', '-', '+', '', 'a-b', '--1']:
    print repr(s), repr(s.zfill(5)), repr(s.zfill(1))

t('center fill str', lambda: 'abc'.center(10, 'ab'))
t('center fill unicode', lambda: 'abc'.center(10, u'a'))
t('center fill int', lambda: 'abc'.center(10, 1))
t('center width str', lambda: 'abc'.center('a'))
t('center width float', lambda: 'abc'.center(10.5))
t('center no args', lambda: 'abc'.center())
t('center 3 args', lambda: 'abc'.center(1, 2, 3))
t('center __index__', lambda: 'abc'.center(I()))
t('center __int__', lambda: 'abc'.center(J()))
t('center big', lambda: 'abc'.center(BIG))
t('center True', lambda: 'abc'.center(True))
t('center long', lambda: 'abc'.center(7L))
t('ljust kw', lambda: 'abc'.ljust(width=5))
t('zfill str', lambda: 'abc'.zfill('a'))
t('zfill J', lambda: 'abc'.zfill(J()))
t('zfill none', lambda: 'abc'.zfill())
t('zfill two', lambda: 'abc'.zfill(1, 2))
t('ljust 3.0', lambda: 'abc'.ljust(3.0))
t('ljust fill empty', lambda: 'abc'.ljust(5, ''))

for s in ['a\tb', '\ta\tbc\tdef\tg', 'a\tb\nc\td', 'ab\r\tc', '\t', '', 'abcdefgh\tx', 'a\tb\x0bc\td', '\t\t']:
    print repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-1))
t('expandtabs str', lambda: 'a'.expandtabs('a'))
t('expandtabs J', lambda: 'a\tb'.expandtabs(J()))
t('expandtabs I', lambda: 'a\tb'.expandtabs(I()))
t('expandtabs big', lambda: 'a\tb'.expandtabs(BIG))
t('expandtabs kw', lambda: 'a\tb'.expandtabs(tabsize=3))
t('expandtabs 2 args', lambda: 'a\tb'.expandtabs(1, 2))

for s in ['', '  ', ' a ', '\t\na b\r\n\x0b\x0c', 'xxaxx', 'abcba', 'a']:
    print repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('xa')), repr(s.lstrip('ab')), repr(s.rstrip('ab')), repr(s.strip(None)), repr(s.strip(''))
t('strip int', lambda: 'abc'.strip(1))
t('lstrip int', lambda: 'abc'.lstrip(1))
t('rstrip list', lambda: 'abc'.rstrip([]))
t('strip unicode', lambda: 'abca'.strip(u'a'))
t('lstrip unicode', lambda: 'abca'.lstrip(u'a'))
t('strip non-ascii unicode', lambda: '\xe9abc'.strip(u'a'))
t('strip bytearray', lambda: 'abc'.strip(bytearray('a')))
t('strip 2 args', lambda: 'abc'.strip('a', 'b'))

allchars = ''.join(['%c' % n for n in range(256)])
table = allchars[:97] + 'AB' + allchars[99:]
t('translate', lambda: 'abcabc'.translate(table))
t('translate delete', lambda: 'abcabc'.translate(table, 'c'))
t('translate None', lambda: 'abcabc'.translate(None, 'ab'))
t('translate None none', lambda: 'abc'.translate(None))
t('translate short', lambda: 'abc'.translate('a'))
t('translate int', lambda: 'abc'.translate(1))
t('translate del int', lambda: 'abc'.translate(None, 1))
t('translate unicode del', lambda: 'abc'.translate(None, u'b'))
t('translate unicode table del', lambda: 'abc'.translate(u'x', 'b'))
t('translate dict', lambda: 'abc'.translate({}))
t('translate unicode table', lambda: 'abc'.translate(u'x' * 256))
t('translate no args', lambda: 'abc'.translate())
t('translate 3 args', lambda: 'abc'.translate(None, 'a', 'b'))
t('translate kw', lambda: 'abc'.translate(table=None))
t('translate bytearray del', lambda: 'abc'.translate(None, bytearray('b')))

for m in ['upper', 'lower', 'swapcase', 'capitalize', 'title', 'isupper', 'islower', 'istitle', 'isalpha', 'isalnum', 'isdigit', 'isspace', '__getnewargs__', '__sizeof__']:
    t(m + '(1)', lambda: getattr('abc', m)(1))
print 'abc'.__getnewargs__(), ''.__sizeof__(), 'abcd'.__sizeof__()
t('len', lambda: len('abc\x00'))
t('hash', lambda: [hash(s) for s in ['', 'a', 'abc', 'hello world', '\xff\x00']])
t('mul', lambda: ['ab' * n for n in [-1, 0, 1, 3]])
t('rmul', lambda: 3 * 'ab')
t('mul I', lambda: 'ab' * I())
t('mul J', lambda: 'ab' * J())
t('mul float', lambda: 'ab' * 2.0)
t('mul big', lambda: 'ab' * BIG)
t('mul bool', lambda: 'ab' * True)
t('add', lambda: 'ab' + 'cd')
t('add int', lambda: 'ab' + 1)
t('add list', lambda: 'ab' + [])
t('radd int', lambda: 1 + 'ab')
t('iadd', lambda: 'x'.__add__('y'))
t('getitem', lambda: ['abc'[i] for i in [0, 1, 2, -1, -3]])
t('getitem 3', lambda: 'abc'[3])
t('getitem -4', lambda: 'abc'[-4])
t('getitem float', lambda: 'abc'[1.0])
t('getitem None', lambda: 'abc'[None])
t('getitem str', lambda: 'abc'['a'])
t('getitem I', lambda: 'abcdefg'[I()])
t('getitem big', lambda: 'abc'[BIG])
t('getitem True', lambda: 'abc'[True])
t('slices', lambda: ['abcdef'[a:b] for a in [None, -10, -2, 0, 2, 10] for b in [None, -10, -2, 0, 3, 10]])
t('step slices', lambda: ['abcdef'[a:b:c] for a in [None, -1, 1, 4] for b in [None, -5, 2, 5] for c in [1, 2, -1, -2, 3]])
t('slice step 0', lambda: 'abc'[::0])
t('slice big', lambda: 'abcdef'[BIG:])
t('slice float', lambda: 'abcdef'[1.5:])
t('getslice', lambda: ['abc'.__getslice__(a, b) for a in [-1, 0, 1, 5] for b in [-1, 0, 2, 10]])
t('getslice float', lambda: 'abc'.__getslice__(1.0, 2))
t('getslice big', lambda: 'abc'.__getslice__(0, BIG))
t('getslice 1 arg', lambda: 'abc'.__getslice__(1))
t('iter', lambda: [c for c in 'abc'])
t('iter list', lambda: list('hello'))
t('hasattr __iter__', lambda: hasattr('abc', '__iter__'))
t('hasattr __getitem__', lambda: hasattr('abc', '__getitem__'))
t('contains', lambda: ['' in 'abc', 'a' in 'abc', 'bc' in 'abc', 'abcd' in 'abc', 'ac' in 'abc', '' in ''])
t('contains int', lambda: 1 in 'abc')
t('contains None', lambda: None in 'abc')
t('contains bytearray', lambda: bytearray('b') in 'abc')
t('contains unicode', lambda: u'b' in 'abc')
t('contains unicode non-ascii', lambda: u'b' in '\xe9bc')
t('compare', lambda: ['a' < 'b', 'a' < 'ab', 'b' > 'ab', '' < 'a', 'a' == 'a', 'a' != 'b', '\xff' > 'a', 'abc' <= 'abc', 'abd' >= 'abc'])

t('compare int', lambda: ['a' < 1, 1 < 'a', 'a' == 1, 'a' != 1])
t('eq method', lambda: ['a'.__eq__('a'), 'a'.__eq__(1), 'a'.__ne__('b'), 'a'.__lt__(1)])
t('repr', lambda: [repr(s) for s in ["a'b", 'a"b', 'a\'b"c', '\\', '\x00\x1f\x7f\x80\xff', '\t\n\r', "'", '"']])
s0 = 'abc'
t('str', lambda: str(s0) is s0)

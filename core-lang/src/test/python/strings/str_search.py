# str find/index/count/startswith/endswith/split/join/replace/partition/splitlines
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)

class I(object):
    def __index__(self): return 1
class J(object):
    def __int__(self): return 2
BIG = 1000000000000000000000000000000

hay = 'abcabcabXabc'
for sub in ['', 'a', 'abc', 'bca', 'X', 'Xa', 'c', 'abcabcabXabc', 'abcabcabXabcd', 'zz', 'cX']:
    for se in [(), (0,), (1,), (-3,), (3, 9), (-100, 100), (5, 2), (12,), (13,), (100,), (None, None), (None, -2), (2, None), (BIG,), (0, BIG)]:
        r = []
        for m in ['find', 'rfind', 'count', 'startswith', 'endswith']:
            r.append(getattr(hay, m)(sub, *se))
        for m in ['index', 'rindex']:
            try:
                r.append(getattr(hay, m)(sub, *se))
            except ValueError as e:
                r.append(str(e))
        print repr(sub), se, r
for s in ['', 'a']:
    for se in [(0,), (1,), (2,), (-1,), (0, 0), (1, 0)]:
        print repr(s), se, s.find('', *se), s.rfind('', *se), s.count('', *se), s.startswith('', *se), s.endswith('', *se)

t('find int', lambda: 'abc'.find(1))
t('find start str', lambda: 'abc'.find('a', 'x'))
t('find start float', lambda: 'abc'.find('a', 1.0))
t('find I', lambda: 'abc'.find('b', I()))
t('find J', lambda: 'abc'.find('b', J()))
t('find unicode', lambda: 'abc'.find(u'b'))
t('rfind unicode', lambda: 'abcb'.rfind(u'b', 0, 3))
t('find unicode non-ascii', lambda: 'a\xe9'.find(u'b'))
t('find no args', lambda: 'abc'.find())
t('find 4 args', lambda: 'abc'.find('a', 1, 2, 3))
t('find kw', lambda: 'abc'.find(sub='a'))
t('index no args', lambda: 'abc'.index())
t('rindex kw', lambda: 'abc'.rindex('a', start=1))
t('find bytearray', lambda: 'abc'.find(bytearray('c')))
t('index unicode missing', lambda: 'abc'.index(u'x'))
t('count int', lambda: 'abc'.count(1))
t('count unicode', lambda: 'aXbX'.count(u'X'))
t('count no args', lambda: 'abc'.count())
t('count bytearray', lambda: 'abcb'.count(bytearray('b')))
t('startswith tuple', lambda: 'abc'.startswith(('x', 'ab')))
t('startswith empty tuple', lambda: 'abc'.startswith(()))
t('startswith int', lambda: 'abc'.startswith(1))
t('startswith tuple int', lambda: 'abc'.startswith((1,)))
t('startswith tuple hit then int', lambda: 'abc'.startswith(('a', 1)))
t('startswith list', lambda: 'abc'.startswith(['a']))
t('startswith unicode', lambda: 'abc'.startswith(u'ab'))
t('startswith unicode tuple', lambda: 'abc'.startswith((u'x', 'a')))
t('endswith int', lambda: 'abc'.endswith(1))
t('endswith bytearray', lambda: 'abc'.endswith(bytearray('bc')))
t('endswith tuple', lambda: 'abc'.endswith(('c',), 0, 2))

for s in ['', ' ', 'a', ' a b  c ', 'a,b,,c', ',a,', 'a  b\tc\nd', '\x0ba\x0cb\x1cc', 'abc']:
    print repr(s), s.split(), s.rsplit(), s.split(','), s.rsplit(','), s.split(None, 1), s.rsplit(None, 1), s.split(',', 1), s.rsplit(',', 1), s.split(None, 0), s.rsplit(None, 0), s.split(',', 0), s.split(',', -1), s.split(',,')
t('split empty', lambda: 'abc'.split(''))
t('rsplit empty', lambda: 'abc'.rsplit(''))
t('split int', lambda: 'abc'.split(1))
t('split maxsplit str', lambda: 'abc'.split('b', 'x'))
t('split maxsplit float', lambda: 'abc'.split(None, 1.5))
t('split maxsplit None', lambda: 'abc'.split('b', None))
t('split maxsplit J', lambda: 'abcbd'.split('b', J()))
t('split maxsplit I', lambda: 'abcbd'.split('b', I()))
t('split maxsplit big', lambda: 'abc'.split('b', BIG))
t('split kw', lambda: 'abc'.split(sep='b'))
t('split unicode', lambda: 'a b'.split(u' '))
t('rsplit unicode', lambda: 'a b c'.rsplit(u' ', 1))
t('split bytearray', lambda: 'abc'.split(bytearray('b')))
t('split 3 args', lambda: 'abc'.split('b', 1, 2))
t('split long sep', lambda: 'abcabcabc'.split('bca'))
t('rsplit long sep', lambda: 'abcabcabc'.rsplit('bca'))
t('split overlapping', lambda: 'aaaa'.split('aa'))
t('rsplit overlapping', lambda: 'aaaaa'.rsplit('aa'))

for s in ['', 'a', 'a\n', 'a\nb', 'a\r\nb\rc\n\nd', '\n', '\r\n', '\r\r\n', 'a\x0bb\x0cc\x1cd\x85e']:
    print repr(s), s.splitlines(), s.splitlines(True), s.splitlines(0), s.splitlines(2)
t('splitlines str', lambda: 'a'.splitlines('x'))
t('splitlines None', lambda: 'a'.splitlines(None))
t('splitlines float', lambda: 'a'.splitlines(1.5))
t('splitlines J', lambda: 'a\nb'.splitlines(J()))
t('splitlines kw', lambda: 'a\nb'.splitlines(keepends=True))

for s in ['', 'a', 'abc', 'a.b.c', '.', '..', 'a..b']:
    print repr(s), s.partition('.'), s.rpartition('.'), s.partition('..'), s.rpartition('..')
t('partition empty', lambda: 'abc'.partition(''))
t('rpartition empty', lambda: 'abc'.rpartition(''))
t('partition int', lambda: 'abc'.partition(1))
t('partition unicode', lambda: 'abc'.partition(u'b'))
t('rpartition unicode miss', lambda: 'abc'.rpartition(u'x'))
t('partition bytearray', lambda: 'abc'.partition(bytearray('b')))
t('partition none', lambda: 'abc'.partition())

for sep in ['', ',', ', ', 'abc']:
    for seq in [[], ['a'], ['a', 'b'], ('x', 'y', 'z'), 'hello', ['', ''], iter(['p', 'q'])]:
        print repr(sep), repr(sep.join(seq))
t('join int', lambda: ','.join([1]))
t('join mixed', lambda: ','.join(['a', 1]))
t('join unicode', lambda: ','.join(['a', u'b']))
t('join unicode then int', lambda: ','.join([u'a', 1]))
t('join unicode single', lambda: ','.join([u'a']))
t('join not iterable', lambda: ','.join(1))
t('join None', lambda: ','.join(None))
t('join bytearray item', lambda: ','.join([bytearray('b')]))
t('join non-ascii sep unicode', lambda: '\xe9'.join(['a', u'b']))
t('join dict', lambda: ','.join({'k': 1}))
def gen():
    yield 'a'
    raise TypeError('inner')
t('join gen error', lambda: ','.join(gen()))
t('join no args', lambda: ','.join())

for s in ['', 'a', 'abc', 'aaa', 'abcabc']:
    for old, new in [('', '-'), ('a', ''), ('a', 'XY'), ('abc', 'z'), ('x', 'y'), ('', ''), ('aa', 'b')]:
        print repr(s), repr(old), repr(new), repr(s.replace(old, new)), repr(s.replace(old, new, 1)), repr(s.replace(old, new, 0)), repr(s.replace(old, new, -1)), repr(s.replace(old, new, 2))
t('replace int', lambda: 'abc'.replace(1, 'a'))
t('replace int new', lambda: 'abc'.replace('a', 1))
t('replace count str', lambda: 'abc'.replace('a', 'b', 'c'))
t('replace count J', lambda: 'aaa'.replace('a', 'b', J()))
t('replace count I', lambda: 'aaa'.replace('a', 'b', I()))
t('replace count big', lambda: 'aaa'.replace('a', 'b', BIG))
t('replace unicode old', lambda: 'abc'.replace(u'b', 'x'))
t('replace unicode new', lambda: 'abc'.replace('b', u'x'))
t('replace bytearray', lambda: 'abc'.replace(bytearray('b'), 'x'))
t('replace one arg', lambda: 'abc'.replace('a'))

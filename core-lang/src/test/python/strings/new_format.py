# str.format / unicode.format (PEP 3101), string __format__, _formatter_parser
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)

class A(object):
    x = 5
    def __format__(self, spec): return 'A<%s>' % spec
    def __repr__(self): return 'Ar'
    def __str__(self): return 'As'
class UF(object):
    def __format__(self, spec): return u'\xe9<%s>' % spec
class BadF(object):
    def __format__(self, spec): return 5
class Plain(object):
    def __str__(self): return 'plain'
class Old:
    def __str__(self): return 'old'
class Seq(object):
    def __getitem__(self, k): return 'item(%r)' % (k,)

cases = [('{}', (1,), {}), ('{0}{1}', ('a', 'b'), {}), ('{1}{0}', ('a', 'b'), {}), ('{}{1}', ('a', 'b'), {}), ('{0}{}', ('a', 'b'), {}),
  ('{}{}{}', ('a', 'b', 'c'), {}), ('{x}', (), {'x': 1}), ('{x.x}', (), {'x': A()}), ('{0.x}', (A(),), {}), ('{0[1]}', ([5, 6],), {}),
  ('{0[a]}', ({'a': 7},), {}), ('{0[1][0]}', ([5, [8]],), {}), ('{0[-1]}', ({'-1': 3},), {}), ('{0[1x]}', ({'1x': 3},), {}),
  ('{0[0]}', ({0: 'int', '0': 'str'},), {}), ('{0[ 0]}', (Seq(),), {}), ('{0[0]}', (Seq(),), {}), ('{0[x y]}', (Seq(),), {}),
  ('{0.}', (A(),), {}), ('{0[}', ([1],), {}), ('{0[0]x}', ([1],), {}), ('{0..x}', (A(),), {}), ('{0.y}', (A(),), {}), ('{0[]}', ([1],), {}),
  ('{', (), {}), ('}', (), {}), ('a{{b}}c', (), {}), ('{{}}', (), {}), ('{{', (), {}), ('}}', (), {}), ('x}}y{{z', (), {}), ('{0', (1,), {}),
  ('{0:', (1,), {}), ('{0!', (1,), {}), ('{0!}', (1,), {}), ('{!}', (1,), {}), ('{0!r}', (A(),), {}), ('{0!s}', (A(),), {}), ('{0!x}', (A(),), {}),
  ('{0!rx}', (A(),), {}), ('{0!r:>5}', ('a',), {}), ('{0:x}', (A(),), {}), ('{0!\x01}', (1,), {}),
  ('{0:{1}}', ('a', '>5'), {}), ('{0:{1}{2}}', ('a', '>', 5), {}), ('{0:{1:{2}}}', ('a', 'b', 'c'), {}), ('{:{}}', ('a', 5), {}),
  ('{:{}}{}', ('a', 3, 'b'), {}), ('{:{0}}', (3,), {}), ('{0:{}}', (1, 2), {}), ('{0:{1}}', ('x', '{2}'), {}),
  ('{1}', ('a',), {}), ('{x}', (), {}), ('{0}', (), {}), ('{}', (), {}), ('{0:}', ('a',), {}), ('{!r}', ('a',), {}), ('{0}{x}', (1,), {'x': 2}),
  ('{0}', (u'\xe9',), {}), ('{0}', (UF(),), {}), ('{0}', (BadF(),), {}), ('\xe9{0}', ('x',), {}), ('{0:>5}', ('\xe9',), {}),
  ('{a b}', (), {'a b': 1}), ('{0 }', ('x',), {}), ('{ 0}', ('x',), {}), ('{00}', ('x',), {}), ('{0x}', ('x',), {}), ('{-1}', ('x',), {}),
  ('{1000000000000000000000}', ('x',), {}), ('{0.__class__.__name__}', (A(),), {}), ('{.x}', (A(),), {}), ('{[1]}', ('xyz',), {}),
  ('{0:s}', ('abc',), {}), ('{0:d}', ('abc',), {}), ('{0:+}', ('abc',), {}), ('{0:=5}', ('abc',), {}), ('{0:,}', ('abc',), {}),
  ('{0:#}', ('abc',), {}), ('{0:010}', ('abc',), {}), ('{0:x<10}', ('abc',), {}), ('{0:^10}', ('abc',), {}), ('{0:^}', ('abc',), {}),
  ('{0:.2}', ('abc',), {}), ('{0:>10.2s}', ('abc',), {}), ('{0:<<5}', ('ab',), {}), ('{0:{{}}', ('ab',), {}), ('{0:ss}', ('ab',), {}),
  ('{0:.}', ('ab',), {}), ('{0:5.x}', ('ab',), {}), ('{0:99999999999999999999}', ('ab',), {}), ('{0:^6}', ('ab',), {}), ('{0:^7}', ('abc',), {}),
  ('{0:^6}', ('abc',), {}), ('{0:0^6}', ('abc',), {}), ('{0:05}', ('abc',), {}), ('{0:=^5}', ('ab',), {}), ('{0:+^5}', ('ab',), {}),
  ('{0:.0}', ('ab',), {}), ('{0:-}', ('ab',), {}), ('{0: }', ('ab',), {}), ('{0:<}', ('ab',), {}), ('{0:\x01}', ('ab',), {}),
  ('{0!s:}', (u'\xe9',), {}), ('{0}', (None,), {}), ('{0:10}', (None,), {}), ('{0:}', (None,), {}), ('{0:x}', (None,), {}), ('{0:10}', (A(),), {}),
  ('{0}', ([1],), {}), ('{0:5}', ([1],), {}), ('{0[0]}', ('xyz',), {}), ('{0[1:2]}', ('xyz',), {}), ('{0[a]}', ([1],), {}),
  ('{0}', (Plain(),), {}), ('{0:>8}', (Plain(),), {}), ('{0}', (Old(),), {}), ('{0:>5}', (Old(),), {}), ('{0}', (True,), {}),
  ('{0}|{0!r}|{0!s}', ('q',), {}), ('{0:\xe9^5}', ('ab',), {}), ('', (), {}), ('abc', (1, 2), {'x': 3}), ('{0}', (u'\U0001F600',), {}),
]
for fmt, a, k in cases:
    t(repr(fmt), lambda: fmt.format(*a, **k))
    t('u' + repr(fmt), lambda: unicode(fmt, 'latin-1').format(*a, **k))

t('parser', lambda: list('a{0!r:x}b{{c'._formatter_parser()))
t('parser u', lambda: list(u'a{0.x[1]}'._formatter_parser()))
t('parser }}', lambda: list('{}}'._formatter_parser()))
t('parser empty', lambda: list(''._formatter_parser()))
t('parser {}', lambda: list('{}'._formatter_parser()))
t('parser {:}', lambda: list('{:}'._formatter_parser()))
t('parser {{', lambda: list('{{'._formatter_parser()))
t('parser a{', lambda: list('a{'._formatter_parser()))
t('parser }{', lambda: list('}{'._formatter_parser()))
t('parser x{!}', lambda: list('x{!}'._formatter_parser()))
t('parser nested', lambda: list('{0:{1}}x{2!s}'._formatter_parser()))
t('split 0.x[1]', lambda: ('0.x[1]'._formatter_field_name_split()[0], list('0.x[1]'._formatter_field_name_split()[1])))
t('split x', lambda: ('x'._formatter_field_name_split()[0], list('x'._formatter_field_name_split()[1])))
t('split empty', lambda: (''._formatter_field_name_split()[0], list(''._formatter_field_name_split()[1])))
t('split a.', lambda: ('a.'._formatter_field_name_split()[0], list('a.'._formatter_field_name_split()[1])))
t('split u12[x]', lambda: (u'12[x]'._formatter_field_name_split()[0], list(u'12[x]'._formatter_field_name_split()[1])))
t('split a[b]c', lambda: list('a[b]c'._formatter_field_name_split()[1]))
t('__format__ str', lambda: ('abc'.__format__('>5'), 'abc'.__format__(u'>5'), u'abc'.__format__('>5'), 'abc'.__format__('')))
t('__format__ int arg', lambda: 'abc'.__format__(5))
t('__format__ u int arg', lambda: u'abc'.__format__(5))
t('__format__ no arg', lambda: 'abc'.__format__())
t('__format__ non-ascii', lambda: '\xe9'.__format__(u'>3'))
t('__format__ non-ascii spec', lambda: 'ab'.__format__(u'\xe9>3'))
t('__format__ u non-ascii spec', lambda: u'ab'.__format__('\xe9>3'))
t('__format__ unknown', lambda: 'ab'.__format__('\xe9'))
t('__format__ u unknown', lambda: u'ab'.__format__(u'\u20ac'))
t('__format__ comma d', lambda: 'ab'.__format__(',d'))
t('object __format__', lambda: (object.__format__(Plain(), ''), object.__format__(Plain(), u'>7'), object.__format__(Plain(), '^9')))
t('format kw self', lambda: '{self}'.format(self=1))
t('format many', lambda: '{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}'.format('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'))

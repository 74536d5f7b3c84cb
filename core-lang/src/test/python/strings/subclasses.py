# str/unicode/basestring construction and subclasses
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)

class S(str):
    pass
class U(unicode):
    pass
class SR(str):
    def __repr__(self): return 'SR(%s)' % str.__repr__(self)
    def __str__(self): return 'as-str'
class UU(unicode):
    def __unicode__(self): return u'from __unicode__'
class SNew(str):
    def __new__(cls, a, b):
        return str.__new__(cls, a + b)
class SInit(str):
    def __init__(self, *args):
        self.extra = args
class Up(str):
    def upper(self): return 'overridden'
class Slots(str):
    __slots__ = ()

s = S('abc')
u = U(u'd\xe9f')
t('S', lambda: (type(s).__name__, s, len(s), s == 'abc', s + 'x', type(s + 'x').__name__, isinstance(s, str), isinstance(s, basestring)))
t('S attrs', lambda: (setattr(s, 'tag', 1), s.tag))
t('U', lambda: (type(u).__name__, u, len(u), u == u'd\xe9f', type(u[:]).__name__, isinstance(u, unicode), isinstance(u, basestring)))
t('S hash', lambda: hash(s) == hash('abc'))
t('U hash', lambda: hash(u) == hash(u'd\xe9f'))
t('S dict key', lambda: {s: 1}['abc'])
t('str(S)', lambda: (str(s), type(str(s)).__name__))
t('unicode(S)', lambda: (unicode(s), type(unicode(s)).__name__))
t('unicode(U)', lambda: (unicode(u), type(unicode(u)).__name__))
t('str(U)', lambda: str(U(u'abc')))
t('str(U non-ascii)', lambda: str(u))
t('SR repr', lambda: (repr(SR('x')), str(SR('x')), '%s' % SR('x'), '%r' % SR('x'), '{0}'.format(SR('x'))))
t('UU', lambda: (unicode(UU(u'x')), '%s' % UU(u'y')))
t('SNew', lambda: (SNew('a', 'b'), type(SNew('a', 'b')).__name__))
t('SInit', lambda: (SInit('q'), SInit('q').extra))
t('Up', lambda: (Up('a').upper(), str.upper(Up('a')), Up('a').lower()))
t('Slots', lambda: Slots('z'))
t('Slots attr', lambda: setattr(Slots('z'), 'q', 1))
t('S()', lambda: (S(), type(S()).__name__))
t('S(5)', lambda: S(5))
t('U(str, enc)', lambda: U('\xc3\xa9', 'utf-8'))
t('U()', lambda: U())
t('str.__new__(S)', lambda: type(str.__new__(S, 'q')).__name__)
t('str.__new__(int)', lambda: str.__new__(int, 'q'))
t('str.__new__(U)', lambda: str.__new__(U, 'q'))
t('unicode.__new__(S)', lambda: unicode.__new__(S, 'q'))
t('basestring()', lambda: basestring())
t('basestring subclass', lambda: type('B', (basestring,), {})())
t('str type', lambda: (str.__name__, unicode.__name__, basestring.__name__, str.__bases__, unicode.__bases__, basestring.__bases__))
t('str mro', lambda: str.__mro__)
t('isinstance', lambda: (isinstance('a', basestring), isinstance(u'a', basestring), isinstance(1, basestring), issubclass(S, basestring)))
t('str doc', lambda: str.__doc__)
t('unicode doc', lambda: unicode.__doc__)
t('S slice', lambda: (s[1:], type(s[1:]).__name__, s[:], type(s[:]).__name__, type(s.__getslice__(0, 10)).__name__))
t('S methods', lambda: [type(getattr(s, m)()).__name__ for m in ['upper', 'lower', 'strip', 'title', 'swapcase', 'capitalize', 'expandtabs']])
t('S partition', lambda: [type(x).__name__ for x in s.partition('x') + s.rpartition('x') + s.partition('b')])
t('S split', lambda: [type(x).__name__ for x in (s.split()[0], s.split('x')[0], s.splitlines()[0], s.rsplit()[0], s.rsplit('x')[0])])
t('S join', lambda: (type(''.join([s])).__name__, type(''.join([s, s])).__name__))
t('S mod', lambda: (S('%s') % 1, type(S('%s') % 1).__name__))
t('S replace', lambda: (type(s.replace('x', 'y')).__name__, type(s.replace('a', 'y')).__name__))
t('S center', lambda: (type(s.center(1)).__name__, type(s.zfill(1)).__name__, type(s.ljust(1)).__name__))
t('U methods', lambda: [type(getattr(u, m)()).__name__ for m in ['upper', 'lower', 'strip', 'title', 'swapcase', 'capitalize', 'expandtabs']])
t('U partition', lambda: [type(x).__name__ for x in u.partition(u'x') + u.rpartition(u'x')])
t('U join', lambda: type(u''.join([u])).__name__)
t('S mul', lambda: (type(s * 1).__name__, type(s * 2).__name__))
t('S iter', lambda: [c for c in s])
t('S getnewargs', lambda: (s.__getnewargs__(), type(s.__getnewargs__()[0]).__name__))
t('U getnewargs', lambda: (u.__getnewargs__(), type(u.__getnewargs__()[0]).__name__))
t('S eq U', lambda: (S('a') == U(u'a'), U(u'a') == S('a'), S('a') < U(u'b')))
class Eq(str):
    def __eq__(self, o): return 'custom-eq'
t('Eq', lambda: (Eq('a') == 'a', 'a' == Eq('a'), Eq('a') != 'a'))
class Add(str):
    def __radd__(self, o): return 'radd'
t('Add', lambda: ('x' + Add('y'), Add('y') + 'x'))
class Mod(str):
    def __rmod__(self, o): return 'rmod'
t('Mod', lambda: ('%s' % Mod('y'),))
class Cont(str):
    def __contains__(self, o): return True
t('Cont', lambda: ('zz' in Cont('a'), 1 in Cont('a')))
class Len(unicode):
    def __len__(self): return 42
t('Len', lambda: (len(Len(u'a')), Len(u'a').center(3)))

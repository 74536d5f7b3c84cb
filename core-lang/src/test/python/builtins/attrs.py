# getattr, setattr, delattr, hasattr, isinstance, issubclass, callable, iter, next, len,
# repr, hash, id, intern, format, open and the names of __builtin__.
import __builtin__


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '!!', type(e).__name__, e
    else:
        print label, repr(r)


class C(object):
    cls_attr = 'class'

    def __init__(self):
        self.x = 1

    @property
    def broken(self):
        raise AttributeError('from property')

    @property
    def other(self):
        raise ValueError('from property')


class G(object):
    def __getattr__(self, name):
        if name == 'dyn':
            return 'dynamic'
        raise AttributeError(name)


class Old:
    y = 2

c = C()
print '--- getattr'
show('getattr', lambda: getattr(c, 'x'))
show('getattr class', lambda: getattr(c, 'cls_attr'))
show('getattr unicode', lambda: getattr(c, u'x'))
show('getattr missing', lambda: getattr(c, 'nope'))
show('getattr default', lambda: getattr(c, 'nope', 'dflt'))
show('getattr default None', lambda: getattr(c, 'nope', None))
show('getattr property AttributeError', lambda: getattr(c, 'broken', 'dflt'))
show('getattr property ValueError', lambda: getattr(c, 'other', 'dflt'))
show('getattr __getattr__', lambda: getattr(G(), 'dyn'))
show('getattr __getattr__ missing', lambda: getattr(G(), 'none', 'dflt'))
show('getattr old', lambda: getattr(Old(), 'y'))
show('getattr old missing', lambda: getattr(Old(), 'z'))
show('getattr int name', lambda: getattr(c, 5))
show('getattr None name', lambda: getattr(c, None, 1))
show('getattr bad unicode', lambda: getattr(c, u'\xe9'))
show('getattr 1', lambda: getattr(c))
show('getattr 4', lambda: getattr(c, 'x', 1, 2))
show('getattr kw', lambda: getattr(c, 'x', default=1))
show('getattr type', lambda: getattr(int, '__name__'))
show('getattr abstract', lambda: getattr(C, '__abstractmethods__', 'none'))
show('getattr module', lambda: getattr(__builtin__, 'nope'))

print '--- hasattr'
show('hasattr', lambda: hasattr(c, 'x'))
show('hasattr missing', lambda: hasattr(c, 'nope'))
show('hasattr property AttributeError', lambda: hasattr(c, 'broken'))
show('hasattr property ValueError', lambda: hasattr(c, 'other'))
show('hasattr int name', lambda: hasattr(c, 5))
show('hasattr unicode', lambda: hasattr(c, u'x'))
show('hasattr 1', lambda: hasattr(c))


class KI(object):
    @property
    def p(self):
        raise KeyboardInterrupt

try:
    hasattr(KI(), 'p')
except KeyboardInterrupt:
    print 'hasattr lets KeyboardInterrupt through'

print '--- setattr / delattr'
setattr(c, 'y', 5)
print c.y
setattr(c, u'uy', 6)
print c.uy
delattr(c, 'y')
print hasattr(c, 'y')
show('setattr int name', lambda: setattr(c, 5, 1))
show('setattr on int', lambda: setattr(1, 'x', 1))
show('setattr builtin type', lambda: setattr(int, 'x', 1))
show('setattr 2', lambda: setattr(c, 'x'))
show('delattr missing', lambda: delattr(c, 'nope'))
show('delattr int', lambda: delattr(1, 'x'))
show('delattr name', lambda: delattr(c, 5))
show('delattr 1', lambda: delattr(c))
show('setattr returns', lambda: setattr(c, 'z', 1))

print '--- isinstance / issubclass'
show('isinstance', lambda: (isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance('a', basestring)))
show('isinstance tuple', lambda: isinstance(1, (str, (list, int))))
show('isinstance old', lambda: (isinstance(Old(), Old), isinstance(Old(), object), isinstance(c, C)))
show('isinstance bad', lambda: isinstance(1, 5))
show('isinstance bad in tuple', lambda: isinstance(1, (int, 5)))
show('isinstance bad in tuple 2', lambda: isinstance(1, (str, 5)))
show('isinstance 1', lambda: isinstance(1))
show('issubclass', lambda: (issubclass(bool, int), issubclass(int, bool), issubclass(C, object), issubclass(Old, Old)))
show('issubclass tuple', lambda: issubclass(bool, (str, int)))
show('issubclass bad 1', lambda: issubclass(5, int))
show('issubclass bad 2', lambda: issubclass(int, 5))
show('issubclass instance', lambda: issubclass(c, C))


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'

    def __subclasscheck__(cls, sub):
        return sub is int


class Checked(object):
    __metaclass__ = Meta

show('instancecheck', lambda: (isinstance('magic', Checked), isinstance(c, Checked)))
show('subclasscheck', lambda: (issubclass(int, Checked), issubclass(str, Checked)))

print '--- callable'
show('callable', lambda: [callable(x) for x in (len, C, c, Old, Old(), 1, lambda: 0, c.__init__, int.__add__, None)])


class CallMe(object):
    def __call__(self):
        return 'called'


class OldCall:
    def __call__(self):
        return 'old called'

show('callable __call__', lambda: (callable(CallMe()), callable(OldCall()), CallMe()(), OldCall()()))
show('callable 2', lambda: callable(1, 2))

print '--- iter / next'
it = iter([1, 2])
show('next', lambda: (next(it), next(it)))
show('next exhausted', lambda: next(it))
show('next default', lambda: next(it, 'dflt'))
show('next not iterator', lambda: next([1]))
show('next int', lambda: next(5))
show('next 0', lambda: next())
show('next 3', lambda: next(it, 1, 2))
show('iter int', lambda: iter(5))
show('iter 3', lambda: iter([], 1, 2))
show('iter callable not', lambda: iter(5, 6))
counter = [0]


def count():
    counter[0] += 1
    return counter[0]

ci = iter(count, 4)
show('iter sentinel', lambda: list(ci))
show('iter sentinel after', lambda: list(ci))
print type(ci).__name__


class StopWith(object):
    def __iter__(self):
        return self

    def next(self):
        raise StopIteration('value')

show('next StopIteration value', lambda: next(StopWith()))
show('next StopIteration default', lambda: next(StopWith(), 'd'))


class OldIter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def next(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('old')
        return self.n

oi = OldIter()
show('old next', lambda: (next(oi), next(oi)))
show('old next stop', lambda: next(oi))


class SeqOnly(object):
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError

show('iter getitem', lambda: list(iter(SeqOnly())))


def raising():
    raise StopIteration

show('iter callable StopIteration', lambda: list(iter(raising, None)))

print '--- len / repr / hash / id'
show('len', lambda: (len('abc'), len([1]), len({}), len(()), len(u'\U00010000')))
show('len int', lambda: len(5))
show('len 0', lambda: len())
show('len kw', lambda: len(obj=1))


class BadLen(object):
    def __len__(self):
        return -1


class LongLen(object):
    def __len__(self):
        return 2 ** 70

show('len negative', lambda: len(BadLen()))
show('len long', lambda: len(LongLen()))
show('repr', lambda: (repr(1), repr('a'), repr([None]), repr(Old)[:20]))


class BadRepr(object):
    def __repr__(self):
        return 5

show('repr bad', lambda: repr(BadRepr()))
show('hash', lambda: (hash(1), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2))))
show('hash list', lambda: hash([]))
show('hash dict', lambda: hash({}))
show('id', lambda: (id(c) == id(c), id(c) != id(C()), type(id(c)).__name__))

print '--- intern / format'
s = intern('interned string')
show('intern', lambda: intern('interned string') is s)
show('intern unicode', lambda: intern(u'a'))
show('intern int', lambda: intern(1))
show('intern None', lambda: intern(None))


class MyStr(str):
    pass

show('intern subclass', lambda: intern(MyStr('x')))
show('intern 0', lambda: intern())
show('format', lambda: (format(3), format('a', ''), format(u'b'), format('s', u'')))
show('format spec int', lambda: format('a', 1))
show('format 0', lambda: format())
show('format 3', lambda: format(1, '', 2))
show('format kw', lambda: format(1, format_spec=''))


class Fmt(object):
    def __format__(self, spec):
        return 'Fmt(' + spec + ')'


class BadFmt(object):
    def __format__(self, spec):
        return 5

show('format custom', lambda: format(Fmt(), 'spec'))
show('format bad', lambda: format(BadFmt()))

print '--- open / misc'
show('open missing', lambda: open('/nonexistent/x'))
show('open no args', lambda: open())
show('open type', lambda: type(open).__name__)
print [type(getattr(__builtin__, n)).__name__ for n in ('len', 'open', 'print', '__import__', 'super', 'bytes', 'file')]
print __builtin__.bytes is str, __builtin__.True is True, __builtin__.__debug__
print __builtin__.__name__, __builtin__.__doc__.split('\n')[0]
print len.__name__, len.__module__, len.__self__, repr(len)
print len.__doc__
print zip.__doc__.split('\n')[0]
print sorted(n for n in dir(__builtin__) if not n[0].isupper() and not n.startswith('_'))
print [n for n in dir(__builtin__) if n[0].isupper()]
print [n for n in dir(__builtin__) if n.startswith('_')]

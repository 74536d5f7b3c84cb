# pickle writes CPython 2.7's exact bytes for each protocol, and reads them back
import pickle, cPickle, copy_reg

class Old:
    def __init__(self, a=1):
        self.a = a
class OldInit:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __getinitargs__(self):
        return (self.x, self.y)
class New(object):
    def __init__(self):
        self.z = [1, 2]
class Slots(object):
    __slots__ = ('p', 'q')
class WithState(object):
    def __getstate__(self):
        return {'s': 42}
    def __setstate__(self, st):
        self.restored = st
class Red(object):
    def __reduce__(self):
        return (Red2, (1, 'two'))
class Red2(object):
    def __init__(self, a, b):
        self.args = (a, b)
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyInt(int):
    pass

def build():
    rec = []
    rec.append(rec)
    shared = [1, 2]
    t = (shared, shared)
    s = Slots(); s.p = 'pp'
    d = {}
    d['self'] = d
    ml = MyList([1, 2, 3]); ml.attr = 'x'
    return [rec, t, d, None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -65536, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
            2**62, 0L, 1L, -1L, 255L, -256L, 2**64, -2**100, 1.5, -0.0, 1e300, 'abc', '', 'a\nb\x00\xff', 'x' * 300,
            u'', u'uni\u1234\n\\', (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {'k': 'v'},
            Old(), Old(5), OldInit(1, 'y'), New(), s, WithState(), Red(), ml, MyDict(a=1), MyInt(7),
            len, Old, New, pickle.Pickler, range(1200), set([1]), frozenset(), complex(1, 2)]

def norm(o):
    # a comparable form of a loaded object
    if isinstance(o, (Old, OldInit, New)):
        return (type(o).__name__, sorted(o.__dict__.items()))
    if isinstance(o, Slots):
        return ('Slots', o.p)
    if isinstance(o, WithState):
        return ('WithState', o.restored)
    if isinstance(o, Red2):
        return ('Red2', o.args)
    if isinstance(o, (type, type(Old))):
        return ('class', o.__name__)
    return repr(o)[:80]

for proto in (0, 1, 2):
    objs = build()
    for o in objs:
        try:
            data = pickle.dumps(o, proto)
        except Exception as e:
            print proto, type(e).__name__, e
            continue
        print proto, repr(data)[:300]
        back = pickle.loads(data)
        print '   ->', norm(back)
        assert cPickle.loads(data) is not None or back is None
    # the whole list at once: shared references and the memo
    if proto < 2:
        objs = [o for o in objs if not isinstance(o, Slots)]
    data = pickle.dumps(objs, proto)
    print proto, 'all', len(data), hash(data)
    back = pickle.loads(data)
    print back[0] is back[0][0], back[1][0] is back[1][1], back[2]['self'] is back[2]

# errors
for bad in ['', 'X', '(', 'S\'abc\n.', 'Sabc\n.', '\x80\x05.']:
    try:
        print repr(pickle.loads(bad))
    except Exception as e:
        print repr(bad), type(e).__name__
def local():
    pass
for o in (local, lambda: 0):
    try:
        pickle.dumps(o)
    except pickle.PicklingError as e:
        print 'PicklingError', str(e).split(' at ')[0]
try:
    pickle.dumps(1, 3)
except ValueError as e:
    print 'ValueError', e
print pickle.HIGHEST_PROTOCOL, pickle.format_version, pickle.encode_long(-129) if hasattr(pickle, 'encode_long') else None

# The numeric builtins: abs, divmod, pow, round, hex, oct, bin, chr, unichr, ord, cmp,
# coerce, range; arguments and error messages as CPython 2.7.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print label, '!!', type(e).__name__, e
    else:
        print label, repr(r)


class Idx(object):
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class HexOct(object):
    def __hex__(self):
        return '0xHEX'

    def __oct__(self):
        return 'OCT'


class BadHex(object):
    def __hex__(self):
        return 5

    def __oct__(self):
        return u'7'


class OldHex:
    def __hex__(self):
        return 'old-hex'


class OldNone:
    pass


class IntLike(object):
    def __int__(self):
        return 7

print '--- abs'
show('abs int', lambda: abs(-5))
show('abs long', lambda: abs(-2 ** 70))
show('abs float', lambda: abs(-2.5))
show('abs complex', lambda: abs(3 + 4j))
show('abs bool', lambda: abs(True))
show('abs str', lambda: abs('a'))
show('abs none', lambda: abs())
show('abs two', lambda: abs(1, 2))

print '--- divmod / pow'
show('divmod', lambda: divmod(7, 2))
show('divmod neg', lambda: divmod(-7, 2))
show('divmod float', lambda: divmod(7.5, 2))
show('divmod zero', lambda: divmod(1, 0))
show('divmod str', lambda: divmod('a', 1))
show('divmod 1', lambda: divmod(1))
show('pow', lambda: pow(2, 10))
show('pow neg', lambda: pow(2, -1))
show('pow mod', lambda: pow(2, 10, 7))
show('pow mod None', lambda: pow(2, 10, None))
show('pow long mod', lambda: pow(3, 200, 10 ** 9))
show('pow str', lambda: pow('a', 2))
show('pow 3 str', lambda: pow(2, 'a', 3))
show('pow float mod', lambda: pow(2.0, 2, 3))
show('pow neg mod', lambda: pow(2, -1, 5))
show('pow 1', lambda: pow(2))
show('pow 4', lambda: pow(1, 2, 3, 4))
show('pow kw', lambda: pow(1, 2, z=3))

print '--- round'
for args in [(2.675, 2), (0.5,), (1.5,), (2.5,), (-0.5,), (-1.5,), (-0.4,), (0.49999999999999994,),
             (123.456, -1), (123.456, -2), (5, 2), (5,), (2 ** 60,), (1e16 + 1,), (1.25, 1), (1.35, 1),
             (-2.5, 0), (0.0, -2), (-0.0,), (1e-320, 323), (5e-324, 323), (1.5, 10 ** 30), (1.5, -10 ** 30),
             (-1.5, -10 ** 30), (2.5, True), (1234567.891, 400), (1e300, -300), (0.125, 2), (0.375, 2),
             (2.5e-8, 8), (1 / 3.0, 5), (-1 / 3.0, 5), (12345.5, -1), (15.0, -1), (25.0, -1), (-25.0, -1),
             (0.1, 20), (1e22, -22), (5e22, -23), (1.0000000000000002, 15), (1.0000000000000002, 16),
             (2 ** 52 + 0.5,), (2 ** 53 - 1.0,), (4503599627370495.5,), (9007199254740991.0, -1),
             (1.7976931348623157e+308, -307), (10 ** 20,), (7, -1), (Idx(3).n, Idx(1).n),
             (float('nan'),), (float('inf'),), (float('-inf'), 3)]:
    show('round' + repr(args), lambda: round(*args))
show('round overflow', lambda: round(1.7976931348623157e+308, -308))
show('round str', lambda: round('a'))
show('round float nd', lambda: round(1.5, 1.5))
show('round str nd', lambda: round(1.5, 'a'))
show('round None nd', lambda: round(2.5, ndigits=None))
show('round Idx nd', lambda: round(2.55, Idx(1)))
show('round kw', lambda: round(number=2.5))
show('round kw both', lambda: round(ndigits=1, number=2.25))
show('round bad kw', lambda: round(2.5, x=1))
show('round dup', lambda: round(2.5, number=1))
show('round none', lambda: round())
show('round 3', lambda: round(1, 2, 3))
show('round IntLike', lambda: round(IntLike()))
show('round long', lambda: round(10 ** 400))
show('round type', lambda: type(round(3)).__name__)

print '--- hex / oct / bin'
for v in [255, -255, 0, 2 ** 70, -2 ** 70, 255L, True, 8]:
    show('hex/oct/bin ' + repr(v), lambda: (hex(v), oct(v), bin(v)))
show('hex float', lambda: hex(1.5))
show('oct float', lambda: oct(1.5))
show('bin float', lambda: bin(1.5))
show('hex str', lambda: hex('a'))
show('bin str', lambda: bin('a'))
show('hex HexOct', lambda: (hex(HexOct()), oct(HexOct())))
show('hex BadHex', lambda: hex(BadHex()))
show('oct BadHex', lambda: oct(BadHex()))
show('hex old', lambda: hex(OldHex()))
show('hex old none', lambda: hex(OldNone()))
show('bin Idx', lambda: bin(Idx(5)))
show('bin Idx neg', lambda: bin(Idx(-6)))
show('bin Idx long', lambda: bin(Idx(2 ** 65)))
show('hex Idx', lambda: hex(Idx(5)))
show('hex none', lambda: hex())
show('bin kw', lambda: bin(x=1))

print '--- chr / unichr / ord'
show('chr', lambda: [chr(i) for i in (0, 65, 127, 128, 255)])
show('chr 256', lambda: chr(256))
show('chr -1', lambda: chr(-1))
show('chr float', lambda: chr(65.0))
show('chr str', lambda: chr('a'))
show('chr long', lambda: chr(2 ** 64))
show('chr small long', lambda: chr(65L))
show('chr bool', lambda: chr(True))
show('chr IntLike', lambda: chr(IntLike()))
show('chr none', lambda: chr())
show('chr 2', lambda: chr(1, 2))
show('chr kw', lambda: chr(i=1))
show('unichr', lambda: [unichr(i) for i in (0, 65, 255, 0x100, 0xd800, 0xffff, 0x10000, 0x10ffff)])
show('unichr big', lambda: unichr(0x110000))
show('unichr neg', lambda: unichr(-1))
show('unichr huge', lambda: unichr(2 ** 40))
show('unichr float', lambda: unichr(1.5))
show('unichr none', lambda: unichr())
show('unichr len', lambda: len(unichr(0x10000)))
show('ord', lambda: [ord(c) for c in ('\0', 'A', '\xff', u'\u20ac', u'\U00010000')])
show('ord 2', lambda: ord('ab'))
show('ord empty', lambda: ord(''))
show('ord u2', lambda: ord(u'ab'))
show('ord int', lambda: ord(1))
show('ord None', lambda: ord(None))
show('ord list', lambda: ord(['a']))
show('ord bytearray', lambda: ord(bytearray('a')))
show('ord bytearray 2', lambda: ord(bytearray('ab')))
show('ord none', lambda: ord())


class MyStr(str):
    pass

show('ord MyStr', lambda: ord(MyStr('z')))

print '--- cmp / coerce'
show('cmp', lambda: (cmp(1, 2), cmp(2, 1), cmp(1, 1), cmp('b', 'a'), cmp([1], [1]), cmp(None, 0)))
show('cmp 1', lambda: cmp(1))
show('cmp kw', lambda: cmp(1, y=2))
show('coerce int float', lambda: coerce(1, 2.5))
show('coerce float int', lambda: coerce(2.5, 1))
show('coerce int long', lambda: coerce(1, 1L))
show('coerce float complex', lambda: coerce(1.5, 1j))
show('coerce int int', lambda: coerce(1, 2))
show('coerce None None', lambda: coerce(None, None))
show('coerce list list', lambda: coerce([1], [2]))
show('coerce int str', lambda: coerce(1, 'a'))
show('coerce str str', lambda: coerce('a', 'b'))
show('coerce int None', lambda: coerce(1, None))


class Co(object):
    def __coerce__(self, other):
        return (self, Co())


class CoNone(object):
    def __coerce__(self, other):
        return None


class CoBad(object):
    def __coerce__(self, other):
        return (1, 2, 3)


class OldCo:
    def __coerce__(self, other):
        return (1, 2)


class OldCoNone:
    def __coerce__(self, other):
        return None


class OldCoBad:
    def __coerce__(self, other):
        return 5


show('coerce Co', lambda: [type(x).__name__ for x in coerce(Co(), 1)])
show('coerce int Co', lambda: [type(x).__name__ for x in coerce(1, Co())])
show('coerce CoNone', lambda: coerce(CoNone(), 1))
show('coerce CoBad', lambda: coerce(CoBad(), 1))
show('coerce OldCo', lambda: coerce(OldCo(), 1))
show('coerce int OldCo', lambda: coerce(1, OldCo()))
show('coerce OldCoNone', lambda: coerce(OldCoNone(), 'x'))
show('coerce OldCoBad', lambda: coerce(OldCoBad(), 1))
show('coerce old plain', lambda: [type(x).__name__ for x in coerce(OldNone(), 1)])
show('coerce 1', lambda: coerce(1))

print '--- range'
for args in [(5,), (-5,), (2, 5), (5, 2), (0, 10, 3), (10, 0, -3), (5, 1, -2), (2 ** 62, 2 ** 62 + 3),
             (0, 2 ** 64, 2 ** 63), (10 ** 20, 10 ** 20 + 2), (True,), (-3, 3, 2), (3L,), (0, 1, 2 ** 70),
             (IntLike(),), (-2 ** 63, -2 ** 63 + 2), (2 ** 63 - 2, 2 ** 63 + 1)]:
    show('range' + repr(args if not isinstance(args[0], IntLike) else 'IntLike'), lambda: range(*args))
show('range float', lambda: range(1.5))
show('range float 2', lambda: range(1, 2.5))
show('range float start', lambda: range(1.5, 2))
show('range float step', lambda: range(1, 2, 1.0))
show('range str', lambda: range('a'))
show('range zero step', lambda: range(1, 2, 0))
show('range zero step long', lambda: range(1, 2 ** 64, 0))
show('range huge', lambda: range(2 ** 64))
show('range too many', lambda: range(-2 ** 63, 2 ** 63 - 1))
show('range none', lambda: range())
show('range 4', lambda: range(1, 2, 3, 4))
show('range kw', lambda: range(stop=3))
show('range Idx', lambda: range(Idx(3)))

# float: construction, parsing, methods, arithmetic special cases, comparisons, hashes.
import sys

nan = float('nan')
inf = float('inf')


def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print expr, '!!', type(e).__name__, e
    else:
        print expr, '->', repr(r), type(r).__name__


class E(object):
    def __float__(self):
        return 2.5


class G(object):
    def __float__(self):
        return 2


class H:
    def __float__(self):
        return 3.5


class T(object):
    def __trunc__(self):
        return 7


class T2(object):
    def __trunc__(self):
        return 7.5


class I(object):
    def __int__(self):
        return 2 ** 70


class J(object):
    def __int__(self):
        return 'x'


for e in [
    "float()", "float(1)", "float(2**70)", "float(10**400)", "float(-10**400)", "float(True)", "float('inf')",
    "float('-Infinity')", "float('iNfInItY')", "float('nan')", "float('-nan')", "float('  1.5  ')", "float('x')",
    "float('')", "float('1e500')", "float('-1e500')", "float('1e-400')", "float('0x10')", "float(u'1.5')",
    "float('infinityx')", "float('infinit')", "float('1.5L')", "float('  x ')", "float(' 1x ')", "float('1\\x00')",
    "float('\\x00')", "float(u' 1x ')", "float(u'x')", "float(u'\\u0661.5')", "float(u'x\\u20ac')", "float('- 1')",
    "float('+.5')", "float('.')", "float('.e1')", "float('1.e5')", "float('1e+')", "float('1e5x')", "float('1_0')",
    "float('1d5')", "float('1.5f')", "float('0x1p3')", "float('nan ')", "float(' -inf')", "float('+nan')",
    "float('0.1')", "float('.1')", "float('1.')", "float('-0')", "float('2.2250738585072011e-308')",
    "float('4.9406564584124654e-324')", "float('2.4703282292062327e-324')", "float('2.4703282292062328e-324')",
    "float('1.7976931348623157e308')", "float('1.7976931348623159e308')", "float('9007199254740993')",
    "float(None)", "float(1, 2)", "float(x=1)", "float(1j)", "float(E())", "float(G())", "float(H())", "float([])",
    "int(E())", "int(T())", "int(T2())", "long(T())", "int(I())", "int(J())",
    # methods
    "(1.5).as_integer_ratio()", "(0.0).as_integer_ratio()", "(-0.75).as_integer_ratio()", "(1e300).as_integer_ratio()",
    "(1e-300).as_integer_ratio()[0]", "(5e-324).as_integer_ratio()[1] == 2**1074", "inf.as_integer_ratio()",
    "nan.as_integer_ratio()", "(2.0).is_integer()", "(2.5).is_integer()", "inf.is_integer()", "nan.is_integer()",
    "(1e300).is_integer()", "(-0.0).is_integer()", "(1.5).hex()", "(-0.0).hex()", "(0.0).hex()", "inf.hex()",
    "(-inf).hex()", "nan.hex()", "(5e-324).hex()", "(1.0).hex()", "(1e308).hex()", "(0.1).hex()", "(-0.1).hex()",
    "(2.2250738585072014e-308).hex()", "(2.225073858507201e-308).hex()", "(1.7976931348623157e308).hex()",
    "float.fromhex('inf')", "float.fromhex(' -Infinity ')", "float.fromhex('nan')", "float.fromhex('-nan')",
    "float.fromhex('0x1p-1074')", "float.fromhex('0x1p-1075')", "float.fromhex('0x1.8p-1075')",
    "float.fromhex('0x3p-1076')", "float.fromhex('0x1p1024')", "float.fromhex('0x1.fffffffffffff8p1023')",
    "float.fromhex('0x1.fffffffffffff7p1023')", "float.fromhex('1')", "float.fromhex('0x')", "float.fromhex('0x.')",
    "float.fromhex('0x.8')", "float.fromhex('.8')", "float.fromhex('1.')", "float.fromhex('x1')", "float.fromhex('0x1p')",
    "float.fromhex('0x1p+')", "float.fromhex('0X1P+3')", "float.fromhex(' 0x1 ')", "float.fromhex('0x1 x')",
    "float.fromhex(1)", "float.fromhex(u'0x1')", "float.fromhex('0x1p-100000000000000000000')",
    "float.fromhex('0x1p100000000000000000000')", "float.fromhex('0x0p100000000000000000000')", "float.fromhex('-0x0p0')",
    "float.fromhex('0x1.ffffp10')", "float.fromhex('-0x1p-1074')", "float.fromhex('0x.0000000000001p-1022')",
    "float.fromhex('0x1.00000000000008p0')", "float.fromhex('0x1.00000000000018p0')", "float.fromhex('0xabcdef.123p-20')",
    "float.__getformat__('double')", "float.__getformat__('float')", "float.__getformat__('x')", "float.__getformat__(1)",
    "float.__setformat__('double', 'x')", "float.__setformat__('x', 'unknown')",
    "float.__setformat__('double', 'IEEE, big-endian')", "float.__setformat__('float', 'IEEE, big-endian')",
    "float.__setformat__('double', 'IEEE, little-endian')", "(2.5).__trunc__()", "(-2.5).__trunc__()",
    "(1e20).__trunc__()", "(2.0**63).__int__()", "(2.0**63 - 1024).__int__()", "(-2.0**63).__int__()",
    "(-2.0**63).__long__()", "(1.5).__int__()", "(1e30).__int__()", "(1e30).__long__()", "inf.__int__()",
    "nan.__long__()", "(1.5).__float__()", "(1.5).__getnewargs__()", "(1.5).conjugate()", "(1.5).real", "(1.5).imag",
    "(1.5).__nonzero__()", "(0.0).__nonzero__()", "(-0.0).__nonzero__()", "nan.__nonzero__()",
    "(1.5).__coerce__(1)", "(1.5).__coerce__(2L)", "(1.5).__coerce__(10**400)", "(1.5).__coerce__(2.5)",
    "(1.5).__coerce__('a')", "(1.5).__coerce__(1j)", "(1.5).__eq__(1)", "(1.5).__lt__(2L)", "(1.5).__eq__('a')",
    "(1.5).__add__(1)", "(1.5).__add__(1j)", "(1.5).__radd__(1)", "(1.5).__rsub__(1)", "(1.5).__rdiv__(3)",
    "(1.5).__rpow__(2)", "(1.5).__pow__(2, 3)", "(2.0).__rdivmod__(7)", "(2.0).__rfloordiv__(7)", "(2.0).__rmod__(7)",
    # arithmetic special cases
    "1.0/0", "1.0%0", "1.0//0", "divmod(1.0,0)", "1/0.0", "0.0/0.0", "5.0 % -3", "-5.0 % 3", "-0.0 % 3", "0.0 % -3",
    "5.0 // -3", "divmod(-5.0, 3)", "divmod(5.5, -2)", "divmod(-0.0, 1)", "divmod(0.0, -1)", "divmod(1e308, 1e-308)",
    "1e308 // 1e-308", "1e308 % 1e-308", "inf % 3", "3 % inf", "-3 % inf", "3 % -inf", "divmod(inf, 3)", "inf // 3",
    "3 // inf", "-3 // inf", "3.0 % nan", "nan // 1", "divmod(7.5, 2)", "divmod(-7.5, 2)", "divmod(7.5, -2)",
    "divmod(0.1, 0.01)", "0.1 % 0.01", "0.1 // 0.01", "2.0**1024", "2**1024.0", "(-2.0)**1025", "(-2.0)**0.5",
    "(-8.0)**(1.0/3)", "(-8)**(1.0/3)", "10.0**400", "(-0.0)**-1", "0.0**-1", "0.0**0", "0.0**0.5", "(-0.0)**3",
    "(-0.0)**2", "(-0.0)**-3", "1.0**nan", "nan**0", "nan**1", "(-1.0)**inf", "(-1.0)**-inf", "0.5**inf", "0.5**-inf",
    "2.0**inf", "2.0**-inf", "inf**-1", "inf**0.5", "(-inf)**3", "(-inf)**2", "(-inf)**-3", "(-inf)**-2", "(-inf)**0.5",
    "2.0**-1075", "10**-400.0", "(-1.0)**(2**64)", "(-1.5)**3", "(-1.5)**-3", "2**0.5", "2**3.5", "10**0.5",
    "1.1**10", "0.9**100", "3.0**-2", "7.0**-2", "10.0**-5", "10.0**22", "1.5**2**64",
    "1e308*10", "1e308+1e308", "-1e308*10", "1e-308/1e10", "inf-inf", "inf*0", "-0.0+0.0", "-0.0-0.0", "-0.0*1",
    # comparisons
    "1 == 1.0", "1.0 == 1L", "2**53+1 == 2.0**53", "2**53+1 > 2.0**53", "2**53 == 2.0**53", "10**400 > inf",
    "-10**400 < -inf", "10**400 > 1e308", "10**400 == nan", "(2**63) == 2.0**63", "(2**63-1) < 2.0**63",
    "int(2**63-1) < 2.0**63", "9223372036854775807 == 9223372036854775808.0", "-9223372036854775808 == -2.0**63",
    "nan == nan", "nan != nan", "nan < 1", "nan >= 1", "1 > nan", "[nan] == [nan]", "0.5 < 1", "0.5 > 0",
    "-0.5 < 0", "-0.5 > -1", "1.5 <= 1L", "1e20 > 10**20 - 1", "1e20 < 10**20 + 1", "1e20 == 10**20",
    "2.0**70 == 2**70", "2.0**70 + 2**18 == 2**70 + 2**18", "2.0**70 < 2**70 + 1", "-(2.0**70) > -2**70 - 1",
    "cmp(1.5, 1)", "cmp(1, 1.5)", "cmp(nan, 1)", "cmp(1, nan)", "cmp(nan, 1L)", "cmp(2.0, 2L)",
    # hashes
    "hash(1.5)", "hash(1e100)", "hash(-0.0)", "hash(0.0)", "hash(inf)", "hash(-inf)", "hash(nan)", "hash(-1.0)",
    "hash(2**63-1.0)", "hash(2.0**62)", "hash(2.0**63)", "hash(-2.0**63)", "hash(2.0**64)", "hash(1e300)",
    "hash(0.1)", "hash(-0.1)", "hash(5e-324)", "hash(1e-310)", "hash(123456.789)", "hash(-2.5)", "hash(0.5)",
    "hash(2.0**70) == hash(2**70)", "hash(1e20) == hash(10**20)", "hash(7.0) == hash(7)",
]:
    t(e)
print float.__doc__
print float.as_integer_ratio.__doc__
print float.hex.__doc__, float.is_integer.__doc__, float.__trunc__.__doc__

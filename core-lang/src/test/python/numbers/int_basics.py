# int and long: construction, parsing, methods, attributes, errors.
import sys


def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print expr, '!!', type(e).__name__, e
    else:
        print expr, '->', repr(r), type(r).__name__


print sys.maxint, -sys.maxint - 1, type(sys.maxint + 1)
for e in [
    # construction and parsing
    "int()", "int(5)", "int(-5L)", "int(2**63)", "int(-2**63)", "int(3.7)", "int(-3.7)", "int(1e20)", "int(-1e19)",
    "int(2.0**63)", "int(-2.0**63)", "int(True)", "int('12')", "int(' 12 ')", "int('\\t-12\\n')", "int('  -  12')",
    "int('- 12')", "int('+12')", "int('--1')", "int('1 2')", "int('')", "int(' ')", "int('x')", "int('1x ')",
    "int('0x10', 16)", "int('0x10', 0)", "int('0X10', 0)", "int('-0x10', 0)", "int('010', 0)", "int('08', 0)",
    "int('00', 0)", "int('0', 0)", "int('0o17', 0)", "int('0O17', 8)", "int('0b101', 0)", "int('0B11', 2)",
    "int('0b2', 0)", "int('0x', 16)", "int('0x', 0)", "int('0xg', 16)", "int('0b1', 16)", "int('0x1', 10)",
    "int('z', 36)", "int('Z', 36)", "int('10L')", "int('10l', 0)", "int('1_0')", "int('12', 1)", "int('12', 37)",
    "int('12', -1)", "int(12, 10)", "int(None)", "int([])", "int('1', 10.0)", "int('1', '10')", "int(x='1')",
    "int('ff', base=16)", "int(base=16)", "int(1, 2, 3)", "int('9999999999999999999999')", "int('-9223372036854775808')",
    "int('9223372036854775808')", "int('0xffffffffffffffff', 16)", "int('0x8000000000000000', 0)",
    "int('1\\x00')", "int('1\\x00', 10)", "int('\\x00')", "int(u'12')", "int(u'\\u0661\\u0662')", "int(u'\\u2003 12')",
    "int(u'x\\u20ac')", "int(u'1\\u20ac\\u20ac')", "int(u'1\\x00')", "int(u'\\u0661x')", "int('1', 99999999999)",
    "int(float('inf'))", "int(float('nan'))", "int(1j)",
    "long()", "long(5)", "long(2**70)", "long(3.7)", "long('10L')", "long('10l', 0)", "long('0x1L', 0)", "long(' 1L ')",
    "long('1 L')", "long('1LL')", "long('L')", "long('-L')", "long(' 1x ')", "long('0x', 0)", "long('0b2', 0)",
    "long('08', 0)", "long('12', 1)", "long('- 12')", "long('-  12L')", "long('1\\x00')", "long('1\\x00', 10)",
    "long('x\\x00')", "long(u'\\u0661x')", "long(None)", "long(x=1)", "long('1', base=16)", "long(12, 10)",
    "long(float('inf'))", "long(float('nan'))", "long(True)", "long(1j)",
    # methods and attributes
    "(5).bit_length()", "(0).bit_length()", "(-1).bit_length()", "(-2**63).bit_length()", "(2**100).bit_length()",
    "(-5L).bit_length()", "(0L).bit_length()", "(7).conjugate()", "(7L).conjugate()", "(7).real", "(7).imag",
    "(7).numerator", "(7).denominator", "(7L).real", "(7L).imag", "(7L).numerator", "(7L).denominator",
    "(7).__trunc__()", "(7L).__trunc__()", "(7).__getnewargs__()", "(7L).__getnewargs__()", "(7).__index__()",
    "(7L).__index__()", "(7).__int__()", "(7).__long__()", "(7).__float__()", "(7L).__int__()", "(2**70).__int__()",
    "(2**70).__float__()", "(10**400).__float__()", "(7).__nonzero__()", "(0).__nonzero__()", "(0L).__nonzero__()",
    "(7).__hex__()", "(7).__oct__()", "(0L).__sizeof__()", "(1L).__sizeof__()", "(2**64).__sizeof__()",
    "(1).__cmp__(2)", "(2).__cmp__(1)", "(1).__cmp__(True)", "(1).__cmp__(2L)", "(1).__cmp__(1.5)", "(1L).__cmp__(2)",
    "(1).__coerce__(2)", "(1).__coerce__(2L)", "(1).__coerce__(1.5)", "(1).__coerce__('a')", "(1L).__coerce__(1)",
    "(1L).__coerce__(1L)", "(1L).__coerce__(1.5)", "(1).__add__(2L)", "(1).__add__(1.5)", "(1L).__add__(1)",
    "(1).__radd__(2)", "(5).__rsub__(2)", "(5L).__rsub__(2)", "(2).__rpow__(3)", "(2).__pow__(3, 5)", "(2).__pow__(3, None)",
    "(2L).__rpow__(3, 5)", "(2).__rlshift__(1)", "(2).__rrshift__(16)", "(7).__rdivmod__(20)", "(7).__rfloordiv__(20)",
    "(7).__rmod__(20)", "(7).__rdiv__(20)", "(7).__rtruediv__(20)", "(7L).__rtruediv__(20)",
    # hex and oct
    "hex(0)", "hex(255)", "hex(-255)", "hex(-2**63)", "hex(255L)", "hex(0L)", "hex(-1L)", "hex(2**64)",
    "oct(0)", "oct(8)", "oct(-8)", "oct(-2**63)", "oct(8L)", "oct(0L)", "oct(-8L)", "hex(True)", "oct(True)",
    # hashes
    "hash(0)", "hash(-1)", "hash(-2)", "hash(sys.maxint)", "hash(-sys.maxint - 1)", "hash(2**63)", "hash(2**64)",
    "hash(-2**64)", "hash(2**100)", "hash(-1L)", "hash(10**30)", "hash(-10**30)", "hash(7L) == hash(7)",
    # division, shifts, powers
    "1/0", "1%0", "1//0", "divmod(1,0)", "1L/0", "1L%0", "divmod(1L,0)", "1L//0L", "(1).__truediv__(0)",
    "(1L).__truediv__(0)", "(0).__truediv__(-5)", "(10**400).__truediv__(1)", "(1).__truediv__(10**400)",
    "-7 / 2", "-7L / 2", "7 / -2", "-7 % 2", "7 % -2", "-7 // 2", "divmod(-7, 2)", "divmod(7, -2)", "divmod(-7L, 2)",
    "int(-2**63) // -1", "int(-2**63) % -1", "divmod(int(-2**63), -1)", "int(-2**63) / -1", "-int(-2**63)",
    "abs(int(-2**63))", "(int(-2**63)).__neg__()", "~int(-2**63)",
    "0**-1", "0L**-1", "2**-1", "2L**-1", "7**-2", "(-2)**-3", "0**0", "2**0", "2**62", "2**63", "(-2)**63",
    "(-2)**64", "3**39", "3**40", "-3**40", "pow(2,3,5)", "pow(2,-3,5)", "pow(2,3,0)", "pow(2L,3,0)", "pow(2L,-1,5)",
    "pow(2,-1,0)", "pow(2L,-1,0)", "pow(2, 3L, 5)", "pow(2L, 3, 5)", "pow(2, 3, 5L)", "pow(3, 100, 2**40)",
    "pow(3, 100, 2**31)", "pow(3, 100, -7)", "pow(-3, 3, 7)", "pow(2, 3, -5)", "pow(0, 0, 1)", "pow(5, 0, 1)",
    "pow(-5, 3, 1)", "pow(2, 3, None)", "pow(2, 3, 5.0)", "pow(2, 3.0, 5)", "pow(2, 10**20, 7)", "pow(-1, 10**20)",
    "pow(-1, 10**20 + 1)", "pow(0, 10**20)", "pow(1, 10**20)", "pow(-1L, 2**64+1)", "2 ** -(2**64)",
    "1<<-1", "1L<<-1", "1>>-1", "1L>>-1", "1<<62", "1<<63", "-1<<63", "-1<<64", "(1<<62)<<1", "5<<0", "0<<10000",
    "1>>64", "1>>1000", "-1>>1000", "-1>>1", "1<<2L", "1L<<2", "1<<2**63", "1>>2**63", "0<<2**63", "1L>>2**100",
    "-1L>>2**100", "1L<<2**100", "1L<<2**62", "1<<1.0", "1.0<<1", "7>>2L", "-7L>>1", "2**64>>64", "-(2**64)>>65",
    "~5", "~5L", "~-1", "-5 & 3", "-5L | 3", "5 ^ -1L", "2**64 & -1", "2**64 | 1", "-(2**64) ^ 3",
    "2**62 + 2**62", "-2**62 - 2**62 - 1", "-2**62 - 2**62 - 2", "3 * 2**62", "2**62 * 2", "(-2)**62 * 2",
    "sys.maxint + 1", "-sys.maxint - 2", "sys.maxint * sys.maxint", "(-sys.maxint - 1) * -1", "abs(-sys.maxint - 1)",
    "10**20 // 3", "10**20 % -7", "-10**20 // 7", "divmod(10**20, -7)", "(10**20) ** 2", "-(10**20)",
]:
    t(e)
print int.__doc__
print long.__doc__
print int.bit_length.__doc__
print int.real.__doc__, int.__trunc__.__doc__, long.conjugate.__doc__, long.__sizeof__.__doc__

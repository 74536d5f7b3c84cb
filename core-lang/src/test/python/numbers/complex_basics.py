# complex: construction, parsing, repr/str, arithmetic and its errors, comparisons, hashes.
nan = float('nan')
inf = float('inf')


def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print expr, '!!', type(e).__name__, e
    else:
        print expr, '->', repr(r), type(r).__name__


class C(object):
    def __complex__(self):
        return 1 + 2j


class D(object):
    def __complex__(self):
        return 5


class E(object):
    def __float__(self):
        return 2.5


class G(object):
    def __float__(self):
        return 2


class H:
    def __float__(self):
        return 3.5

    def __complex__(self):
        return 7j


for e in [
    "complex()", "complex(1)", "complex(1, 2)", "complex(1.5, -0.0)", "complex(2L)", "complex(1j, 1j)", "complex(1, 1j)",
    "complex(1j)", "complex(real=1, imag=2)", "complex(imag=2)", "complex(x=1)", "complex(real=1j, imag=1j)",
    "complex(None)", "complex(None, 1)", "complex(1, None)", "complex([])", "complex(1, 'x')", "complex('1', 2)",
    "complex('1', None)", "complex('1+2j', imag=2)", "complex(10**400)", "complex(C())", "complex(D())", "complex(E())",
    "complex(E(), E())", "complex(G())", "complex(H())", "complex(1, H())", "complex(1, C())", "complex(2, E())",
    "complex('1+2j')", "complex(' ( 1+2j ) ')", "complex('j')", "complex('-j')", "complex('+j')", "complex('1e3j')",
    "complex('x')", "complex('inf+nanj')", "complex('1+ 2j')", "complex('1+j')", "complex('1-J')", "complex(' 1j ')",
    "complex('(1j')", "complex('1j)')", "complex('()')", "complex('1+2j\\x00')", "complex('')", "complex(' ')",
    "complex('infj')", "complex('-nanj')", "complex('1e400j')", "complex('1 + 2j')", "complex(u'\\u0661+2j')",
    "complex('1+2jj')", "complex('1e5-1e5j')", "complex('1.5')", "complex('j1')", "complex('-1.5e-3-2.5E+2J')",
    "complex('1e')", "complex('(1+2j)x')", "complex(u'x\\u20ac')",
    "repr(complex(-0.0, -1))", "repr(complex(0, -1))", "repr(complex(nan, inf))", "repr(complex(1e16, 1e-5))",
    "repr(complex(0.1, 0.2))", "repr(complex(1/3.0, 1))", "repr(1e22+0j)", "repr(-0.0+1j)", "repr(complex(0.0, -0.0))",
    "repr(complex(-0.0, 0.0))", "repr(complex(1, nan))", "repr(complex(1, -nan))", "repr(complex(inf, -inf))",
    "repr(-(0j))", "repr(+(-0j))", "format(complex(1/3.0, 1e16), '')",
    "(1+2j).real", "(1+2j).imag", "(1+2j).conjugate()", "(1+2j).__getnewargs__()", "(1+2j).__nonzero__()",
    "(0j).__nonzero__()", "complex(0.0, -0.0).__nonzero__()", "(1+2j).__coerce__(1)", "(1j).__coerce__(1.5)",
    "(1j).__coerce__(2j)", "(1j).__coerce__(10**400)", "(1j).__coerce__('a')", "(1+2j).__int__()", "(1+2j).__long__()",
    "(1+2j).__float__()", "int(1j)", "long(1j)", "float(1j)", "abs(3+4j)", "abs(complex(1e308, 1e308))",
    "abs(complex(inf, nan))", "abs(complex(nan, -inf))", "abs(complex(nan, 1))", "abs(complex(1e308, 1e308) * 10)",
    "abs(complex(5e-324, 5e-324))", "abs(complex(1e-300, 1e-310))", "abs(complex(-3.5, 2.25))",
    "(1+2j)+1", "(1+2j)-2L", "(1+2j)*3.5", "(1+2j)*(3-4j)", "(1+2j)/(3+4j)", "(1+2j)/0", "(1+2j)/0j", "1/(1+2j)",
    "(1+2j)/(nan+0j)", "(1e308+1e308j)/(1e-308+1e-308j)", "complex(1e308,1e308)*2", "(1+2j).__rdiv__(1)",
    "(1+2j).__rtruediv__(2)", "(1+2j) % 0", "(1+2j) // 0", "divmod(1+2j, 0)", "(1+2j).__rmod__(0)",
    "(1+2j) % (1+1j)", "(1+2j) // (1+1j)", "divmod(1+2j, 1+1j)", "divmod(7+3j, 2)", "(7.5-3j) % 2.5",
    "(1+2j)**2", "(1+2j)**-1", "0j**-1", "0j**0", "0j**1j", "0j**2", "(1+2j)**0.5", "(1+2j)**(1+2j)",
    "(-8+0j)**(1/3.)", "(1+1j)**101", "(1+1j)**-101", "(1+1j)**100", "(1+1j)**-100", "2**(1+1j)", "(0j)**(-1+0j)",
    "(1+2j)**(10**400)", "(2+0j)**1024", "1j**1e400", "1j**2.5", "(3+4j)**0.25", "(1e200+1e200j)**2",
    "(1e-200+1e-200j)**2", "pow(1j, 2, 3)", "pow(2, 1j, 3)", "pow(1j, 2, None)", "complex.__pow__(1j, 2, None)",
    "1j == 1", "1j == 1j", "(1+0j) == 1", "(1+0j) == 1L", "(1+0j) == 1.0", "(1+0j) != 1", "complex(2**53+1) == 2**53+1",
    "complex(10**400 > 0)", "1j == 10**400", "(1j).__eq__(1)", "(1+0j).__eq__(1)", "(1j).__lt__(1)", "(1j).__lt__('a')",
    "1j < 2j", "1j < 1", "1 < 1j", "1j >= 1.5", "1j < 'a'", "'a' < 1j", "cmp(1j, 1j)", "cmp(1j, 2j)",
    "hash(1+2j)", "hash(2j)", "hash(complex(1,2)) == hash(1+2j)", "hash(complex(0.5, 0))", "hash(complex(1e100, 1e100))",
    "hash(complex(-1, 0))", "hash(complex(3, 0)) == hash(3)", "hash(complex(nan, inf))", "hash(complex(0.1, -0.25))",
    "-(1+2j)", "+(1+2j)", "abs(-1j)", "~(1j)",
]:
    t(e)
print complex.__doc__
print complex.conjugate.__doc__

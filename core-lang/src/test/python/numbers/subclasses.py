# Python subclasses of int, long, float and complex.
def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print expr, '!!', type(e).__name__, e
    else:
        print expr, '->', repr(r), type(r).__name__


class I(int):
    pass


class L(long):
    pass


class F(float):
    pass


class C(complex):
    pass


class Named(int):
    def __repr__(self):
        return 'Named(' + int.__repr__(self) + ')'

    def __str__(self):
        return 'named'


class Adder(int):
    def __add__(self, other):
        return 'Adder.__add__'

    def __radd__(self, other):
        return 'Adder.__radd__'


class Slotted(float):
    __slots__ = ('tag',)


class WithNew(int):
    def __new__(cls, v, extra):
        self = int.__new__(cls, v)
        self.extra = extra
        return self


for e in [
    "I()", "I(5)", "I('12')", "I('ff', 16)", "I(5.7)", "I(2**70)", "I(2.0**70)", "I(-2**63)", "I(x='7')",
    "L(5)", "L('5')", "L(2**70)", "L(5.7)", "L('10L')", "F(5)", "F('1.5')", "F('x')", "F()", "C(1, 2)", "C('1+2j')",
    "C()", "C(1j)", "type(I(5) + 1)", "type(1 + I(5))", "type(I(5) + I(6))", "type(+I(5))", "type(-I(5))",
    "type(abs(I(5)))", "type(abs(I(-5)))", "type(~I(5))", "type(I(5).real)", "type(I(5).__int__())",
    "type(I(5).__index__())", "type(I(5).__trunc__())", "type(I(5).__long__())", "type(I(5).conjugate())",
    "type(L(5).__int__())", "type(L(2**70).__int__())", "type(L(5).__long__())", "type(+L(5))", "type(-L(5))",
    "type(L(5).real)", "type(F(1.5).real)", "type(+F(1.5))", "type(-F(1.5))", "type(abs(F(-1.5)))",
    "type(F(1.5).__float__())", "type(F(1.5).conjugate())", "type(C(1j).real)", "type(+C(1j))", "type(-C(1j))",
    "type(C(1j).conjugate())", "repr(I(5))", "repr(L(5))", "repr(F(5))", "repr(C(5))", "I(5).__getnewargs__()",
    "type(I(5).__getnewargs__()[0])", "F(1.5).__getnewargs__()", "L(5).__getnewargs__()", "C(1j).__getnewargs__()",
    "I(3).__coerce__(2)", "type(I(3).__coerce__(2)[0])", "type(L(3).__coerce__(2)[0])", "type(F(3).__coerce__(2)[0])",
    "type(F(3).__coerce__(F(2))[1])", "type(F(3).__coerce__(2.0)[1])", "type(C(3).__coerce__(2j)[1])",
    "type(C(3).__coerce__(2)[0])", "type(int(I(5)))", "type(long(L(5)))", "type(float(F(5)))", "type(complex(C(5)))",
    "int(I(5)) is I(5)", "type(I(5) << 1)", "type(divmod(I(7), 2)[0])", "type(pow(I(2), 2))", "type(I(7) // 2)",
    "type(F(7) // 2)", "I(5) == 5", "hash(I(5))", "hash(F(1.5))", "hash(C(1, 2))", "hash(L(7))", "I(5) < 6.5",
    "cmp(I(5), 5L)", "I(5).__cmp__(4)", "int.__cmp__(I(5), 6)", "format(I(255), 'x')", "format(F(2.5), '.3f')",
    "format(C(1, 2), '')", "hex(I(255))", "oct(L(8))", "I(5).bit_length()", "F(2.5).is_integer()", "F(0.5).hex()",
    "F.fromhex('0x1p3')", "type(F.fromhex('0x1p3'))", "F(2.5).as_integer_ratio()", "Named(5)", "repr(Named(5))",
    "format(Named(5), '')", "format(Named(5), 'd')", "Named(5) + 1", "Adder(1) + 5", "5 + Adder(1)", "Adder(1) + Adder(2)",
    "Adder(1) - 5", "1.5 + Adder(1)", "I(5).__add__(2)", "int.__add__(I(5), I(2))", "Slotted(1.5)",
    "WithNew(5, 'x')", "WithNew(5, 'x').extra", "WithNew(5, 'x') * 2",
    "int.__new__(I, 5)", "type(int.__new__(I, 5))", "int.__new__(float, 1)", "float.__new__(int, 1)",
    "int.__new__(1)", "int.__new__()", "long.__new__(int, 1)", "complex.__new__(F, 1)", "float.__new__(F, '2.5')",
    "int.__repr__(I(7))", "float.__repr__(F(0.1))", "complex.__repr__(C(1, 1))", "int.__add__(1, 2)",
    "int.__add__(1, 2.5)", "float.__add__(1, 2.5)", "float.__format__(1, 'f')", "int.__format__(1.5, 'd')",
    "long.__format__(1, 'd')", "int.bit_length(True)",
]:
    t(e)
x = I(5)
x.attr = 'attribute'
print x.attr, x.__dict__
s = Slotted(2.5)
s.tag = 'tagged'
print s.tag
try:
    s.other = 1
except AttributeError as e:
    print 'AttributeError', e
try:
    (5).attr = 1
except AttributeError as e:
    print 'AttributeError', e

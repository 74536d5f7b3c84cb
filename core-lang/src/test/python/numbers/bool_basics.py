# bool: a subclass of int with two instances.
def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print expr, '!!', type(e).__name__, e
    else:
        print expr, '->', repr(r), type(r).__name__


for e in [
    "True", "False", "bool()", "bool(0)", "bool(7)", "bool(-0.0)", "bool(0j)", "bool([])", "bool([0])", "bool('')",
    "bool(x=1)", "bool(1, 2)", "bool(y=1)", "True is bool(7)", "bool(None)", "isinstance(True, int)",
    "issubclass(bool, int)", "True + True", "True - False", "True * 3", "True / 2", "True // 2", "True % 2",
    "divmod(True, 2)", "True ** 10", "True << 3", "True >> 1", "-True", "+True", "~True", "abs(True)", "-False",
    "True & True", "True & False", "True | False", "True ^ True", "True ^ False", "False | False", "True & 1", "1 & True",
    "True | 2", "2 ^ True", "True.__and__(1)", "True.__and__(True)", "True.__or__(False)", "True.__rxor__(True)",
    "True.__rand__(1)", "True.__and__(1.5)", "True + 1.5", "True * 2L", "True == 1", "True == 1.0", "False < True",
    "cmp(True, 1)", "True.__cmp__(1)", "hash(True)", "hash(False)", "hex(True)", "oct(True)", "True.__index__()",
    "True.__int__()", "True.__long__()", "True.__float__()", "True.__getnewargs__()", "True.bit_length()",
    "True.conjugate()", "True.real", "True.imag", "True.numerator", "True.denominator", "True.__trunc__()",
    "repr(True)", "repr(False)", "format(True, '')", "format(True, '5')", "format(True, 'd')", "format(False, '^7')",
    "format(True, 'x')", "int(True)", "long(False)", "float(True)", "complex(True, True)",
    "bool.__new__(bool, 5)", "bool.__new__(int, 5)", "int.__new__(bool, 1)", "bool.__repr__(True)",
    "bool.__and__(True, False)", "[1, 2][True]", "type(True + True)", "type(True & True)", "type(True & 1)",
    "type(+True)", "type(True.real)", "type(abs(True))", "type(True.__index__())",
]:
    t(e)
try:
    class B(bool):
        pass
except TypeError as e:
    print 'TypeError', e
print bool.__doc__

package taipan.modules.operator;

import taipan.runtime.*;

/** The {@code operator} module: the interpreter's operators as functions. */
@PyModuleDef(name = "operator", doc = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.")
public final class OperatorModule {
    private OperatorModule() {}

    @ExposedMethod(names = {"lt", "__lt__"}) static PyObject lt(PyObject a, PyObject b) { return Ops.richCompare(a, b, CompareOp.LT); }
    @ExposedMethod(names = {"le", "__le__"}) static PyObject le(PyObject a, PyObject b) { return Ops.richCompare(a, b, CompareOp.LE); }
    @ExposedMethod(names = {"eq", "__eq__"}) static PyObject eq(PyObject a, PyObject b) { return Ops.richCompare(a, b, CompareOp.EQ); }
    @ExposedMethod(names = {"ne", "__ne__"}) static PyObject ne(PyObject a, PyObject b) { return Ops.richCompare(a, b, CompareOp.NE); }
    @ExposedMethod(names = {"ge", "__ge__"}) static PyObject ge(PyObject a, PyObject b) { return Ops.richCompare(a, b, CompareOp.GE); }
    @ExposedMethod(names = {"gt", "__gt__"}) static PyObject gt(PyObject a, PyObject b) { return Ops.richCompare(a, b, CompareOp.GT); }
    @ExposedMethod(names = {"not_", "__not__"}) static PyObject not(PyObject a) { return Py.bool(!Ops.isTrue(a)); }
    @ExposedMethod static PyObject truth(PyObject a) { return Py.bool(Ops.isTrue(a)); }
    @ExposedMethod static PyObject is_(PyObject a, PyObject b) { return Py.bool(a == b); }
    @ExposedMethod static PyObject is_not(PyObject a, PyObject b) { return Py.bool(a != b); }
    @ExposedMethod(names = {"abs", "__abs__"}) static PyObject abs(PyObject a) { return Ops.abs(a); }
    @ExposedMethod(names = {"add", "__add__"}) static PyObject add(PyObject a, PyObject b) { return Ops.add(a, b); }
    @ExposedMethod(names = {"and_", "__and__"}) static PyObject and(PyObject a, PyObject b) { return Ops.and(a, b); }
    @ExposedMethod(names = {"div", "__div__"}) static PyObject div(PyObject a, PyObject b) { return Ops.div(a, b); }
    @ExposedMethod(names = {"floordiv", "__floordiv__"}) static PyObject floordiv(PyObject a, PyObject b) { return Ops.floordiv(a, b); }
    @ExposedMethod(names = {"index", "__index__"}) static PyObject index(PyObject a) { return Ops.index(a); }
    @ExposedMethod(names = {"inv", "invert", "__inv__", "__invert__"}) static PyObject inv(PyObject a) { return Ops.invert(a); }
    @ExposedMethod(names = {"lshift", "__lshift__"}) static PyObject lshift(PyObject a, PyObject b) { return Ops.lshift(a, b); }
    @ExposedMethod(names = {"mod", "__mod__"}) static PyObject mod(PyObject a, PyObject b) { return Ops.mod(a, b); }
    @ExposedMethod(names = {"mul", "__mul__"}) static PyObject mul(PyObject a, PyObject b) { return Ops.mul(a, b); }
    @ExposedMethod(names = {"neg", "__neg__"}) static PyObject neg(PyObject a) { return Ops.neg(a); }
    @ExposedMethod(names = {"or_", "__or__"}) static PyObject or(PyObject a, PyObject b) { return Ops.or(a, b); }
    @ExposedMethod(names = {"pos", "__pos__"}) static PyObject pos(PyObject a) { return Ops.pos(a); }
    @ExposedMethod(names = {"pow", "__pow__"}) static PyObject pow(PyObject a, PyObject b) { return Ops.pow(a, b); }
    @ExposedMethod(names = {"rshift", "__rshift__"}) static PyObject rshift(PyObject a, PyObject b) { return Ops.rshift(a, b); }
    @ExposedMethod(names = {"sub", "__sub__"}) static PyObject sub(PyObject a, PyObject b) { return Ops.sub(a, b); }
    @ExposedMethod(names = {"truediv", "__truediv__"}) static PyObject truediv(PyObject a, PyObject b) { return Ops.truediv(a, b); }
    @ExposedMethod(names = {"xor", "__xor__"}) static PyObject xor(PyObject a, PyObject b) { return Ops.xor(a, b); }

    @ExposedMethod(names = {"iadd", "__iadd__"}) static PyObject iadd(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.ADD); }
    @ExposedMethod(names = {"iand", "__iand__"}) static PyObject iand(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.AND); }
    @ExposedMethod(names = {"idiv", "__idiv__"}) static PyObject idiv(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.DIV); }
    @ExposedMethod(names = {"ifloordiv", "__ifloordiv__"}) static PyObject ifloordiv(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.FLOORDIV); }
    @ExposedMethod(names = {"ilshift", "__ilshift__"}) static PyObject ilshift(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.LSHIFT); }
    @ExposedMethod(names = {"imod", "__imod__"}) static PyObject imod(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.MOD); }
    @ExposedMethod(names = {"imul", "__imul__"}) static PyObject imul(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.MUL); }
    @ExposedMethod(names = {"ior", "__ior__"}) static PyObject ior(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.OR); }
    @ExposedMethod(names = {"ipow", "__ipow__"}) static PyObject ipow(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.POW); }
    @ExposedMethod(names = {"irshift", "__irshift__"}) static PyObject irshift(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.RSHIFT); }
    @ExposedMethod(names = {"isub", "__isub__"}) static PyObject isub(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.SUB); }
    @ExposedMethod(names = {"itruediv", "__itruediv__"}) static PyObject itruediv(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.TRUEDIV); }
    @ExposedMethod(names = {"ixor", "__ixor__"}) static PyObject ixor(PyObject a, PyObject b) { return Ops.inplaceOp(a, b, Binop.XOR); }

    private static boolean isSequenceLike(PyObject o) {
        if (o instanceof PyDict) {
            return false;
        }
        return o instanceof PyInstance ? o.lookupAttr(N.__getitem__) != null : o.getType().lookup(N.__getitem__) != null;
    }

    private static void checkSequence(PyObject o, String what) {
        if (!isSequenceLike(o)) {
            throw Py.TypeError("'" + o.getType().getName() + "' object can't be " + what);
        }
    }

    @ExposedMethod(names = {"concat", "__concat__"})
    static PyObject concat(PyObject a, PyObject b) {
        checkSequence(a, "concatenated");
        return Ops.add(a, b);
    }

    @ExposedMethod(names = {"iconcat", "__iconcat__"})
    static PyObject iconcat(PyObject a, PyObject b) {
        checkSequence(a, "concatenated");
        return Ops.inplaceOp(a, b, Binop.ADD);
    }

    @ExposedMethod(names = {"repeat", "__repeat__"})
    static PyObject repeat(PyObject a, PyObject b) {
        if (!(b instanceof PyInt || b instanceof PyLong)) {
            throw Py.TypeError("an integer is required");
        }
        checkSequence(a, "repeated");
        return Ops.mul(a, b);
    }

    @ExposedMethod(names = {"irepeat", "__irepeat__"})
    static PyObject irepeat(PyObject a, PyObject b) {
        if (!(b instanceof PyInt || b instanceof PyLong)) {
            throw Py.TypeError("an integer is required");
        }
        checkSequence(a, "repeated");
        return Ops.inplaceOp(a, b, Binop.MUL);
    }

    @ExposedMethod(names = {"contains", "__contains__", "sequenceIncludes"})
    static PyObject contains(PyObject a, PyObject b) {
        return Py.bool(Ops.contains(a, b));
    }

    @ExposedMethod
    static PyObject countOf(PyObject a, PyObject b) {
        long n = 0;
        PyObject it = Ops.iter(a);
        for (PyObject x; (x = Ops.next(it)) != null; ) {
            if (Ops.richCompareBool(x, b, CompareOp.EQ)) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    @ExposedMethod
    static PyObject indexOf(PyObject a, PyObject b) {
        long n = 0;
        PyObject it = Ops.iter(a);
        for (PyObject x; (x = Ops.next(it)) != null; n++) {
            if (Ops.richCompareBool(x, b, CompareOp.EQ)) {
                return PyInt.of(n);
            }
        }
        throw Py.ValueError("sequence.index(x): x not in sequence");
    }

    @ExposedMethod(names = {"getitem", "__getitem__"}) static PyObject getitem(PyObject a, PyObject b) { return Ops.getitem(a, b); }
    @ExposedMethod(names = {"setitem", "__setitem__"}) static void setitem(PyObject a, PyObject b, PyObject c) { Ops.setitem(a, b, c); }
    @ExposedMethod(names = {"delitem", "__delitem__"}) static void delitem(PyObject a, PyObject b) { Ops.delitem(a, b); }
    @ExposedMethod(names = {"getslice", "__getslice__"}) static PyObject getslice(PyObject a, PyObject i, PyObject j) { return Ops.getslice(a, i, j); }
    @ExposedMethod(names = {"setslice", "__setslice__"}) static void setslice(PyObject a, PyObject i, PyObject j, PyObject v) { Ops.setslice(a, i, j, v); }
    @ExposedMethod(names = {"delslice", "__delslice__"}) static void delslice(PyObject a, PyObject i, PyObject j) { Ops.delslice(a, i, j); }

    @ExposedMethod
    static PyObject isCallable(PyObject a) {
        return Py.bool(Ops.isCallable(a));
    }

    @ExposedMethod
    static PyObject isMappingType(PyObject a) {
        if (a instanceof PyInstance) {
            return Py.bool(a.lookupAttr(N.__getitem__) != null);
        }
        return Py.bool(a instanceof PyDict || a instanceof PyDictProxy
                || (a.getType().isHeap() && a.getType().lookup(N.__getitem__) != null && !(a instanceof PyList)
                && !(a instanceof PyTuple) && !(a instanceof PyBaseString)));
    }

    @ExposedMethod
    static PyObject isNumberType(PyObject a) {
        if (a instanceof PyInstance) {
            return Py.bool(a.lookupAttr(N.__int__) != null || a.lookupAttr(N.__float__) != null);
        }
        PyType t = a.getType();
        return Py.bool(a instanceof PyInt || a instanceof PyLong || a instanceof PyFloat || a instanceof PyComplex
                || t.lookup(N.__int__) != null || t.lookup(N.__float__) != null);
    }

    @ExposedMethod
    static PyObject isSequenceType(PyObject a) {
        if (a instanceof PyInstance) {
            return Py.bool(a.lookupAttr(N.__getitem__) != null);
        }
        return Py.bool(!(a instanceof PyDict) && a.getType().lookup(N.__getitem__) != null);
    }

    @ExposedMethod(names = "_compare_digest")
    static PyObject compareDigest(PyObject a, PyObject b) {
        if (a instanceof PyUnicode ua && b instanceof PyUnicode ub) {
            return Py.bool(ua.toString().equals(ub.toString()));
        }
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            return Py.bool(java.security.MessageDigest.isEqual(sa.bytes(), sb.bytes()));
        }
        throw Py.TypeError("unsupported operand types(s) or combination of types: '" + a.getType().getName()
                + "' and '" + b.getType().getName() + "'");
    }

    static void init(PyModule m) {
        m.set("attrgetter", AttrGetter.TYPE);
        m.set("itemgetter", ItemGetter.TYPE);
        m.set("methodcaller", MethodCaller.TYPE);
    }
}

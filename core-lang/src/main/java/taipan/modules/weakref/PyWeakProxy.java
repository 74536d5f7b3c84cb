package taipan.modules.weakref;

import taipan.runtime.*;

/**
 * {@code weakref.proxy}: forwards every operation to the referent, or raises
 * ReferenceError once it is gone. The callable variant is a separate type, as in CPython.
 */
@ExposedType(name = "weakproxy", subclassable = false, unhashable = true)
public class PyWeakProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin(PyWeakProxy.class);
    static final PyType CALLABLE_TYPE = PyType.newBuiltin("weakcallableproxy", PyType.OBJECT, PyWeakProxy.class,
            PyWeakProxy.class, null);

    private WeakRefs.Ref ref;
    PyObject callback;
    private final boolean callable;

    PyWeakProxy(boolean callable) {
        this.callable = callable;
    }

    static PyObject create(PyObject referent, PyObject cb) {
        WeakRefs.checkReferent(referent);
        boolean callable = Ops.isCallable(referent);
        if (cb == null || cb == Py.None) {
            PyObject existing = WeakRefs.existing(referent, PyWeakProxy.class);
            if (existing != null) {
                return existing;
            }
            cb = null;
        }
        PyWeakProxy p = new PyWeakProxy(callable);
        p.callback = cb;
        p.ref = new WeakRefs.Ref(referent, p, cb);
        WeakRefs.register(referent, p);
        return p;
    }

    @Override
    public PyType getType() {
        return callable ? CALLABLE_TYPE : TYPE;
    }

    /** The referent, or ReferenceError. */
    PyObject target() {
        PyObject o = ref.get();
        if (o == null) {
            throw new PyException(Exceptions.ReferenceError, "weakly-referenced object no longer exists");
        }
        return o;
    }

    PyObject peek() {
        return ref.get();
    }

    @Override public PyObject lookupAttr(PyStr name) { return Ops.getattrOrNull(target(), name); }
    @Override public void setAttr(PyStr name, PyObject value) { Ops.setattr(target(), name, value); }
    @Override public void delAttr(PyStr name) { Ops.delattr(target(), name); }
    @Override public PyObject __call__(PyObject[] args, String[] kw) { return Ops.call(target(), args, kw); }
    @Override public PyObject __str__() { return Ops.str(target()); }
    @Override public boolean __nonzero__() { return Ops.isTrue(target()); }
    @Override public int __len__() { return Ops.len(target()); }
    @Override public PyObject __iter__() { return Ops.iter(target()); }
    @Override public PyObject __iternext__() { return Ops.next(target()); }
    @Override public PyObject __getitem__(PyObject k) { return Ops.getitem(target(), k); }
    @Override public void __setitem__(PyObject k, PyObject v) { Ops.setitem(target(), k, v); }
    @Override public void __delitem__(PyObject k) { Ops.delitem(target(), k); }
    @Override public boolean __contains__(PyObject v) { return Ops.contains(target(), v); }

    @Override
    public long __hash__() {
        throw Py.TypeError("unhashable type: '" + getType().getName() + "'");
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyWeakProxy p ? p.target() : o;
    }

    @Override public PyObject __eq__(PyObject o) { return Ops.richCompare(target(), unwrap(o), CompareOp.EQ); }
    @Override public PyObject __ne__(PyObject o) { return Ops.richCompare(target(), unwrap(o), CompareOp.NE); }
    @Override public PyObject __lt__(PyObject o) { return Ops.richCompare(target(), unwrap(o), CompareOp.LT); }
    @Override public PyObject __le__(PyObject o) { return Ops.richCompare(target(), unwrap(o), CompareOp.LE); }
    @Override public PyObject __gt__(PyObject o) { return Ops.richCompare(target(), unwrap(o), CompareOp.GT); }
    @Override public PyObject __ge__(PyObject o) { return Ops.richCompare(target(), unwrap(o), CompareOp.GE); }

    @Override public PyObject __add__(PyObject o) { return Ops.add(target(), unwrap(o)); }
    @Override public PyObject __radd__(PyObject o) { return Ops.add(unwrap(o), target()); }
    @Override public PyObject __sub__(PyObject o) { return Ops.sub(target(), unwrap(o)); }
    @Override public PyObject __rsub__(PyObject o) { return Ops.sub(unwrap(o), target()); }
    @Override public PyObject __mul__(PyObject o) { return Ops.mul(target(), unwrap(o)); }
    @Override public PyObject __rmul__(PyObject o) { return Ops.mul(unwrap(o), target()); }
    @Override public PyObject __div__(PyObject o) { return Ops.div(target(), unwrap(o)); }
    @Override public PyObject __rdiv__(PyObject o) { return Ops.div(unwrap(o), target()); }
    @Override public PyObject __truediv__(PyObject o) { return Ops.truediv(target(), unwrap(o)); }
    @Override public PyObject __rtruediv__(PyObject o) { return Ops.truediv(unwrap(o), target()); }
    @Override public PyObject __floordiv__(PyObject o) { return Ops.floordiv(target(), unwrap(o)); }
    @Override public PyObject __rfloordiv__(PyObject o) { return Ops.floordiv(unwrap(o), target()); }
    @Override public PyObject __mod__(PyObject o) { return Ops.mod(target(), unwrap(o)); }
    @Override public PyObject __rmod__(PyObject o) { return Ops.mod(unwrap(o), target()); }
    @Override public PyObject __divmod__(PyObject o) { return Ops.divmod(target(), unwrap(o)); }
    @Override public PyObject __rdivmod__(PyObject o) { return Ops.divmod(unwrap(o), target()); }
    @Override public PyObject __pow__(PyObject o, PyObject m) { return Ops.pow(target(), unwrap(o), m); }
    @Override public PyObject __rpow__(PyObject o, PyObject m) { return Ops.pow(unwrap(o), target(), m); }
    @Override public PyObject __lshift__(PyObject o) { return Ops.lshift(target(), unwrap(o)); }
    @Override public PyObject __rlshift__(PyObject o) { return Ops.lshift(unwrap(o), target()); }
    @Override public PyObject __rshift__(PyObject o) { return Ops.rshift(target(), unwrap(o)); }
    @Override public PyObject __rrshift__(PyObject o) { return Ops.rshift(unwrap(o), target()); }
    @Override public PyObject __and__(PyObject o) { return Ops.and(target(), unwrap(o)); }
    @Override public PyObject __rand__(PyObject o) { return Ops.and(unwrap(o), target()); }
    @Override public PyObject __xor__(PyObject o) { return Ops.xor(target(), unwrap(o)); }
    @Override public PyObject __rxor__(PyObject o) { return Ops.xor(unwrap(o), target()); }
    @Override public PyObject __or__(PyObject o) { return Ops.or(target(), unwrap(o)); }
    @Override public PyObject __ror__(PyObject o) { return Ops.or(unwrap(o), target()); }
    @Override public PyObject __iadd__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.ADD); }
    @Override public PyObject __isub__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.SUB); }
    @Override public PyObject __imul__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.MUL); }
    @Override public PyObject __idiv__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.DIV); }
    @Override public PyObject __itruediv__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.TRUEDIV); }
    @Override public PyObject __ifloordiv__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.FLOORDIV); }
    @Override public PyObject __imod__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.MOD); }
    @Override public PyObject __ilshift__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.LSHIFT); }
    @Override public PyObject __irshift__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.RSHIFT); }
    @Override public PyObject __iand__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.AND); }
    @Override public PyObject __ixor__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.XOR); }
    @Override public PyObject __ior__(PyObject o) { return Ops.inplaceOp(target(), unwrap(o), Binop.OR); }
    @Override public PyObject __neg__() { return Ops.neg(target()); }
    @Override public PyObject __pos__() { return Ops.pos(target()); }
    @Override public PyObject __abs__() { return Ops.abs(target()); }
    @Override public PyObject __invert__() { return Ops.invert(target()); }
    @Override public PyObject __int__() { return Ops.intOrNull(target()); }
    @Override public PyObject __long__() { return Ops.longOrNull(target()); }
    @Override public PyObject __float__() { return Ops.floatOrNull(target()); }
    @Override public PyObject __index__() { return Ops.index(target()); }

    @ExposedMethod
    public PyObject __unicode__() {
        return Ops.unicode(target());
    }

    @ExposedMethod
    public PyObject __reversed__() {
        return Ops.call(Interp.current().builtinsDict().getItem(PyStr.intern("reversed")), target());
    }

    @Override
    public PyObject __repr__() {
        PyObject o = peek();
        String to = o == null ? "dead" : o.getType().getName() + " at " + Py.addressString(o);
        return PyStr.of("<weakproxy at " + Py.addressString(this) + " to " + to + ">");
    }
}

package taipan.modules.cmath;

import java.util.function.BiFunction;

import taipan.modules.cmath.ComplexCalc.Z;
import taipan.runtime.*;

/** {@code cmath}: mathematical functions for complex numbers, with CPython 2.7's branch cuts and special values. */
@PyModuleDef(name = "cmath", doc = "This module is always available. It provides access to mathematical\nfunctions for complex numbers.")
public final class CmathModule {
    private CmathModule() {}

    static void init(PyModule m) {
        m.set("pi", new PyFloat(Math.PI));
        m.set("e", new PyFloat(Math.E));
    }

    /** PyArg_ParseTuple's "D": a complex, an object with __complex__, or a float-convertible. */
    static Z complexArg(PyObject o) {
        if (o instanceof PyComplex c) {
            return new Z(c.real, c.imag);
        }
        PyObject r = PyComplex.complexSpecial(o);
        if (r != null) {
            if (!(r instanceof PyComplex c)) {
                throw Py.TypeError("__complex__ should return a complex object");
            }
            return new Z(c.real, c.imag);
        }
        return new Z(Py.asDoubleArg(o), 0.0);
    }

    private static void argCount(String name, PyObject[] args, String[] kw, int min, int max) {
        ArgParser.noKeywords(name == null ? "function" : name, kw);
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        String who = name == null ? "function" : name + "()";
        String bound = min == max ? "exactly " : n < min ? "at least " : "at most ";
        int k = n < min ? min : max;
        throw Py.TypeError(who + " takes " + bound + k + " argument" + (k == 1 ? "" : "s") + " (" + n + " given)");
    }

    private static PyObject check(ComplexCalc c, Z r) {
        if (c.errno == ComplexCalc.EDOM) {
            throw Py.ValueError("math domain error");
        }
        if (c.errno == ComplexCalc.ERANGE) {
            throw Py.OverflowError("math range error");
        }
        return new PyComplex(r.re(), r.im());
    }

    private static PyObject apply(PyObject[] args, String[] kw, BiFunction<ComplexCalc, Z, Z> f) {
        argCount(null, args, kw, 1, 1);
        Z z = complexArg(args[0]);
        ComplexCalc c = new ComplexCalc();
        return check(c, f.apply(c, z));
    }

    @ExposedMethod(doc = "acos(x)\n\nReturn the arc cosine of x.")
    static PyObject acos(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::acos); }

    @ExposedMethod(doc = "acosh(x)\n\nReturn the hyperbolic arccosine of x.")
    static PyObject acosh(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::acosh); }

    @ExposedMethod(doc = "asin(x)\n\nReturn the arc sine of x.")
    static PyObject asin(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::asin); }

    @ExposedMethod(doc = "asinh(x)\n\nReturn the hyperbolic arc sine of x.")
    static PyObject asinh(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::asinh); }

    @ExposedMethod(doc = "atan(x)\n\nReturn the arc tangent of x.")
    static PyObject atan(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::atan); }

    @ExposedMethod(doc = "atanh(x)\n\nReturn the hyperbolic arc tangent of x.")
    static PyObject atanh(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::atanh); }

    @ExposedMethod(doc = "cos(x)\n\nReturn the cosine of x.")
    static PyObject cos(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::cos); }

    @ExposedMethod(doc = "cosh(x)\n\nReturn the hyperbolic cosine of x.")
    static PyObject cosh(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::cosh); }

    @ExposedMethod(doc = "exp(x)\n\nReturn the exponential value e**x.")
    static PyObject exp(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::exp); }

    @ExposedMethod(doc = "log10(x)\n\nReturn the base-10 logarithm of x.")
    static PyObject log10(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::log10); }

    @ExposedMethod(doc = "sin(x)\n\nReturn the sine of x.")
    static PyObject sin(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::sin); }

    @ExposedMethod(doc = "sinh(x)\n\nReturn the hyperbolic sine of x.")
    static PyObject sinh(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::sinh); }

    @ExposedMethod(doc = "sqrt(x)\n\nReturn the square root of x.")
    static PyObject sqrt(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::sqrt); }

    @ExposedMethod(doc = "tan(x)\n\nReturn the tangent of x.")
    static PyObject tan(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::tan); }

    @ExposedMethod(doc = "tanh(x)\n\nReturn the hyperbolic tangent of x.")
    static PyObject tanh(PyObject[] a, String[] kw) { return apply(a, kw, ComplexCalc::tanh); }

    @ExposedMethod(doc = "log(x[, base]) -> the logarithm of x to the given base.\nIf the base not specified, returns the natural logarithm (base e) of x.")
    static PyObject log(PyObject[] args, String[] kw) {
        argCount(null, args, kw, 1, 2);
        Z x = complexArg(args[0]);
        Z base = args.length > 1 ? complexArg(args[1]) : null;
        ComplexCalc c = new ComplexCalc();
        Z r = c.log(x);
        if (base != null) {
            // as in 2.7, the base's log decides errno (a pole of x's log passes)
            Z lb = c.log(base);
            r = c.quot(r, lb);
        }
        return check(c, r);
    }

    @ExposedMethod(doc = "phase(z) -> float\n\nReturn argument, also known as the phase angle, of a complex.")
    static PyObject phase(PyObject[] args, String[] kw) {
        argCount("phase", args, kw, 1, 1);
        Z z = complexArg(args[0]);
        double phi = ComplexCalc.phase(z);
        if (phi != 0 || z.im() != 0) {
            // glibc's atan2 reports a result underflowing to zero through errno, which phase() raises
            if (Double.isFinite(z.re()) && Double.isFinite(z.im()) && phi == 0) {
                throw Py.OverflowError("math range error");
            }
        }
        return new PyFloat(phi);
    }

    @ExposedMethod(doc = "polar(z) -> r: float, phi: float\n\nConvert a complex from rectangular coordinates to polar coordinates. r is\nthe distance from 0 and phi the phase angle.")
    static PyObject polar(PyObject[] args, String[] kw) {
        argCount("polar", args, kw, 1, 1);
        Z z = complexArg(args[0]);
        double phi = ComplexCalc.phase(z);
        double r;
        if (Double.isInfinite(z.re())) {
            r = Math.abs(z.re());
        } else if (Double.isInfinite(z.im())) {
            r = Math.abs(z.im());
        } else if (Double.isNaN(z.re()) || Double.isNaN(z.im())) {
            r = Double.NaN;
        } else {
            r = CRMath.hypot(z.re(), z.im());
            if (Double.isInfinite(r)) {
                throw Py.OverflowError("math range error");
            }
        }
        return PyTuple.of(new PyFloat(r), new PyFloat(phi));
    }

    @ExposedMethod(doc = "rect(r, phi) -> z: complex\n\nConvert from polar coordinates to rectangular coordinates.")
    static PyObject rect(PyObject[] args, String[] kw) {
        argCount("rect", args, kw, 2, 2);
        double r = Py.asDoubleArg(args[0]);
        double phi = Py.asDoubleArg(args[1]);
        ComplexCalc c = new ComplexCalc();
        return check(c, c.rect(r, phi));
    }

    @ExposedMethod(doc = "isnan(z) -> bool\nChecks if the real or imaginary part of z not a number (NaN)")
    static PyObject isnan(PyObject[] args, String[] kw) {
        argCount("isnan", args, kw, 1, 1);
        Z z = complexArg(args[0]);
        return Py.bool(Double.isNaN(z.re()) || Double.isNaN(z.im()));
    }

    @ExposedMethod(doc = "isinf(z) -> bool\nChecks if the real or imaginary part of z is infinite.")
    static PyObject isinf(PyObject[] args, String[] kw) {
        argCount("isinf", args, kw, 1, 1);
        Z z = complexArg(args[0]);
        return Py.bool(Double.isInfinite(z.re()) || Double.isInfinite(z.im()));
    }
}

package org.gillab.runtime;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import org.gillab.obj.Args;
import org.gillab.obj.BinOps;
import org.gillab.obj.Ops;
import org.gillab.obj.Py;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyException;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyTuple;
import org.gillab.spi.Rc;

/**
 * The {@code math} module, following CPython's {@code Modules/mathmodule.c}: the same special cases,
 * errors ("math domain error", "math range error") and algorithms where the algorithm decides the
 * last bit ({@code hypot}/{@code dist}'s vector norm, {@code fsum}'s exact partials).
 */
public final class MathModule {
    private MathModule() {}

    private static final double LN2 = 0.6931471805599453;
    private static final double DEG_TO_RAD = Math.PI / 180.0;
    private static final double RAD_TO_DEG = 180.0 / Math.PI;

    public static PyModule create() {
        ModuleBuilder m = new ModuleBuilder("math");
        m.valueOwned("pi", new PyFloat(Math.PI));
        m.valueOwned("e", new PyFloat(Math.E));
        m.valueOwned("tau", new PyFloat(2 * Math.PI));
        m.valueOwned("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.valueOwned("nan", new PyFloat(Double.NaN));

        // Functions of one float: (name, f, whether an infinite result from a finite input is an overflow).
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", Math::asin, false);
        unary(m, "acos", Math::acos, false);
        unary(m, "atan", Math::atan, false);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "tanh", Math::tanh, false);
        unary(m, "asinh", MathModule::asinh, false);
        unary(m, "acosh", MathModule::acosh, false);
        unary(m, "atanh", MathModule::atanh, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "log1p", MathModule::log1p, false);
        unary(m, "fabs", Math::abs, false);
        m.fn("log", (a, kw) -> {
            Args.noKeywords("log", kw);
            if (a.length < 1 || a.length > 2) throw Py.typeError("math.log requires 1 to 2 arguments");
            double num = logHelper(a[0], Math::log);
            if (a.length == 1) return new PyFloat(num);
            double den = logHelper(a[1], Math::log);
            if (den == 0.0) throw Py.zeroDivision("float division by zero");
            return new PyFloat(num / den);
        });
        m.fn("log2", (a, kw) -> {
            Args.exact("math.log2", a, kw, 1);
            return new PyFloat(logHelper(a[0], MathModule::log2));
        });
        m.fn("log10", (a, kw) -> {
            Args.exact("math.log10", a, kw, 1);
            return new PyFloat(logHelper(a[0], StrictMath::log10));
        });
        m.fn("atan2", (a, kw) -> {
            Args.exact("atan2", a, kw, 2);
            return new PyFloat(Math.atan2(Py.asDouble(a[0]), Py.asDouble(a[1])));
        });
        m.fn("pow", (a, kw) -> {
            Args.exact("pow", a, kw, 2);
            return new PyFloat(pow(Py.asDouble(a[0]), Py.asDouble(a[1])));
        });
        m.fn("fmod", (a, kw) -> {
            Args.exact("fmod", a, kw, 2);
            double x = Py.asDouble(a[0]), y = Py.asDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) return new PyFloat(x);
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
            return new PyFloat(r);
        });
        m.fn("copysign", (a, kw) -> {
            Args.exact("copysign", a, kw, 2);
            return new PyFloat(Math.copySign(Py.asDouble(a[0]), Py.asDouble(a[1])));
        });
        m.fn("degrees", (a, kw) -> { Args.exact("math.degrees", a, kw, 1); return new PyFloat(Py.asDouble(a[0]) * RAD_TO_DEG); });
        m.fn("radians", (a, kw) -> { Args.exact("math.radians", a, kw, 1); return new PyFloat(Py.asDouble(a[0]) * DEG_TO_RAD); });
        m.fn("isnan", (a, kw) -> { Args.exact("math.isnan", a, kw, 1); return Py.bool(Double.isNaN(Py.asDouble(a[0]))); });
        m.fn("isinf", (a, kw) -> { Args.exact("math.isinf", a, kw, 1); return Py.bool(Double.isInfinite(Py.asDouble(a[0]))); });
        m.fn("isfinite", (a, kw) -> { Args.exact("math.isfinite", a, kw, 1); return Py.bool(Double.isFinite(Py.asDouble(a[0]))); });
        m.fn("isclose", MathModule::isclose);
        m.fn("floor", (a, kw) -> rounding(a, kw, "floor", "__floor__", Math::floor));
        m.fn("ceil", (a, kw) -> rounding(a, kw, "ceil", "__ceil__", Math::ceil));
        m.fn("trunc", (a, kw) -> rounding(a, kw, "trunc", "__trunc__", x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
        m.fn("modf", (a, kw) -> {
            Args.exact("math.modf", a, kw, 1);
            double x = Py.asDouble(a[0]);
            double ip, fp;
            if (Double.isInfinite(x)) {
                fp = Math.copySign(0.0, x);
                ip = x;
            } else if (Double.isNaN(x)) {
                fp = ip = x;
            } else {
                ip = x < 0 ? Math.ceil(x) : Math.floor(x);
                fp = Math.copySign(x - ip, x);
            }
            return new PyTuple(new PyObject[] {new PyFloat(fp), new PyFloat(ip)});
        });
        m.fn("frexp", (a, kw) -> {
            Args.exact("math.frexp", a, kw, 1);
            double x = Py.asDouble(a[0]);
            if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return new PyTuple(new PyObject[] {new PyFloat(x), PyInt.of(0)});
            }
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(x * 0x1p54) - 54; // subnormal
            double mant = Math.scalb(x, -(e + 1));
            return new PyTuple(new PyObject[] {new PyFloat(mant), PyInt.of(e + 1)});
        });
        m.fn("ldexp", (a, kw) -> {
            Args.exact("ldexp", a, kw, 2);
            double x = Py.asDouble(a[0]);
            if (!(a[1] instanceof PyInt e)) throw Py.typeError("Expected an int as second argument to ldexp.");
            if (x == 0.0 || !Double.isFinite(x)) return new PyFloat(x);
            long exp = e.big != null ? (e.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : e.value;
            if (exp > 10000) throw rangeError();
            if (exp < -10000) return new PyFloat(Math.copySign(0.0, x));
            double r = Math.scalb(x, (int) exp);
            if (Double.isInfinite(r)) throw rangeError();
            return new PyFloat(r);
        });
        m.fn("hypot", (a, kw) -> {
            Args.noKeywords("hypot", kw);
            double[] v = new double[a.length];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < a.length; i++) {
                double x = Math.abs(Py.asDouble(a[i]));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) max = x;
            }
            return new PyFloat(vectorNorm(v, max, nan));
        });
        m.fn("dist", (a, kw) -> {
            Args.exact("dist", a, kw, 2);
            PyObject[] p = Ops.toArray(a[0]);
            PyObject[] q = null;
            try {
                q = Ops.toArray(a[1]);
                if (p.length != q.length) throw Py.valueError("both points must have the same number of dimensions");
                double[] v = new double[p.length];
                double max = 0.0;
                boolean nan = false;
                for (int i = 0; i < p.length; i++) {
                    double x = Math.abs(Py.asDouble(p[i]) - Py.asDouble(q[i]));
                    v[i] = x;
                    nan |= Double.isNaN(x);
                    if (x > max) max = x;
                }
                return new PyFloat(vectorNorm(v, max, nan));
            } finally {
                for (PyObject o : p) Rc.decref(o);
                if (q != null) for (PyObject o : q) Rc.decref(o);
            }
        });
        m.fn("fsum", (a, kw) -> {
            Args.exact("math.fsum", a, kw, 1);
            return new PyFloat(fsum(a[0]));
        });
        m.fn("prod", MathModule::prod);
        m.fn("gcd", (a, kw) -> {
            Args.noKeywords("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            long small = 0;
            boolean big = false;
            for (PyObject o : a) {
                PyInt x = index(o);
                try {
                    if (!big && x.big == null && x.value != Long.MIN_VALUE) {
                        small = gcd(small, Math.abs(x.value));
                    } else {
                        if (!big) g = BigInteger.valueOf(small);
                        big = true;
                        g = g.gcd(x.toBigInteger());
                    }
                } finally {
                    Rc.decref(x);
                }
            }
            return big ? PyInt.of(g) : PyInt.of(small);
        });
        m.fn("lcm", (a, kw) -> {
            Args.noKeywords("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                PyInt x = index(o);
                BigInteger b;
                try {
                    b = x.toBigInteger().abs();
                } finally {
                    Rc.decref(x);
                }
                if (l.signum() == 0 || b.signum() == 0) l = BigInteger.ZERO;
                else l = l.divide(l.gcd(b)).multiply(b);
            }
            return PyInt.of(l);
        });
        m.fn("isqrt", (a, kw) -> {
            Args.exact("math.isqrt", a, kw, 1);
            PyInt n = index(a[0]);
            try {
                if (n.signum() < 0) throw Py.valueError("isqrt() argument must be nonnegative");
                if (n.big == null && n.value < (1L << 52)) {
                    long r = (long) Math.sqrt((double) n.value);
                    while (r * r > n.value) r--;
                    while ((r + 1) * (r + 1) <= n.value) r++;
                    return PyInt.of(r);
                }
                return PyInt.of(n.toBigInteger().sqrt());
            } finally {
                Rc.decref(n);
            }
        });
        m.fn("factorial", (a, kw) -> {
            Args.exact("math.factorial", a, kw, 1);
            if (a[0] instanceof PyFloat) throw Py.typeError("'float' object cannot be interpreted as an integer");
            long n = indexLong(a[0], "factorial() argument should not exceed " + Long.MAX_VALUE);
            if (n < 0) throw Py.valueError("factorial() not defined for negative values");
            return PyInt.of(product(1, n));
        });
        m.fn("comb", (a, kw) -> {
            Args.exact("comb", a, kw, 2);
            BigInteger[] nk = nk(a[0], a[1]);
            BigInteger n = nk[0], k = nk[1];
            if (k.compareTo(n) > 0) return PyInt.of(0);
            if (n.subtract(k).compareTo(k) < 0) k = n.subtract(k);
            if (k.bitLength() > 31) throw Py.overflowError("min(n - k, k) must not exceed 2147483647");
            int kk = k.intValue();
            BigInteger r = BigInteger.ONE;
            for (int i = 0; i < kk; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return PyInt.of(r);
        });
        m.fn("perm", (a, kw) -> {
            Args.between("perm", a, kw, 1, 2);
            if (a.length == 1 || a[1] == Py.None) {
                PyInt n = index(a[0]);
                try {
                    if (n.signum() < 0) throw Py.valueError("factorial() not defined for negative values");
                    if (n.big != null) throw Py.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
                    return PyInt.of(product(1, n.value));
                } finally {
                    Rc.decref(n);
                }
            }
            BigInteger[] nk = nk(a[0], a[1]);
            BigInteger n = nk[0], k = nk[1];
            if (k.compareTo(n) > 0) return PyInt.of(0);
            if (k.bitLength() > 31) throw Py.overflowError("k must not exceed 2147483647");
            BigInteger r = BigInteger.ONE;
            for (int i = 0, kk = k.intValue(); i < kk; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            return PyInt.of(r);
        });
        return m.build();
    }

    // ---------------------------------------------------------------- errors and float helpers

    static PyException domainError() {
        return Py.valueError("math domain error");
    }

    static PyException rangeError() {
        return Py.overflowError("math range error");
    }

    /** CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite input a range (or domain) error. */
    private static void unary(ModuleBuilder m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.fn(name, (a, kw) -> {
            Args.exact("math." + name, a, kw, 1);
            return new PyFloat(apply1(f, Py.asDouble(a[0]), canOverflow));
        });
    }

    private static double apply1(DoubleUnaryOperator f, double x, boolean canOverflow) {
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
        if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? rangeError() : domainError();
        return r;
    }

    private static double log1p(double x) {
        if (x == -1.0) throw domainError();
        return Math.log1p(x);
    }

    private static double asinh(double x) {
        if (Double.isInfinite(x) || x == 0.0) return x;
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + LN2 : Math.log1p(a + a * a / (1.0 + Math.sqrt(1.0 + a * a)));
        return Math.copySign(r, x);
    }

    private static double acosh(double x) {
        if (x < 1.0) return Double.NaN;
        if (Double.isInfinite(x)) return x;
        if (x > 1e8) return Math.log(x) + LN2;
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    private static double atanh(double x) {
        double a = Math.abs(x);
        if (a >= 1.0) return a == 1.0 ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.NaN;
        double r = a < 0.5 ? 0.5 * Math.log1p(2.0 * a + 2.0 * a * a / (1.0 - a)) : 0.5 * Math.log1p(2.0 * a / (1.0 - a));
        return Math.copySign(r, x);
    }

    /** log2: exact for powers of two; the mantissa's log taken near 1 to keep its relative accuracy. */
    static double log2(double x) {
        if (Double.isNaN(x) || x < 0) return Double.NaN;
        if (x == 0.0) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) return log2(x * 0x1p54) - 54; // subnormal
        double m = Math.scalb(x, -e); // in [1, 2)
        if (m == 1.0) return e;
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        return e + Math.log(m) / LN2;
    }

    private static final double SQRT2 = Math.sqrt(2.0);

    /**
     * CPython's loghelper: ints are handled exactly, however large (the log of the mantissa plus the
     * exponent's); other values go through the float function with math_1's checks.
     */
    private static double logHelper(PyObject x, DoubleUnaryOperator f) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) throw domainError();
            if (i.big == null || i.big.bitLength() <= 1024) {
                double d = i.big == null ? (double) i.value : i.big.doubleValue();
                if (!Double.isInfinite(d)) return f.applyAsDouble(d);
            }
            BigInteger b = i.big;
            int len = b.bitLength();
            long top = b.shiftRight(len - 64).longValue();
            boolean sticky = b.getLowestSetBit() < len - 64;
            long mant = top >>> 11;
            long rem = top & 0x7ff;
            if (rem > 0x400 || rem == 0x400 && (sticky || (mant & 1) != 0)) mant++;
            double m = mant * 0x1p-53;
            return f.applyAsDouble(m) + f.applyAsDouble(2.0) * len;
        }
        double d = Py.asDouble(x);
        double r = f.applyAsDouble(d);
        if (Double.isNaN(r) && !Double.isNaN(d)) throw domainError();
        if (Double.isInfinite(r) && Double.isFinite(d)) throw domainError();
        return r;
    }

    /** CPython's math_pow: C99's special cases, then errors for NaN and infinite results. */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) return y == 0.0 ? 1.0 : x;
            if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) return oddY ? x : Math.abs(x);
                if (y == 0) return 1.0;
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) return 1.0;
            if (y > 0 && Math.abs(x) > 1.0) return y;
            if (y < 0 && Math.abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = Math.pow(x, y);
        if (!Double.isFinite(r)) {
            if (Double.isNaN(r)) throw domainError();
            if (x == 0.0) throw domainError();
            throw rangeError();
        }
        return r;
    }

    private static PyObject isclose(PyObject[] a, String[] kw) {
        int npos = Args.positional(a, kw);
        if (npos != 2) throw Py.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)");
        PyObject[] b = Args.bind("isclose", a, kw, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
        double x = Py.asDouble(b[0]), y = Py.asDouble(b[1]);
        double rel = b[2] == null ? 1e-9 : Py.asDouble(b[2]);
        double abs = b[3] == null ? 0.0 : Py.asDouble(b[3]);
        if (rel < 0.0 || abs < 0.0) throw Py.valueError("tolerances must be non-negative");
        if (x == y) return PyBool.TRUE;
        if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
        double diff = Math.abs(y - x);
        return Py.bool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    /** floor/ceil/trunc: ints unchanged, floats to int, other objects through their dunder. */
    private static PyObject rounding(PyObject[] a, String[] kw, String name, String dunder, DoubleUnaryOperator f) {
        Args.exact("math." + name, a, kw, 1);
        PyObject x = a[0];
        if (x instanceof PyInt i) return x.type() == PyInt.TYPE ? Rc.newRef(i) : PyInt.of(i.toBigInteger());
        if (x instanceof PyFloat fl) return PyFloat.toInt(f.applyAsDouble(fl.value));
        PyObject meth = x.type().lookup(dunder);
        if (meth != null) return meth.call(new PyObject[] {x}, null);
        if (name.equals("trunc")) throw Py.typeError("type " + x.type().name + " doesn't define __trunc__ method");
        return PyFloat.toInt(f.applyAsDouble(Py.asDouble(x)));
    }

    // ---------------------------------------------------------------- hypot, dist, fsum, prod

    private static final double T27 = 134217729.0; // 2**27 + 1, Veltkamp-Dekker splitting

    /**
     * CPython 3.11's vector_norm: lossless power-of-two scaling, exact squaring by Veltkamp-Dekker
     * splitting, Neumaier summation and a differential correction of the square root.
     */
    static double vectorNorm(double[] vec, double max, boolean foundNan) {
        int n = vec.length;
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int maxE = Math.getExponent(max) + 1; // frexp's exponent for a normal number
        if (Math.getExponent(max) == Double.MIN_EXPONENT - 1) {
            double[] scaled = new double[n];
            for (int i = 0; i < n; i++) scaled[i] = vec[i] / Double.MIN_NORMAL;
            return Double.MIN_NORMAL * vectorNorm(scaled, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0, frac = 0.0, oldcsum, x, t, hi, lo;
        for (int i = 0; i < n; i++) {
            x = vec[i] * scale;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac += (oldcsum - csum) + x;
            frac += lo * lo;
        }
        double h = Math.sqrt(csum - 1.0 + frac);
        x = h;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac += (oldcsum - csum) + x;
        x = -lo * lo;
        frac += x;
        x = csum - 1.0 + frac;
        return (h + x / (2.0 * h)) / scale;
    }

    /** CPython's math.fsum: Shewchuk's exact partials with its rounding fix-up and special values. */
    static double fsum(PyObject iterable) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        PyObject it = iterable.iter();
        try {
            for (PyObject item = it.next(); item != null; item = it.next()) {
                double x;
                try {
                    x = Py.asDouble(item);
                } finally {
                    Rc.decref(item);
                }
                double xsave = x;
                int i = 0;
                for (int j = 0; j < n; j++) {
                    double y = p[j];
                    if (Math.abs(x) < Math.abs(y)) {
                        double tmp = x;
                        x = y;
                        y = tmp;
                    }
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) p[i++] = lo;
                    x = hi;
                }
                n = i;
                if (x != 0.0) {
                    if (!Double.isFinite(x)) {
                        if (Double.isFinite(xsave)) throw Py.overflowError("intermediate overflow in fsum");
                        if (Double.isInfinite(xsave)) infSum += xsave;
                        specialSum += xsave;
                        n = 0;
                    } else {
                        if (n == p.length) p = java.util.Arrays.copyOf(p, n * 2);
                        p[n++] = x;
                    }
                }
            }
        } finally {
            Rc.decref(it);
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw Py.valueError("-inf + inf in fsum");
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    private static PyObject prod(PyObject[] a, String[] kw) {
        int npos = Args.positional(a, kw);
        if (npos != 1) throw Py.typeError("prod() takes exactly 1 positional argument (" + npos + " given)");
        PyObject[] b = Args.bind("prod", a, kw, new String[] {"iterable", "start"}, 1, 1);
        PyObject acc = b[1] == null ? PyInt.of(1) : Rc.newRef(b[1]);
        try {
            PyObject it = b[0].iter();
            try {
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    PyObject r;
                    try {
                        r = Ops.binary(BinOps.MUL, acc, x);
                    } finally {
                        Rc.decref(x);
                    }
                    Rc.decref(acc);
                    acc = r;
                }
            } finally {
                Rc.decref(it);
            }
        } catch (RuntimeException e) {
            Rc.decref(acc);
            throw e;
        }
        return acc;
    }

    // ---------------------------------------------------------------- integers

    /** An integer argument (via {@code __index__}): a new reference. */
    static PyInt index(PyObject o) {
        if (o instanceof PyInt i) return Rc.newRef(i);
        PyObject m = o.type().lookup("__index__");
        if (m != null) {
            PyObject r = m.call(new PyObject[] {o}, null);
            if (r instanceof PyInt i) return i;
            Rc.decref(r);
            throw Py.typeError("__index__ returned non-int (type " + r.type().name + ")");
        }
        throw Py.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    private static long indexLong(PyObject o, String overflowMessage) {
        PyInt i = index(o);
        try {
            if (i.big != null) {
                if (i.signum() < 0) return -1;
                throw Py.overflowError(overflowMessage);
            }
            return i.value;
        } finally {
            Rc.decref(i);
        }
    }

    private static BigInteger[] nk(PyObject n, PyObject k) {
        PyInt ni = index(n);
        PyInt ki;
        try {
            ki = index(k);
        } catch (RuntimeException e) {
            Rc.decref(ni);
            throw e;
        }
        try {
            if (ni.signum() < 0) throw Py.valueError("n must be a non-negative integer");
            if (ki.signum() < 0) throw Py.valueError("k must be a non-negative integer");
            return new BigInteger[] {ni.toBigInteger(), ki.toBigInteger()};
        } finally {
            Rc.decref(ni);
            Rc.decref(ki);
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** The product lo * (lo+1) * ... * hi, by splitting the range in halves (fast for factorials). */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) return BigInteger.ONE;
        if (hi - lo < 16) {
            long acc = 1;
            BigInteger r = BigInteger.ONE;
            for (long i = lo; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / Math.max(1, i)) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }
}

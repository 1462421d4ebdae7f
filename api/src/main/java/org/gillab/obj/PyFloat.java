package org.gillab.obj;

import java.math.BigDecimal;

import org.gillab.spi.Rc;

/**
 * Python's float: a double, printed as Python prints it (the shortest repr that round-trips, see
 * {@link FloatRepr}), with Python's division, modulo and power rules.
 */
public final class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyFloat.class);

    /**
     * Not final for one reason: an arithmetic instruction may write its result into an operand that
     * only the stack references and that would die at once (CPython 3.12's float reuse, see
     * {@link #setInPlace}).
     */
    public double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override public PyType type() { return TYPE; }

    /**
     * Overwrites the value of a float that nobody else can see: the caller has checked that its
     * only reference is the one it is about to drop (CPython 3.12's {@code DECREF_INPUTS_AND_REUSE_FLOAT}).
     */
    public void setInPlace(double v) {
        value = v;
    }

    /** Owns no references: nothing to release. */
    @Override public void release() {}

    @Override public String repr() { return FloatRepr.repr(value); }

    @Override public boolean isTrue() { return value != 0.0; }

    @Override
    public long pyHash() {
        return hashDouble(value, this);
    }

    /**
     * Python's numeric hash of a double: equal to the int's hash when the value is integral, so that
     * {@code d[1]} and {@code d[1.0]} are the same key. The value reduced modulo 2**61-1, computed
     * 28 bits of mantissa at a time (the scheme described in CPython's docs, "Hashing of numeric types").
     */
    public static long hashDouble(double v, Object identity) {
        if (Double.isNaN(v)) return System.identityHashCode(identity);
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) return PyInt.hashLong((long) v);
        final int bits = 61;
        final long modulus = (1L << bits) - 1;
        int sign = 1;
        double m = v;
        if (m < 0) { sign = -1; m = -m; }
        int e = Math.getExponent(m) + 1; // frexp: m = mant * 2**e with mant in [0.5, 1)
        m = m / Math.scalb(1.0, e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & modulus) | x >>> (bits - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) x -= modulus;
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & modulus) | x >>> (bits - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (other instanceof PyFloat f) return value == f.value;
        if (other instanceof PyInt i) return i.compareWithDouble(value) == 0;
        return other instanceof PyInstance && Ops.eq(this, other);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (other instanceof PyFloat f) {
            double a = value, b = f.value;
            switch (op) {
                case CmpOp.LT: return Py.bool(a < b);
                case CmpOp.LE: return Py.bool(a <= b);
                case CmpOp.EQ: return Py.bool(a == b);
                case CmpOp.NE: return Py.bool(a != b);
                case CmpOp.GT: return Py.bool(a > b);
                default: return Py.bool(a >= b);
            }
        }
        if (other instanceof PyInt i) {
            int c = i.compareWithDouble(value);
            if (c == 2) return Py.bool(op == CmpOp.NE);
            return Py.bool(CmpOp.test(op, -c));
        }
        return null;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        double o;
        if (other instanceof PyFloat f) o = f.value;
        else if (other instanceof PyInt i) o = i.toDouble();
        else return null;
        return reflected ? arith(op, o, value) : arith(op, value, o);
    }

    @Override
    public PyObject unaryOp(int op) {
        switch (op) {
            case BinOps.NEG: return new PyFloat(-value);
            case BinOps.POS: return Rc.newRef(this);
            default: return super.unaryOp(op);
        }
    }

    /** {@code a op b} for two floats: a new reference, or null if the operator does not apply. */
    public static PyObject arith(int op, double a, double b) {
        switch (op) {
            case BinOps.ADD: return new PyFloat(a + b);
            case BinOps.SUB: return new PyFloat(a - b);
            case BinOps.MUL: return new PyFloat(a * b);
            case BinOps.TRUEDIV:
                if (b == 0.0) throw Py.zeroDivision("float division by zero");
                return new PyFloat(a / b);
            case BinOps.FLOORDIV:
                if (b == 0.0) throw Py.zeroDivision("float floor division by zero");
                return new PyFloat(divmod(a, b)[0]);
            case BinOps.MOD:
                if (b == 0.0) throw Py.zeroDivision("float modulo");
                return new PyFloat(divmod(a, b)[1]);
            case BinOps.POW: return new PyFloat(pow(a, b));
            default: return null;
        }
    }

    /**
     * Python's float divmod: the remainder takes the divisor's sign and the quotient is floored, with
     * the rounding corrections CPython's {@code float_divmod} makes so that {@code q*b + r} is close to a.
     */
    public static double[] divmod(double a, double b) {
        double mod = a % b; // Java's % is C's fmod
        double div = (a - mod) / b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floordiv, mod};
    }

    /** Python's float power: errors where C's pow would return NaN or infinity for finite inputs. */
    public static double pow(double a, double b) {
        if (a == 0.0 && b < 0.0) throw Py.zeroDivision("0.0 cannot be raised to a negative power");
        if (a < 0.0 && b != Math.rint(b) && !Double.isInfinite(b) && !Double.isNaN(b)) {
            throw Py.valueError("complex numbers are not supported by gillab (negative number raised to a fractional power)");
        }
        if (b == 0.0) return 1.0;
        if (a == 1.0) return 1.0;
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Py.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** {@code int(v)}: truncates toward zero, as Python does. */
    public static PyInt toInt(double v) {
        if (Double.isNaN(v)) throw Py.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw Py.overflowError("cannot convert float infinity to integer");
        if (Math.abs(v) < 9.2e18) return PyInt.of((long) v);
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }
}

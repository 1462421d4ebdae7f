package org.gillab.obj;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.gillab.spi.Rc;

/**
 * Python's int: arbitrary precision with a 64-bit fast path. {@link #big} is null while the value
 * fits in a long ({@link #value}); past that the value lives in a BigInteger. Small ints
 * (-5..256) are cached and immortal, as in CPython.
 *
 * <p>Division, modulo and power follow Python: {@code //} and {@code %} round toward negative
 * infinity, {@code %} takes the divisor's sign, a negative exponent gives a float.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyInt.class);

    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = Rc.immortal(new PyInt(i - 5));
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final long HASH_MODULUS = (1L << 61) - 1;

    /**
     * The value when {@link #big} is null. Not final for one reason: the interpreter may update an
     * int in place when the only reference to it is the local being assigned ({@link #addInPlace}).
     */
    public long value;
    public final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) return SMALL[(int) v + 5];
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        return new PyInt(b);
    }

    @Override public PyType type() { return TYPE; }

    /** Owns no references: nothing to release. */
    @Override public void release() {}

    public BigInteger toBigInteger() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** The nearest double; OverflowError if out of range, as CPython. */
    public double toDouble() {
        if (big == null) return (double) value;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Py.overflowError("int too large to convert to float");
        return d;
    }

    // ---------------------------------------------------------------- text, truth, hash

    @Override public String repr() { return big != null ? big.toString() : Long.toString(value); }

    @Override public boolean isTrue() { return big != null || value != 0; }

    @Override
    public long pyHash() {
        if (big == null) return hashLong(value);
        long h;
        {
            h = big.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            if (big.signum() < 0) h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** Python's hash of an int that fits in a long: the value modulo 2**61-1, keeping its sign. */
    public static long hashLong(long v) {
        long h = Math.abs(v % HASH_MODULUS);
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (other instanceof PyInt o) return big == null ? o.big == null && o.value == value : big.equals(o.big);
        if (other instanceof PyFloat f) return compareWithDouble(f.value) == 0;
        return other instanceof PyInstance && Ops.eq(this, other);
    }

    /** Three-way comparison of two ints. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return a.toBigInteger().compareTo(b.toBigInteger());
    }

    /** Exact comparison with a double; NaN compares as "unordered" (returns 2). */
    public int compareWithDouble(double d) {
        if (Double.isNaN(d)) return 2;
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        if (big == null && Math.abs(value) < (1L << 53)) {
            double v = (double) value; // not Double.compare: Python has -0.0 == 0
            return v < d ? -1 : v > d ? 1 : 0;
        }
        return new BigDecimal(toBigInteger()).compareTo(new BigDecimal(d));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        int c;
        if (other instanceof PyInt o) c = compare(this, o);
        else if (other instanceof PyFloat f) {
            c = compareWithDouble(f.value);
            if (c == 2) return Py.bool(op == CmpOp.NE);
        } else return null;
        return Py.bool(CmpOp.test(op, c));
    }

    // ---------------------------------------------------------------- arithmetic

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (!(other instanceof PyInt o)) return null;
        return reflected ? arith(op, o, this) : arith(op, this, o);
    }

    @Override
    public PyObject unaryOp(int op) {
        switch (op) {
            case BinOps.NEG: return big == null && value != Long.MIN_VALUE ? of(-value) : of(toBigInteger().negate());
            case BinOps.POS: return Rc.newRef(this);
            default: return big == null ? of(~value) : of(big.not());
        }
    }

    /** {@code a op b} for two ints: a new reference. */
    public static PyObject arith(int op, PyInt a, PyInt b) {
        switch (op) {
            case BinOps.ADD: return add(a, b);
            case BinOps.SUB: return sub(a, b);
            case BinOps.MUL: return mul(a, b);
            case BinOps.TRUEDIV: return trueDiv(a, b);
            case BinOps.FLOORDIV: return floorDiv(a, b);
            case BinOps.MOD: return mod(a, b);
            case BinOps.POW: return pow(a, b);
            case BinOps.LSHIFT: return lshift(a, b);
            case BinOps.RSHIFT: return rshift(a, b);
            case BinOps.AND:
                return a.big == null && b.big == null ? of(a.value & b.value) : of(a.toBigInteger().and(b.toBigInteger()));
            case BinOps.OR:
                return a.big == null && b.big == null ? of(a.value | b.value) : of(a.toBigInteger().or(b.toBigInteger()));
            case BinOps.XOR:
                return a.big == null && b.big == null ? of(a.value ^ b.value) : of(a.toBigInteger().xor(b.toBigInteger()));
            default: return null;
        }
    }

    /**
     * {@code x += d} on an int that nothing else references: changes it in place and returns true,
     * or returns false (overflow, or a result that must be the shared small int) and changes nothing.
     */
    public boolean addInPlace(long d) {
        long v = value, r = v + d;
        if (big != null || ((v ^ r) & (d ^ r)) < 0 || (r >= -5 && r <= 256)) return false;
        value = r;
        return true;
    }

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) return of(r);
        }
        return of(a.toBigInteger().add(b.toBigInteger()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) return of(r);
        }
        return of(a.toBigInteger().subtract(b.toBigInteger()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return of(lo);
        }
        return of(a.toBigInteger().multiply(b.toBigInteger()));
    }

    public static PyFloat trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Py.zeroDivision("division by zero");
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        double d = new BigDecimal(a.toBigInteger()).divide(new BigDecimal(b.toBigInteger()), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(d)) throw Py.overflowError("integer division result too large for a float");
        return new PyFloat(d);
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Py.zeroDivision("integer division or modulo by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.toBigInteger().divideAndRemainder(b.toBigInteger());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) q = q.subtract(BigInteger.ONE);
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Py.zeroDivision("integer modulo by zero");
        if (a.big == null && b.big == null) {
            if (b.value == -1) return of(0);
            return of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.toBigInteger().remainder(b.toBigInteger());
        if (r.signum() != 0 && r.signum() != b.signum()) r = r.add(b.toBigInteger());
        return of(r);
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.toDouble();
            if (base == 0.0) throw Py.zeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.pow(base, b.toDouble()));
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) return of(a.value);
            if (a.big == null && a.value == -1) return of(b.big.testBit(0) ? -1 : 1);
            throw Py.overflowError("exponent too large");
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value, result = 1;
            boolean overflow = false;
            long ee = e;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    base = lo;
                }
            }
            if (!overflow) return of(result);
        }
        if (e > Integer.MAX_VALUE) throw Py.overflowError("exponent too large");
        return of(a.toBigInteger().pow((int) e));
    }

    /** {@code pow(a, b, m)}. */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw Py.valueError("pow() 3rd argument cannot be 0");
        BigInteger mod = m.toBigInteger();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.toBigInteger().modInverse(mod.abs()).modPow(b.toBigInteger().negate(), mod.abs());
            } catch (ArithmeticException ex) {
                throw Py.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = a.toBigInteger().modPow(b.toBigInteger(), mod.abs());
        }
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return of(r);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Py.valueError("negative shift count");
        if (a.signum() == 0) return of(0);
        if (b.big != null || b.value > Integer.MAX_VALUE) throw Py.overflowError("too many digits in integer");
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long r = a.value << n;
            if ((r >> n) == a.value) return of(r);
        }
        return of(a.toBigInteger().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Py.valueError("negative shift count");
        if (b.big != null || b.value > Integer.MAX_VALUE) return of(a.signum() < 0 ? -1 : 0);
        int n = (int) b.value;
        if (a.big == null) return of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        return of(a.big.shiftRight(n));
    }

}

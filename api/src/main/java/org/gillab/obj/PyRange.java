package org.gillab.obj;

import org.gillab.spi.Rc;

/** {@code range(start, stop, step)} over 64-bit ints, with a non-allocating iterator for small values. */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyRange.class);

    public final long start, stop, step;
    /** Set instead when a bound does not fit in 64 bits (Python ranges are unbounded). */
    private final java.math.BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.big = null;
    }

    private PyRange(java.math.BigInteger start, java.math.BigInteger stop, java.math.BigInteger step) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.big = new java.math.BigInteger[] {start, stop, step};
    }

    private java.math.BigInteger bigLength() {
        java.math.BigInteger st = big[0], sp = big[1], sg = big[2];
        java.math.BigInteger span = sg.signum() > 0 ? sp.subtract(st) : st.subtract(sp);
        if (span.signum() <= 0) return java.math.BigInteger.ZERO;
        return span.subtract(java.math.BigInteger.ONE).divide(sg.abs()).add(java.math.BigInteger.ONE);
    }

    @Override public PyType type() { return TYPE; }

    public long length() {
        if (big != null) {
            java.math.BigInteger n = bigLength();
            if (n.bitLength() >= 63) throw Py.overflowError("Python int too large to convert to C ssize_t");
            return n.longValue();
        }
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    @Override public int len() {
        long n = length();
        if (n > Integer.MAX_VALUE) throw Py.overflowError("Python int too large to convert to C ssize_t");
        return (int) n;
    }

    @Override public boolean isTrue() { return big != null ? bigLength().signum() > 0 : length() > 0; }

    @Override
    public String repr() {
        if (big != null) {
            return "range(" + big[0] + ", " + big[1] + (big[2].equals(java.math.BigInteger.ONE) ? "" : ", " + big[2]) + ")";
        }
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (big != null) {
            if (!(key instanceof PyInt k)) throw Py.typeError("range indices must be integers or slices, not " + key.type().name);
            java.math.BigInteger n = bigLength(), i = k.toBigInteger();
            if (i.signum() < 0) i = i.add(n);
            if (i.signum() < 0 || i.compareTo(n) >= 0) throw Py.indexError("range object index out of range");
            return PyInt.of(big[0].add(i.multiply(big[2])));
        }
        long n = length();
        if (key instanceof PySlice sl) {
            int[] r = sl.indices((int) Math.min(n, Integer.MAX_VALUE));
            long s = start + r[0] * step;
            return new PyRange(s, s + (long) r[3] * r[2] * step, (long) r[2] * step);
        }
        long i = Py.asIndex(key);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Py.indexError("range object index out of range");
        return PyInt.of(start + i * step);
    }

    @Override
    public boolean contains(PyObject item) {
        if (big != null && item instanceof PyInt bi) {
            java.math.BigInteger v = bi.toBigInteger(), st = big[0], sp = big[1], sg = big[2];
            boolean inside = sg.signum() > 0 ? v.compareTo(st) >= 0 && v.compareTo(sp) < 0 : v.compareTo(st) <= 0 && v.compareTo(sp) > 0;
            return inside && v.subtract(st).mod(sg.abs()).signum() == 0;
        }
        if (item instanceof PyInt i && i.big == null) {
            long v = i.value;
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
            return (v - start) % step == 0;
        }
        return super.contains(item);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (!(other instanceof PyRange r)) return false;
        long n = length();
        if (n != r.length()) return false;
        if (n == 0) return true;
        if (start != r.start) return false;
        return n == 1 || step == r.step;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyRange) || (op != CmpOp.EQ && op != CmpOp.NE)) return null;
        return Py.bool(pyEquals(other) == (op == CmpOp.EQ));
    }

    @Override
    public long pyHash() {
        return Py.hashMix(Py.hashMix(length(), start), step);
    }

    @Override
    public PyObject iter() {
        if (big != null) throw Py.overflowError("gillab cannot iterate a range whose bounds exceed 64 bits");
        return new RangeIter(start, step, length());
    }

    /** Counts without owning the range: it needs only three longs. */
    public static final class RangeIter extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        RangeIter(long start, long step, long count) {
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }

    static {
        TYPE.constructor = (a, kw) -> {
            Args.between("range", a, kw, 1, 3);
            for (PyObject x : a) {
                if (x instanceof PyInt i && i.big != null) {
                    java.math.BigInteger b0 = a.length == 1 ? java.math.BigInteger.ZERO : ((PyInt) a[0]).toBigInteger();
                    java.math.BigInteger b1 = ((PyInt) a[a.length == 1 ? 0 : 1]).toBigInteger();
                    java.math.BigInteger b2 = a.length == 3 ? ((PyInt) a[2]).toBigInteger() : java.math.BigInteger.ONE;
                    if (b2.signum() == 0) throw Py.valueError("range() arg 3 must not be zero");
                    return new PyRange(b0, b1, b2);
                }
            }
            long start = 0, stop, step = 1;
            if (a.length == 1) stop = asRangeArg(a[0]);
            else {
                start = asRangeArg(a[0]);
                stop = asRangeArg(a[1]);
                if (a.length == 3) step = asRangeArg(a[2]);
            }
            if (step == 0) throw Py.valueError("range() arg 3 must not be zero");
            return new PyRange(start, stop, step);
        };
        TYPE.def("index", (self, a, kw) -> {
            Args.exact("range.index", a, kw, 1);
            PyRange r = (PyRange) self;
            if (!r.contains(a[0])) throw Py.valueError(a[0].repr() + " is not in range");
            return PyInt.of((((PyInt) a[0]).value - r.start) / r.step);
        });
        TYPE.def("count", (self, a, kw) -> {
            Args.exact("range.count", a, kw, 1);
            return PyInt.of(((PyRange) self).contains(a[0]) ? 1 : 0);
        });
    }

    private static long asRangeArg(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big != null) throw Py.overflowError("gillab's range() takes arguments that fit in 64 bits");
            return i.value;
        }
        if (o.type().lookup("__index__") != null) return Py.asIndex(o);
        throw Py.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }
}

package org.gillab.obj;

import org.gillab.spi.Rc;

/** {@code start:stop:step} as an object, and Python's rules for resolving it against a length. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class);

    public final PyObject start, stop, step;

    /** Takes ownership of the three parts (None where absent). */
    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override public PyType type() { return TYPE; }

    @Override public void forEachRef(RefVisitor v) { v.visit(start); v.visit(stop); v.visit(step); }

    @Override public String repr() { return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")"; }

    /**
     * Resolves against a sequence of length {@code len}: {start, stop, step, count}, with CPython's
     * clamping ({@code PySlice_AdjustIndices}).
     */
    public int[] indices(int len) {
        long st = step == Py.None ? 1 : clampIndex(step);
        if (st == 0) throw Py.valueError("slice step cannot be zero");
        long lo, hi;
        if (st > 0) {
            lo = start == Py.None ? 0 : adjust(clampIndex(start), len, 0, len);
            hi = stop == Py.None ? len : adjust(clampIndex(stop), len, 0, len);
        } else {
            lo = start == Py.None ? len - 1 : adjust(clampIndex(start), len, -1, len - 1);
            hi = stop == Py.None ? -1 : adjust(clampIndex(stop), len, -1, len - 1);
        }
        long count;
        if (st > 0) count = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        else count = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        return new int[] {(int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE), (int) count};
    }

    private static long adjust(long i, int len, long low, long high) {
        if (i < 0) {
            i += len;
            if (i < 0) i = low;
        } else if (i >= len) {
            i = high;
        }
        return i;
    }

    private static long clampIndex(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big != null) return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.value));
        }
        if (o.type().lookup("__index__") != null) return Py.asIndex(o);
        throw Py.typeError("slice indices must be integers or None or have an __index__ method");
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PySlice s && Ops.eq(start, s.start) && Ops.eq(stop, s.stop) && Ops.eq(step, s.step);
    }

    @Override
    public long pyHash() {
        throw Py.unhashable(this);
    }

}

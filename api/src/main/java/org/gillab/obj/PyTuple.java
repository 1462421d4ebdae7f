package org.gillab.obj;

import org.gillab.spi.Rc;

/** Python's tuple: an immutable array that owns a reference to each item. */
public final class PyTuple extends PyGcObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class);
    public static final PyTuple EMPTY = Rc.immortal(new PyTuple(new PyObject[0]));

    final PyObject[] items;

    /** Takes ownership of the array and of one reference to each item. */
    public PyTuple(PyObject[] items) {
        this.items = items;
        if (items.length > 0) org.gillab.vm.Gc.track(this);
    }

    /** A tuple of new references to the given items (borrowed). */
    public static PyTuple copyOf(PyObject... items) {
        if (items.length == 0) return EMPTY;
        PyObject[] a = items.clone();
        for (PyObject o : a) Rc.incref(o);
        return new PyTuple(a);
    }

    @Override public PyType type() { return TYPE; }

    public int size() { return items.length; }

    /** A borrowed reference to item {@code i}. */
    public PyObject get(int i) { return items[i]; }

    /** The backing array (read-only by convention). */
    public PyObject[] array() { return items; }

    @Override
    public void forEachRef(RefVisitor v) {
        for (PyObject o : items) v.visit(o);
    }

    @Override
    public String repr() {
        if (items.length == 1) return "(" + items[0].repr() + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(items[i].repr());
        }
        return sb.append(')').toString();
    }

    @Override public boolean isTrue() { return items.length > 0; }

    @Override public int len() { return items.length; }

    @Override
    public long pyHash() {
        // CPython 3.8+'s tuplehash (Objects/tupleobject.c): xxHash's round over the items' hashes, on
        // 64-bit words with wrapping arithmetic, so that hash((1, 2)) and the order of a set of
        // tuples are CPython's
        long acc = XXPRIME_5;
        for (PyObject o : items) {
            acc += o.pyHash() * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    @Override
    public boolean pyEquals(PyObject other) {
        if (this == other) return true;
        if (!(other instanceof PyTuple t) || t.items.length != items.length) return false;
        for (int i = 0; i < items.length; i++) if (!Ops.eq(items[i], t.items[i])) return false;
        return true;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyTuple t)) return null;
        return Ops.compareSequences(items, items.length, t.items, t.items.length, op);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt || !(key instanceof PySlice) && key.type().lookup("__index__") != null) {
            int i = Py.asIndex(key);
            if (i < 0) i += items.length;
            if (i < 0 || i >= items.length) throw Py.indexError("tuple index out of range");
            return Rc.newRef(items[i]);
        }
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(items.length);
            if (r[3] == items.length && r[2] == 1) return Rc.newRef(this);
            PyObject[] out = new PyObject[r[3]];
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) out[k] = Rc.newRef(items[i]);
            return out.length == 0 ? EMPTY : new PyTuple(out);
        }
        throw Py.typeError("tuple indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public boolean contains(PyObject item) {
        for (PyObject o : items) if (Ops.eq(o, item)) return true;
        return false;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op == BinOps.ADD && other instanceof PyTuple t) {
            PyObject[] a = reflected ? t.items : items, b = reflected ? items : t.items;
            PyObject[] out = new PyObject[a.length + b.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            for (PyObject o : out) Rc.incref(o);
            return out.length == 0 ? EMPTY : new PyTuple(out);
        }
        if (op == BinOps.MUL && other instanceof PyInt n) {
            int k = (int) Math.max(0, Math.min(Integer.MAX_VALUE, n.big != null ? n.signum() * (long) Integer.MAX_VALUE : n.value));
            if (k == 0 || items.length == 0) return EMPTY;
            PyObject[] out = new PyObject[Math.multiplyExact(items.length, k)];
            for (int r = 0; r < k; r++) System.arraycopy(items, 0, out, r * items.length, items.length);
            for (PyObject o : out) Rc.incref(o);
            return new PyTuple(out);
        }
        return null;
    }

    @Override
    public PyObject iter() {
        Rc.incref(this);
        return new PySeqIter(this);
    }

    static {
        TYPE.def("index", (self, a, kw) -> {
            Args.between("index", a, kw, 1, 1);
            PyTuple t = (PyTuple) self;
            for (int i = 0; i < t.items.length; i++) if (Ops.eq(t.items[i], a[0])) return PyInt.of(i);
            throw Py.valueError("tuple.index(x): x not in tuple");
        });
        TYPE.def("count", (self, a, kw) -> {
            Args.exact("count", a, kw, 1);
            int n = 0;
            for (PyObject o : ((PyTuple) self).items) if (Ops.eq(o, a[0])) n++;
            return PyInt.of(n);
        });
    }
}

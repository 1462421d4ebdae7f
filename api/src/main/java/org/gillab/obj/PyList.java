package org.gillab.obj;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

import org.gillab.spi.Cs;
import org.gillab.spi.Rc;

/**
 * Python's list: a growable array and its size, gillab's own structure rather than a
 * java.util collection, because how it is locked is what the models differ in. Every read and
 * write of the array runs inside the container critical section ({@link Cs}).
 */
public final class PyList extends PyGcObject {
    public static final PyType TYPE = PyType.builtin("list", PyList.class);
    private static final PyObject[] NO_ITEMS = new PyObject[0];
    /**
     * Acquire reads of an item, for the optimistic reads that take no lock (PEP 703), and release
     * stores of an item the list gains, as CPython's {@code listobject.c} stores items with
     * {@code FT_ATOMIC_STORE_PTR_RELEASE}: a lock-free reader that finds the item sees it whole.
     */
    private static final VarHandle ITEM = MethodHandles.arrayElementVarHandle(PyObject[].class);
    /** The publication of a grown array (release) and the lock-free readers' read of it (acquire). */
    private static final VarHandle ITEMS;

    static {
        try {
            ITEMS = MethodHandles.lookup().findVarHandle(PyList.class, "items", PyObject[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    PyObject[] items;
    int size;

    public PyList() {
        this.items = NO_ITEMS;
        org.gillab.vm.Gc.track(this);
    }

    /** Takes ownership of the array's first {@code size} items. */
    public PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
        org.gillab.vm.Gc.track(this);
    }

    @Override public PyType type() { return TYPE; }

    public int size() { return size; }

    /** A borrowed reference to item {@code i} (no bounds check beyond Java's). */
    public PyObject get(int i) {
        Cs.enter(this);
        try {
            if (i >= size) throw Py.indexError("list index out of range");
            return items[i];
        } finally {
            Cs.exit(this);
        }
    }

    /** A snapshot of the items, each with a new reference. */
    public PyObject[] snapshot() {
        Cs.enter(this);
        try {
            PyObject[] out = Arrays.copyOf(items, size);
            for (PyObject o : out) Rc.incref(o);
            return out;
        } finally {
            Cs.exit(this);
        }
    }

    @Override
    public void forEachRef(RefVisitor v) {
        for (int i = 0; i < size; i++) v.visit(items[i]);
    }

    /** list_clear: {@link #release} already empties the list before dropping the items. */
    @Override
    public void gcClear() {
        release();
    }

    @Override
    public void release() {
        PyObject[] a = items;
        int n = size;
        items = NO_ITEMS;
        size = 0;
        for (int i = 0; i < n; i++) Rc.decref(a[i]);
    }

    private void grow(int min) {
        int cap = Math.max(min, items.length + (items.length >> 1) + 4);
        ITEMS.setRelease(this, Arrays.copyOf(items, cap));
    }

    /** {@code list.append(o)}: takes a new reference to {@code o}. */
    public void append(PyObject o) {
        Rc.incref(o);
        Cs.enter(this);
        try {
            if (size == items.length) grow(size + 1);
            ITEM.setRelease(items, size, o);
            size++;
        } finally {
            Cs.exit(this);
        }
    }

    /** Appends, taking over the caller's reference (no incref). */
    public void appendOwned(PyObject o) {
        Cs.enter(this);
        try {
            if (size == items.length) grow(size + 1);
            ITEM.setRelease(items, size, o);
            size++;
        } finally {
            Cs.exit(this);
        }
    }

    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l) {
            PyObject[] src = l.snapshot();
            Cs.enter(this);
            try {
                if (size + src.length > items.length) grow(size + src.length);
                VarHandle.releaseFence(); // the copy's stores are release stores
                System.arraycopy(src, 0, items, size, src.length);
                size += src.length;
            } finally {
                Cs.exit(this);
            }
            return;
        }
        PyObject it = iterable.iter();
        try {
            for (PyObject x = it.next(); x != null; x = it.next()) appendOwned(x);
        } finally {
            Rc.decref(it);
        }
    }

    /** Removes and returns item {@code i} (a new reference: the list's reference is handed over). */
    public PyObject pop(int i) {
        Cs.enter(this);
        try {
            if (size == 0) throw Py.indexError("pop from empty list");
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw Py.indexError("pop index out of range");
            PyObject o = items[i];
            System.arraycopy(items, i + 1, items, i, size - i - 1);
            items[--size] = null;
            return o;
        } finally {
            Cs.exit(this);
        }
    }

    public void insert(int i, PyObject o) {
        Rc.incref(o);
        Cs.enter(this);
        try {
            if (i < 0) i = Math.max(0, i + size);
            if (i > size) i = size;
            if (size == items.length) grow(size + 1);
            System.arraycopy(items, i, items, i + 1, size - i);
            ITEM.setRelease(items, i, o);
            size++;
        } finally {
            Cs.exit(this);
        }
    }

    @Override public String repr() {
        PyObject[] snap = snapshot();
        try {
            if (!Ops.enterRepr(this)) return "[...]";
            try {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < snap.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(snap[i].repr());
                }
                return sb.append(']').toString();
            } finally {
                Ops.leaveRepr(this);
            }
        } finally {
            for (PyObject o : snap) Rc.decref(o);
        }
    }

    @Override public boolean isTrue() { return size > 0; }

    @Override public int len() { return size; }

    @Override
    public long pyHash() {
        throw Py.unhashable(this);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (this == other) return true;
        if (!(other instanceof PyList l)) return false;
        PyObject r = richCompare(l, CmpOp.EQ);
        return r == PyBool.TRUE;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyList l)) return null;
        PyObject[] a = snapshot(), b = l.snapshot();
        try {
            return Ops.compareSequences(a, a.length, b, b.length, op);
        } finally {
            for (PyObject o : a) Rc.decref(o);
            for (PyObject o : b) Rc.decref(o);
        }
    }

    /** {@code self[i]} for an int index (the interpreter's fast path): a new reference. */
    public PyObject getIndex(PyInt key) {
        long i = key.big == null ? key.value : Long.MAX_VALUE;
        if (Cs.optimisticReads()) {
            PyObject o = readWithoutLock(i);
            if (o != null) return o;
        }
        Cs.enter(this);
        try {
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw Py.indexError("list index out of range");
            PyObject o = items[(int) i];
            Rc.increfWithLock(o);
            return o;
        } finally {
            Cs.exit(this);
        }
    }

    /**
     * PEP 703's optimistic read of {@code self[i]}: no lock, a conditional incref, then a check that
     * the array and the slot still hold the item. Null when it must be done under the lock instead
     * (index out of range, a concurrent change, or an item that cannot be safely increfed).
     */
    private PyObject readWithoutLock(long i) {
        PyObject[] a = (PyObject[]) ITEMS.getAcquire(this);
        int n = size;
        if (i < 0) i += n;
        if (i < 0 || i >= n || i >= a.length) return null;
        return itemIfStill(this, a, (int) i);
    }

    /** A new reference to {@code a[i]} if it is still {@code l}'s item there after the incref; else null. */
    private static PyObject itemIfStill(PyList l, PyObject[] a, int i) {
        PyObject o = (PyObject) ITEM.getAcquire(a, i);
        if (o == null || !Rc.tryIncref(o)) return null;
        if (ITEM.getAcquire(a, i) == o && ITEMS.getAcquire(l) == a) return o;
        Rc.decref(o);
        return null;
    }

    /** {@code self[i] = value} for an int index (the interpreter's fast path). */
    public void setIndex(PyInt key, PyObject value) {
        long i = key.big == null ? key.value : Long.MAX_VALUE;
        PyObject old;
        Rc.incref(value);
        Cs.enter(this);
        try {
            if (i < 0) i += size;
            if (i < 0 || i >= size) {
                Rc.decref(value);
                throw Py.indexError("list assignment index out of range");
            }
            old = items[(int) i];
            ITEM.setRelease(items, (int) i, value);
        } finally {
            Cs.exit(this);
        }
        Rc.decref(old);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) return getIndex(i);
        if (key instanceof PySlice sl) {
            Cs.enter(this);
            try {
                int[] r = sl.indices(size);
                PyObject[] out = new PyObject[r[3]];
                for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) out[k] = Rc.newRef(items[i]);
                return new PyList(out, out.length);
            } finally {
                Cs.exit(this);
            }
        }
        if (key.type().lookup("__index__") != null) {
            PyInt i = PyInt.of(Py.asIndex(key));
            try {
                return getIndex(i);
            } finally {
                Rc.decref(i);
            }
        }
        throw Py.typeError("list indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PyInt i) {
            setIndex(i, value);
            return;
        }
        if (key instanceof PySlice sl) {
            setSlice(sl, value);
            return;
        }
        throw Py.typeError("list indices must be integers or slices, not " + key.type().name);
    }

    private void setSlice(PySlice sl, PyObject value) {
        PyObject[] src;
        if (value == this || !(value instanceof PyList || value instanceof PyTuple)) {
            PyList tmp = new PyList();
            tmp.extend(value);
            src = tmp.snapshot();
            Rc.decref(tmp);
        } else if (value instanceof PyList l) {
            src = l.snapshot();
        } else {
            PyTuple t = (PyTuple) value;
            src = t.items.clone();
            for (PyObject o : src) Rc.incref(o);
        }
        PyObject[] removed;
        Cs.enter(this);
        try {
            int[] r = sl.indices(size);
            int start = r[0], step = r[2], count = r[3];
            if (step == 1) {
                removed = Arrays.copyOfRange(items, start, start + count);
                int newSize = size - count + src.length;
                if (newSize > items.length) grow(newSize);
                System.arraycopy(items, start + count, items, start + src.length, size - start - count);
                VarHandle.releaseFence(); // the copy's stores are release stores
                System.arraycopy(src, 0, items, start, src.length);
                for (int i = newSize; i < size; i++) items[i] = null;
                size = newSize;
            } else {
                if (src.length != count) {
                    for (PyObject o : src) Rc.decref(o);
                    throw Py.valueError("attempt to assign sequence of size " + src.length
                            + " to extended slice of size " + count);
                }
                removed = new PyObject[count];
                for (int k = 0, i = start; k < count; k++, i += step) {
                    removed[k] = items[i];
                    ITEM.setRelease(items, i, src[k]);
                }
            }
        } finally {
            Cs.exit(this);
        }
        for (PyObject o : removed) Rc.decref(o);
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PyInt) {
            int i = Py.asIndex(key);
            PyObject old;
            Cs.enter(this);
            try {
                if (i < 0) i += size;
                if (i < 0 || i >= size) throw Py.indexError("list assignment index out of range");
                old = items[i];
                System.arraycopy(items, i + 1, items, i, size - i - 1);
                items[--size] = null;
            } finally {
                Cs.exit(this);
            }
            Rc.decref(old);
            return;
        }
        if (key instanceof PySlice sl) {
            PyObject[] removed;
            Cs.enter(this);
            try {
                int[] r = sl.indices(size);
                int start = r[0], step = r[2], count = r[3];
                removed = new PyObject[count];
                if (step < 0) { // walk it forwards
                    start = start + (count - 1) * step;
                    step = -step;
                }
                boolean[] drop = new boolean[size];
                for (int k = 0, i = start; k < count; k++, i += step) {
                    removed[k] = items[i];
                    drop[i] = true;
                }
                int w = 0;
                for (int i = 0; i < size; i++) if (!drop[i]) items[w++] = items[i];
                for (int i = w; i < size; i++) items[i] = null;
                size = w;
            } finally {
                Cs.exit(this);
            }
            for (PyObject o : removed) Rc.decref(o);
            return;
        }
        throw Py.typeError("list indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public boolean contains(PyObject item) {
        for (int i = 0; ; i++) {
            PyObject o;
            Cs.enter(this);
            try {
                if (i >= size) return false;
                o = items[i];
                Rc.incref(o);
            } finally {
                Cs.exit(this);
            }
            try {
                if (Ops.eq(o, item)) return true;
            } finally {
                Rc.decref(o);
            }
        }
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op == BinOps.ADD && other instanceof PyList l && !reflected) {
            PyObject[] a = snapshot(), b = l.snapshot();
            PyObject[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return new PyList(out, out.length);
        }
        if (op == BinOps.MUL && other instanceof PyInt n) {
            PyObject[] a = snapshot();
            long k = Math.max(0, n.big != null ? (n.signum() < 0 ? 0 : Integer.MAX_VALUE) : n.value);
            if ((long) a.length * k > Integer.MAX_VALUE - 16) throw Py.raise(ExcTypes.MemoryError, "");
            PyObject[] out = new PyObject[(int) (a.length * k)];
            for (int r = 0; r < k; r++) System.arraycopy(a, 0, out, r * a.length, a.length);
            for (PyObject o : out) Rc.incref(o);
            for (PyObject o : a) Rc.decref(o);
            return new PyList(out, out.length);
        }
        return null;
    }

    /** {@code self += other}: extends in place. */
    public PyObject inplaceAdd(PyObject other) {
        extend(other);
        Rc.incref(this);
        return this;
    }

    @Override
    public PyObject iter() {
        Rc.incref(this);
        return new ListIter(this);
    }

    /** Iterates by index, re-reading the size each step, as CPython's list iterator does. */
    /** The list iterator; public so that FOR_ITER can call it without a virtual dispatch. */
    public static final class ListIter extends PyIterator {
        private PyList list;
        private int index;

        ListIter(PyList list) {
            this.list = list;
        }

        @Override
        public PyObject next() {
            PyList l = list;
            if (l == null) return null;
            if (Cs.optimisticReads()) {
                PyObject[] a = (PyObject[]) ITEMS.getAcquire(l);
                int i = index;
                if (i < l.size && i < a.length) {
                    PyObject o = itemIfStill(l, a, i);
                    if (o != null) {
                        index = i + 1;
                        return o;
                    }
                }
            }
            Cs.enter(l);
            try {
                if (index < l.size) {
                    PyObject o = l.items[index++];
                    Rc.increfWithLock(o);
                    return o;
                }
            } finally {
                Cs.exit(l);
            }
            list = null;
            Rc.decref(l);
            return null;
        }

        @Override
        public void forEachRef(RefVisitor v) {
            if (list != null) v.visit(list);
        }
    }

    // ---------------------------------------------------------------- methods

    static {
        TYPE.def("append", (self, a, kw) -> {
            Args.exact("list.append", a, kw, 1);
            ((PyList) self).append(a[0]);
            return Py.None;
        });
        TYPE.def("extend", (self, a, kw) -> {
            Args.exact("list.extend", a, kw, 1);
            ((PyList) self).extend(a[0]);
            return Py.None;
        });
        TYPE.def("pop", (self, a, kw) -> {
            Args.between("pop", a, kw, 0, 1);
            return ((PyList) self).pop(a.length == 0 ? -1 : Py.asIndex(a[0]));
        });
        TYPE.def("insert", (self, a, kw) -> {
            Args.between("insert", a, kw, 2, 2);
            ((PyList) self).insert(Py.asIndex(a[0]), a[1]);
            return Py.None;
        });
        TYPE.def("remove", (self, a, kw) -> {
            Args.exact("list.remove", a, kw, 1);
            PyList l = (PyList) self;
            int i = l.indexOf(a[0], 0, Integer.MAX_VALUE);
            if (i < 0) throw Py.valueError("list.remove(x): x not in list");
            PyObject o = l.pop(i);
            Rc.decref(o);
            return Py.None;
        });
        TYPE.def("index", (self, a, kw) -> {
            Args.between("index", a, kw, 1, 3);
            PyList l = (PyList) self;
            int start = a.length > 1 ? Py.asIndex(a[1]) : 0, stop = a.length > 2 ? Py.asIndex(a[2]) : Integer.MAX_VALUE;
            if (start < 0) start = Math.max(0, start + l.size);
            if (stop < 0) stop = Math.max(0, stop + l.size);
            int i = l.indexOf(a[0], start, stop);
            if (i < 0) throw Py.valueError(a[0].repr() + " is not in list");
            return PyInt.of(i);
        });
        TYPE.def("count", (self, a, kw) -> {
            Args.exact("list.count", a, kw, 1);
            PyObject[] snap = ((PyList) self).snapshot();
            int n = 0;
            try {
                for (PyObject o : snap) if (Ops.eq(o, a[0])) n++;
            } finally {
                for (PyObject o : snap) Rc.decref(o);
            }
            return PyInt.of(n);
        });
        TYPE.def("reverse", (self, a, kw) -> {
            Args.exact("list.reverse", a, kw, 0);
            PyList l = (PyList) self;
            Cs.enter(l);
            try {
                for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                    PyObject t = l.items[i];
                    l.items[i] = l.items[j];
                    l.items[j] = t;
                }
            } finally {
                Cs.exit(l);
            }
            return Py.None;
        });
        TYPE.def("copy", (self, a, kw) -> {
            Args.exact("list.copy", a, kw, 0);
            PyObject[] snap = ((PyList) self).snapshot();
            return new PyList(snap, snap.length);
        });
        TYPE.def("clear", (self, a, kw) -> {
            Args.exact("list.clear", a, kw, 0);
            PyList l = (PyList) self;
            PyObject[] old;
            int n;
            Cs.enter(l);
            try {
                old = l.items;
                n = l.size;
                l.items = NO_ITEMS;
                l.size = 0;
            } finally {
                Cs.exit(l);
            }
            for (int i = 0; i < n; i++) Rc.decref(old[i]);
            return Py.None;
        });
        TYPE.def("sort", (self, a, kw) -> {
            if (a.length - (kw == null ? 0 : kw.length) > 0) throw Py.typeError("sort() takes no positional arguments");
            PyObject[] b = Args.bind("sort", a, kw, new String[] {"key", "reverse"}, 0, 0);
            ((PyList) self).sort(b[0] == null || b[0] == Py.None ? null : b[0], b[1] != null && b[1].isTrue());
            return Py.None;
        });
        TYPE.constructor = (a, kw) -> {
            Args.between("list", a, kw, 0, 1);
            PyList l = new PyList();
            if (a.length == 1) l.extend(a[0]);
            return l;
        };
    }

    int indexOf(PyObject x, int start, int stop) {
        for (int i = start; ; i++) {
            PyObject o;
            Cs.enter(this);
            try {
                if (i >= size || i >= stop) return -1;
                o = items[i];
                Rc.incref(o);
            } finally {
                Cs.exit(this);
            }
            try {
                if (Ops.eq(o, x)) return i;
            } finally {
                Rc.decref(o);
            }
        }
    }

    /** A stable sort (Java's TimSort, as CPython's listsort is a TimSort too), by key when given. */
    public void sort(PyObject key, boolean reverse) {
        // our own references to the items: key functions and comparisons run Python code, during
        // which another thread may change the list and free what it held
        PyObject[] snap = snapshot();
        int n = snap.length;
        PyObject[] keys = snap;
        if (key != null) {
            keys = new PyObject[n];
            try {
                for (int i = 0; i < n; i++) keys[i] = key.call(new PyObject[] {snap[i]}, null);
            } catch (RuntimeException e) {
                for (PyObject k : keys) Rc.xdecref(k);
                for (PyObject o : snap) Rc.decref(o);
                throw e;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = reverse ? n - 1 - i : i;
        final PyObject[] k = keys;
        try {
            Arrays.sort(order, (x, y) -> Ops.lessThan(k[y], k[x]) ? 1 : Ops.lessThan(k[x], k[y]) ? -1 : 0);
        } catch (IllegalArgumentException e) {
            // an inconsistent __lt__: keep whatever order was reached, as CPython does
        } catch (RuntimeException e) {
            for (PyObject o : snap) Rc.decref(o);
            throw e;
        } finally {
            if (key != null) for (PyObject o : keys) Rc.decref(o);
        }
        if (reverse) { // stability for equal keys is in original order even when reversed
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                Integer t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        PyObject[] sorted = new PyObject[n];
        for (int i = 0; i < n; i++) sorted[i] = snap[order[i]];
        PyObject[] dropped = sorted; // if the list changed meanwhile: drop ours, keep it as it is
        boolean changed;
        Cs.enter(this);
        try {
            changed = size != n;
            if (!changed) {
                dropped = Arrays.copyOf(items, n);
                System.arraycopy(sorted, 0, items, 0, n); // the list takes over our references
            }
        } finally {
            Cs.exit(this);
        }
        for (PyObject o : dropped) Rc.decref(o);
        if (changed) throw Py.valueError("list modified during sort");
    }
}

package org.gillab.obj;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.BiConsumer;

import org.gillab.spi.Cs;
import org.gillab.spi.Rc;

/**
 * Python's dict: insertion-ordered, in CPython 3.6's compact layout. A sparse open-addressing
 * {@code index} (probed with CPython's perturbation scheme) points into dense entry arrays kept in
 * insertion order; deleting leaves a hole in the entries and a dummy in the index. Every access
 * runs inside the container critical section ({@link Cs}).
 *
 * <p>{@link #version} increases on every change, so callers (the global-name cache) can tell when
 * what they read is stale.
 */
public final class PyDict extends PyGcObject {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class);

    private static final int EMPTY = -1, DUMMY = -2;
    /** Acquire reads of a value, for the optimistic reads that take no lock (PEP 703). */
    private static final VarHandle VALUE = MethodHandles.arrayElementVarHandle(PyObject[].class);

    private int[] index;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    private int used; // entries written, holes included
    private int live; // entries present
    /** Bumped on every change (insert, update, delete). */
    public int version;
    /**
     * Bumped only when the set of keys or the layout changes (insert, delete, resize), not when a
     * value is replaced: an entry index learned under one keys version stays valid while it holds
     * (CPython 3.11's dict keys version, which its global-name caches use).
     */
    public int keysVersion;

    public PyDict() {
        allocate(8);
    }

    /**
     * CPython 3.11's MAINTAIN_TRACKING: a dict is tracked by the cycle collector only from the first
     * store of a key or value that may be part of a cycle (a container), so that dicts of numbers and
     * strings (most attribute and keyword dicts) cost the collector nothing. Called with the dict's
     * critical section held, so two threads cannot both start tracking it.
     */
    private void maybeTrack(PyObject key, PyObject value) {
        if (gcBits == 0 && (org.gillab.vm.Gc.mayBeTracked(value) || org.gillab.vm.Gc.mayBeTracked(key)) && !Rc.isImmortal(this)) {
            org.gillab.vm.Gc.track(this);
        }
    }

    private void allocate(int indexSize) {
        keysVersion++;
        index = new int[indexSize];
        Arrays.fill(index, EMPTY);
        int cap = indexSize * 2 / 3 + 1;
        hashes = new long[cap];
        keys = new PyObject[cap];
        values = new PyObject[cap];
        used = 0;
    }

    @Override public PyType type() { return TYPE; }

    public int size() { return live; }

    // ---------------------------------------------------------------- probing

    private static boolean keyEquals(PyObject stored, PyObject key) {
        if (stored instanceof PyStr a && key instanceof PyStr b) return a.value.equals(b.value);
        return Ops.eq(stored, key);
    }

    /** The entry holding {@code key}, or -1. */
    private int find(PyObject key, long h) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key || hashes[ix] == h && keyEquals(k, key)) return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int findStr(String s, long h) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0 && hashes[ix] == h && keys[ix] instanceof PyStr k && (k.value == s || k.value.equals(s))) return ix;
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The index slot a new key with hash {@code h} goes into (the first empty or dummy slot). */
    private int freeSlot(long h) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    private void growIfFull() {
        if (used < keys.length) return;
        long[] oh = hashes;
        PyObject[] ok = keys, ov = values;
        int n = used;
        int size = 8;
        while (size * 2 / 3 < live * 2 + 1) size <<= 1;
        allocate(size);
        for (int e = 0; e < n; e++) {
            if (ok[e] == null) continue;
            int slot = freeSlot(oh[e]);
            index[slot] = used;
            hashes[used] = oh[e];
            keys[used] = ok[e];
            values[used] = ov[e];
            used++;
        }
    }

    /** Inserts a new entry; takes ownership of key and value references. */
    private void insertNew(PyObject key, long h, PyObject value) {
        growIfFull();
        int slot = freeSlot(h);
        index[slot] = used;
        hashes[used] = h;
        keys[used] = key;
        values[used] = value;
        maybeTrack(key, value);
        used++;
        live++;
        version++;
        keysVersion++;
    }

    private void removeEntry(int ix, long h) {
        int mask = index.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (index[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        live--;
        version++;
        keysVersion++;
    }

    // ---------------------------------------------------------------- borrowed-reference API

    /** A borrowed reference to the value for {@code key}, or null. */
    public PyObject get(PyObject key) {
        long h = key.pyHash();
        Cs.enter(this);
        try {
            int ix = find(key, h);
            return ix < 0 ? null : values[ix];
        } finally {
            Cs.exit(this);
        }
    }

    /**
     * {@code self[key]} as a new reference, or null: the reference is taken inside the critical
     * section, so that no other thread can replace and free the value between the read and the incref.
     */
    public PyObject getRef(PyObject key) {
        long h = key.pyHash();
        if (Cs.optimisticReads() && (key.getClass() == PyStr.class || key.getClass() == PyInt.class && ((PyInt) key).big == null)) {
            PyObject v = getWithoutLock(key, h); // str and int keys: equality runs no Python code
            if (v != null) return v;
        }
        Cs.enter(this);
        try {
            return refAt(find(key, h));
        } finally {
            Cs.exit(this);
        }
    }

    /** A new reference to the value of entry {@code ix} (the caller holds the critical section), or null for -1. */
    private PyObject refAt(int ix) {
        if (ix < 0) return null;
        PyObject v = values[ix];
        Rc.incref(v);
        return v;
    }

    /** {@link #getRef} for a string key. */
    public PyObject getStrRef(String key) {
        long h = PyStr.stringHash(key);
        if (Cs.optimisticReads()) {
            PyObject v = getWithoutLock(key, h);
            if (v != null) return v;
        }
        Cs.enter(this);
        try {
            return refAt(findStr(key, h));
        } finally {
            Cs.exit(this);
        }
    }

    /**
     * The value at entry {@code entry} as a new reference, or null (an inline cache's read: the
     * caller has checked {@link #keysVersion}).
     */
    public PyObject valueRefAt(int entry) {
        if (Cs.optimisticReads()) {
            PyObject[] vs = values;
            PyObject v = entry < vs.length ? valueIfStill(vs, entry) : null;
            if (v != null) return v;
        }
        Cs.enter(this);
        try {
            PyObject[] vs = values;
            PyObject v = entry < vs.length ? vs[entry] : null;
            if (v != null) Rc.incref(v);
            return v;
        } finally {
            Cs.exit(this);
        }
    }

    /**
     * The value at entry {@code entry} as a new reference if that entry holds exactly {@code key} (the
     * same object: keys set through {@link #setStr} are interned), else null. No hashing: what an
     * attribute inline cache needs to check a remembered entry index.
     */
    public PyObject valueRefIfKeyAt(int entry, PyObject key) {
        if (Cs.optimisticReads()) {
            PyObject[] ks = keys, vs = values;
            if (entry >= 0 && entry < ks.length && entry < vs.length && ks[entry] == key) {
                PyObject v = valueIfStill(vs, entry);
                if (v != null && keys == ks && ks[entry] == key) return v;
                if (v != null) Rc.decref(v);
            }
        }
        Cs.enter(this);
        try {
            if (entry < 0 || entry >= used || keys[entry] != key) return null;
            PyObject v = values[entry];
            if (v != null) Rc.incref(v);
            return v;
        } finally {
            Cs.exit(this);
        }
    }

    /**
     * PEP 703's optimistic read for a string key: probe without the lock and read the value with
     * {@link #valueIfStill}. Null when the key is absent or the read must be done under the lock: an
     * empty slot proves nothing, since a resize fills its new index after publishing it. A resize
     * publishes its arrays one at a time, so every index is bounds-checked and the probes are bounded.
     */
    private PyObject getWithoutLock(Object key, long h) {
        int[] idx = index;
        PyObject[] ks = keys, vs = values;
        long[] hs = hashes;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        for (int probes = idx.length + 16; probes > 0; probes--) {
            int ix = idx[i];
            if (ix == EMPTY) return null; // absent, or a resize is filling the index: ask under the lock
            PyObject k;
            if (ix >= 0 && ix < ks.length && ix < hs.length && ix < vs.length && hs[ix] == h
                    && (k = ks[ix]) != null && sameKey(k, key)) {
                PyObject v = valueIfStill(vs, ix);
                if (v != null && ks[ix] == k) return v;
                if (v != null) Rc.decref(v);
                return null;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return null;
    }

    /**
     * A new reference to {@code vs[ix]} taken without the lock: a conditional incref
     * ({@link Rc#tryIncref}, which fails on a freed value), then a check that {@code vs} is still the
     * dict's values array and still holds the value there; else null (undone), to be read under the lock.
     */
    private PyObject valueIfStill(PyObject[] vs, int ix) {
        PyObject v = (PyObject) VALUE.getAcquire(vs, ix);
        if (v == null || !Rc.tryIncref(v)) return null;
        if (VALUE.getAcquire(vs, ix) == v && values == vs) return v;
        Rc.decref(v);
        return null;
    }

    /** Key equality for the lock-free probe: a String or str, or an int that fits a long. */
    private static boolean sameKey(PyObject k, Object key) {
        if (key instanceof String s) return k.getClass() == PyStr.class && (((PyStr) k).value == s || ((PyStr) k).value.equals(s));
        if (key instanceof PyStr s) return k.getClass() == PyStr.class && (k == s || ((PyStr) k).value.equals(s.value));
        PyInt i = (PyInt) key;
        return k.getClass() == PyInt.class && ((PyInt) k).big == null && ((PyInt) k).value == i.value;
    }

    /**
     * Whether entry {@code entry} holds exactly {@code key}: a hint for an inline cache, read without
     * the lock (whoever uses the entry checks it again under its own rules).
     */
    public boolean keyIsAt(int entry, PyObject key) {
        PyObject[] ks = keys;
        return entry >= 0 && entry < ks.length && ks[entry] == key;
    }

    /** The entry index of a string key, or -1 (valid while {@link #keysVersion} is unchanged). */
    public int indexOfStr(String key) {
        long h = PyStr.stringHash(key);
        Cs.enter(this);
        try {
            return findStr(key, h);
        } finally {
            Cs.exit(this);
        }
    }

    /** Replaces the value at {@code entry} if it holds exactly {@code key}; false (nothing done) otherwise. */
    public boolean replaceIfKeyAt(int entry, PyObject key, PyObject value) {
        PyObject old;
        Cs.enter(this);
        try {
            if (entry < 0 || entry >= used || keys[entry] != key) return false;
            Rc.incref(value);
            old = values[entry];
            values[entry] = value;
            maybeTrack(key, value);
            version++;
        } finally {
            Cs.exit(this);
        }
        Rc.decref(old);
        return true;
    }

    /** A borrowed reference to the value for a string key, or null. */
    public PyObject getStr(String key) {
        long h = PyStr.stringHash(key);
        Cs.enter(this);
        try {
            int ix = findStr(key, h);
            return ix < 0 ? null : values[ix];
        } finally {
            Cs.exit(this);
        }
    }

    /** Sets a string key (the dict takes a new reference to {@code value}). */
    public void setStr(String key, PyObject value) {
        long h = PyStr.stringHash(key);
        PyObject old = null;
        Rc.incref(value);
        Cs.enter(this);
        try {
            int ix = findStr(key, h);
            if (ix >= 0) {
                old = values[ix];
                values[ix] = value;
                maybeTrack(keys[ix], value);
                version++;
            } else {
                insertNew(PyStr.intern(key), h, value); // a new key: attribute and global names are interned (immortal)
            }
        } finally {
            Cs.exit(this);
        }
        if (old != null) Rc.decref(old);
    }

    /** Deletes a string key; false if it was absent. */
    public boolean delStr(String key) {
        long h = PyStr.stringHash(key);
        PyObject k, v;
        Cs.enter(this);
        try {
            int ix = findStr(key, h);
            if (ix < 0) return false;
            k = keys[ix];
            v = values[ix];
            removeEntry(ix, h);
        } finally {
            Cs.exit(this);
        }
        Rc.decref(k);
        Rc.decref(v);
        return true;
    }

    /** Visits each entry in order (borrowed references; the dict must not change meanwhile). */
    public void forEachItem(BiConsumer<PyObject, PyObject> f) {
        for (int e = 0; e < used; e++) if (keys[e] != null) f.accept(keys[e], values[e]);
    }

    // ---------------------------------------------------------------- protocol

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = getRef(key);
        if (v == null) throw Py.keyError(key);
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        long h = key.pyHash();
        Rc.incref(value);
        PyObject old = null;
        Cs.enter(this);
        try {
            int ix = find(key, h);
            if (ix >= 0) {
                old = values[ix];
                values[ix] = value;
                maybeTrack(keys[ix], value);
                version++;
            } else {
                Rc.incref(key);
                insertNew(key, h, value);
            }
        } finally {
            Cs.exit(this);
        }
        if (old != null) Rc.decref(old);
    }

    @Override
    public void delItem(PyObject key) {
        if (!remove(key)) throw Py.keyError(key);
    }

    /** Removes {@code key}; false if absent. */
    public boolean remove(PyObject key) {
        PyObject v = pop(key);
        if (v == null) return false;
        Rc.decref(v);
        return true;
    }

    /** Removes {@code key} and returns its value (a new reference), or null if absent. */
    public PyObject pop(PyObject key) {
        long h = key.pyHash();
        PyObject k, v;
        Cs.enter(this);
        try {
            int ix = find(key, h);
            if (ix < 0) return null;
            k = keys[ix];
            v = values[ix];
            removeEntry(ix, h);
        } finally {
            Cs.exit(this);
        }
        Rc.decref(k);
        return v;
    }

    @Override
    public boolean contains(PyObject key) {
        return get(key) != null;
    }

    @Override public int len() { return live; }

    @Override public boolean isTrue() { return live > 0; }

    @Override
    public long pyHash() {
        throw Py.unhashable(this);
    }

    @Override
    public void forEachRef(RefVisitor v) {
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                v.visit(keys[e]);
                v.visit(values[e]);
            }
        }
    }

    /** dict_tp_clear: {@link #release} already empties the table before dropping the entries. */
    @Override
    public void gcClear() {
        release();
    }

    @Override
    public void release() {
        PyObject[] k = keys, vs = values;
        int n = used;
        allocate(8);
        live = 0;
        for (int e = 0; e < n; e++) {
            if (k[e] != null) {
                Rc.decref(k[e]);
                Rc.decref(vs[e]);
            }
        }
    }

    /** Entries as {key, value} pairs with new references: a stable snapshot to work on. */
    public PyObject[][] snapshotItems() {
        Cs.enter(this);
        try {
            PyObject[][] out = new PyObject[live][];
            int j = 0;
            for (int e = 0; e < used; e++) {
                if (keys[e] != null) {
                    Rc.incref(keys[e]);
                    Rc.incref(values[e]);
                    out[j++] = new PyObject[] {keys[e], values[e]};
                }
            }
            return out;
        } finally {
            Cs.exit(this);
        }
    }

    @Override
    public String repr() {
        if (!Ops.enterRepr(this)) return "{...}";
        PyObject[][] items = snapshotItems();
        try {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(items[i][0].repr()).append(": ").append(items[i][1].repr());
            }
            return sb.append('}').toString();
        } finally {
            Ops.leaveRepr(this);
            for (PyObject[] kv : items) {
                Rc.decref(kv[0]);
                Rc.decref(kv[1]);
            }
        }
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (this == other) return true;
        if (!(other instanceof PyDict d) || d.live != live) return false;
        PyObject[][] items = snapshotItems();
        try {
            for (PyObject[] kv : items) {
                PyObject ov = d.get(kv[0]);
                if (ov == null || !Ops.eq(kv[1], ov)) return false;
            }
            return true;
        } finally {
            for (PyObject[] kv : items) {
                Rc.decref(kv[0]);
                Rc.decref(kv[1]);
            }
        }
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyDict) || (op != CmpOp.EQ && op != CmpOp.NE)) return null;
        return Py.bool(pyEquals(other) == (op == CmpOp.EQ));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op != BinOps.OR || !(other instanceof PyDict o)) return null;
        PyDict r = copy(reflected ? o : this);
        r.update(reflected ? this : o);
        return r;
    }

    public static PyDict copy(PyDict src) {
        PyDict d = new PyDict();
        d.update(src);
        return d;
    }

    /** {@code dict.update(other)}: from a dict, or from an iterable of pairs. */
    public void update(PyObject other) {
        if (other instanceof PyDict src) {
            PyObject[][] items = src.snapshotItems();
            for (PyObject[] kv : items) {
                setItem(kv[0], kv[1]);
                Rc.decref(kv[0]);
                Rc.decref(kv[1]);
            }
            return;
        }
        PyObject keysMethod = other instanceof PyInstance ? Ops.getAttrOrNull(other, "keys") : null;
        if (keysMethod != null) {
            PyObject ks = Py.call(keysMethod);
            Rc.decref(keysMethod);
            PyObject[] arr = Ops.toArray(ks);
            Rc.decref(ks);
            for (PyObject k : arr) {
                PyObject v = other.getItem(k);
                setItem(k, v);
                Rc.decref(v);
                Rc.decref(k);
            }
            return;
        }
        PyObject it = other.iter();
        try {
            int n = 0;
            for (PyObject pair = it.next(); pair != null; pair = it.next(), n++) {
                PyObject[] kv;
                try {
                    kv = Ops.toArray(pair);
                } catch (PyException e) {
                    Rc.decref(pair);
                    Rc.decref(e.value);
                    throw Py.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                Rc.decref(pair);
                try {
                    if (kv.length != 2) {
                        throw Py.valueError("dictionary update sequence element #" + n + " has length " + kv.length
                                + "; 2 is required");
                    }
                    setItem(kv[0], kv[1]);
                } finally {
                    for (PyObject o : kv) Rc.decref(o);
                }
            }
        } finally {
            Rc.decref(it);
        }
    }

    @Override
    public PyObject iter() {
        Rc.incref(this);
        return new DictIter(this, DictIter.KEYS);
    }

    /** Iterates keys, values or items in insertion order; a size change mid-way is an error. */
    static final class DictIter extends PyIterator {
        static final int KEYS = 0, VALUES = 1, ITEMS = 2;
        private PyDict dict;
        private final int kind;
        private final int startSize;
        private int entry;

        DictIter(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.startSize = dict.live;
        }

        @Override
        public PyObject next() {
            PyDict d = dict;
            if (d == null) return null;
            PyObject k = null, v = null;
            Cs.enter(d);
            try {
                if (d.live != startSize) {
                    dict = null;
                    Rc.decref(d);
                    throw Py.runtimeError("dictionary changed size during iteration");
                }
                while (entry < d.used && d.keys[entry] == null) entry++;
                if (entry < d.used) {
                    k = d.keys[entry];
                    v = d.values[entry];
                    entry++;
                    Rc.incref(k);
                    Rc.incref(v);
                }
            } finally {
                Cs.exit(d);
            }
            if (k == null) {
                dict = null;
                Rc.decref(d);
                return null;
            }
            if (kind == KEYS) {
                Rc.decref(v);
                return k;
            }
            if (kind == VALUES) {
                Rc.decref(k);
                return v;
            }
            return new PyTuple(new PyObject[] {k, v});
        }

        @Override
        public void forEachRef(RefVisitor v) {
            if (dict != null) v.visit(dict);
        }
    }

    /** {@code dict.keys()}, {@code .values()}, {@code .items()}: live views. */
    static final class View extends PyObject {
        static final PyType KEYS_TYPE = PyType.builtin("dict_keys", View.class);
        static final PyType VALUES_TYPE = PyType.builtin("dict_values", View.class);
        static final PyType ITEMS_TYPE = PyType.builtin("dict_items", View.class);

        final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            Rc.incref(dict);
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return kind == DictIter.KEYS ? KEYS_TYPE : kind == DictIter.VALUES ? VALUES_TYPE : ITEMS_TYPE;
        }

        @Override public void forEachRef(RefVisitor v) { v.visit(dict); }

        @Override public int len() { return dict.live; }

        @Override public boolean isTrue() { return dict.live > 0; }

        @Override
        public PyObject iter() {
            Rc.incref(dict);
            return new DictIter(dict, kind);
        }

        @Override
        public boolean contains(PyObject item) {
            if (kind == DictIter.KEYS) return dict.contains(item);
            if (kind == DictIter.ITEMS) {
                if (!(item instanceof PyTuple t) || t.size() != 2) return false;
                PyObject v = dict.get(t.get(0));
                return v != null && Ops.eq(v, t.get(1));
            }
            return super.contains(item);
        }

        @Override
        public String repr() {
            PyObject[] items = Ops.toArray(this);
            try {
                StringBuilder sb = new StringBuilder(type().name).append("([");
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(items[i].repr());
                }
                return sb.append("])").toString();
            } finally {
                for (PyObject o : items) Rc.decref(o);
            }
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (kind == DictIter.VALUES || !(other instanceof View o) || o.kind != kind) return null;
            if (op != CmpOp.EQ && op != CmpOp.NE) return null;
            boolean eq = len() == o.len();
            if (eq) {
                PyObject[] items = Ops.toArray(this);
                try {
                    for (PyObject x : items) if (!o.contains(x)) eq = false;
                } finally {
                    for (PyObject x : items) Rc.decref(x);
                }
            }
            return Py.bool(eq == (op == CmpOp.EQ));
        }
    }

    // ---------------------------------------------------------------- methods

    static {
        TYPE.def("get", (self, a, kw) -> {
            Args.between("get", a, kw, 1, 2);
            PyObject v = ((PyDict) self).getRef(a[0]);
            if (v == null) v = Rc.newRef(a.length > 1 ? a[1] : Py.None);
            return v;
        });
        TYPE.def("keys", (self, a, kw) -> { Args.exact("dict.keys", a, kw, 0); return new View((PyDict) self, DictIter.KEYS); });
        TYPE.def("values", (self, a, kw) -> { Args.exact("dict.values", a, kw, 0); return new View((PyDict) self, DictIter.VALUES); });
        TYPE.def("items", (self, a, kw) -> { Args.exact("dict.items", a, kw, 0); return new View((PyDict) self, DictIter.ITEMS); });
        TYPE.def("pop", (self, a, kw) -> {
            Args.between("pop", a, kw, 1, 2);
            PyObject v = ((PyDict) self).pop(a[0]);
            if (v != null) return v;
            if (a.length > 1) return Rc.newRef(a[1]);
            throw Py.keyError(a[0]);
        });
        TYPE.def("popitem", (self, a, kw) -> {
            Args.exact("dict.popitem", a, kw, 0);
            PyDict d = (PyDict) self;
            PyObject k, v;
            Cs.enter(d);
            try {
                int e = d.used - 1;
                while (e >= 0 && d.keys[e] == null) e--;
                if (e < 0) throw Py.raise(ExcTypes.KeyError, "popitem(): dictionary is empty");
                k = d.keys[e];
                v = d.values[e];
                d.removeEntry(e, d.hashes[e]);
            } finally {
                Cs.exit(d);
            }
            return new PyTuple(new PyObject[] {k, v});
        });
        TYPE.def("setdefault", (self, a, kw) -> {
            Args.between("setdefault", a, kw, 1, 2);
            PyDict d = (PyDict) self;
            PyObject v = d.getRef(a[0]);
            if (v != null) return v;
            v = a.length > 1 ? a[1] : Py.None;
            d.setItem(a[0], v);
            return Rc.newRef(v);
        });
        TYPE.def("update", (self, a, kw) -> {
            PyDict d = (PyDict) self;
            int npos = Args.positional(a, kw);
            if (npos > 1) throw Py.typeError("update expected at most 1 argument, got " + npos);
            if (npos == 1) d.update(a[0]);
            if (kw != null) for (int i = 0; i < kw.length; i++) d.setStr(kw[i], a[npos + i]);
            return Py.None;
        });
        TYPE.def("copy", (self, a, kw) -> { Args.exact("dict.copy", a, kw, 0); return copy((PyDict) self); });
        TYPE.def("clear", (self, a, kw) -> {
            Args.exact("dict.clear", a, kw, 0);
            PyDict d = (PyDict) self;
            Cs.enter(d);
            try {
                d.release();
                d.version++;
            } finally {
                Cs.exit(d);
            }
            return Py.None;
        });
        TYPE.constructor = (a, kw) -> {
            PyDict d = new PyDict();
            int npos = Args.positional(a, kw);
            try {
                if (npos > 1) throw Py.typeError("dict expected at most 1 argument, got " + npos);
                if (npos == 1) d.update(a[0]);
                if (kw != null) for (int i = 0; i < kw.length; i++) d.setStr(kw[i], a[npos + i]);
            } catch (RuntimeException e) {
                Rc.decref(d);
                throw e;
            }
            return d;
        };
    }
}

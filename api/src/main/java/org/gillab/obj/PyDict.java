package org.gillab.obj;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.gillab.spi.Cs;
import org.gillab.spi.Rc;

/**
 * Python's dict: insertion-ordered, in CPython 3.6's compact layout. A sparse open-addressing
 * {@code index} (probed with CPython's perturbation scheme) points into dense entry arrays kept in
 * insertion order; deleting leaves a hole in the entries and a dummy in the index. Every access
 * runs inside the container critical section ({@link Cs}).
 *
 * <p><b>One keys table, replaced whole.</b> The index, the entries (hashes, keys, values) and the
 * number of entries written live together in one {@link Table}, as CPython keeps them in one
 * {@code PyDictKeysObject} ({@code ma_keys}, {@code Objects/dictobject.c}). A resize (which compacts
 * the entries) and a clear build a new table and publish it with one release store; within a table
 * entries are only appended, and a deleted entry's slot is never used again. So an entry index learned
 * in a table names the same key in that table for as long as the table exists, and a reader that
 * reads the table once (acquire) and everything else from it never mixes two layouts: the lock-free
 * reads of PEP 703 and the inline caches rely on that (CPython 3.14's {@code _LOAD_GLOBAL_MODULE}
 * reads the keys object once, checks its version and reads the value from its entries). Entries are
 * written before the index slot that points at them, and values with release stores
 * ({@code FT_ATOMIC_STORE_PTR_RELEASE} in {@code dictobject.c}), so an acquire read of a slot or a
 * value sees a whole entry on any memory model.
 *
 * <p><b>Keys versions</b> (CPython 3.12+'s {@code dk_version}, given out by
 * {@code _PyDictKeys_GetVersionForCurrentState}): a table gets a version, unique in the process, when
 * an inline cache asks for one; adding or deleting a key resets it to 0 (none), replacing a value does
 * not. A cache that remembers (version, entry) and finds the dict's current table carrying that
 * version knows it is the same table with the same keys.
 *
 * <p>{@link #version} increases on every change, values included.
 */
public final class PyDict extends PyGcObject {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class);

    private static final int EMPTY = -1, DUMMY = -2;
    /** Acquire reads and release stores of a value (PEP 703's lock-free readers). */
    private static final VarHandle VALUE = MethodHandles.arrayElementVarHandle(PyObject[].class);
    /** Acquire reads and release stores of an index slot: the entry it points at is written first. */
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(int[].class);
    /** The publication of a new table (release) and the lock-free readers' one read of it (acquire). */
    private static final VarHandle TABLE;

    static {
        try {
            TABLE = MethodHandles.lookup().findVarHandle(PyDict.class, "table", Table.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The next keys version to give out (CPython: {@code interp->dict_state.next_keys_version}). */
    private static final AtomicInteger NEXT_KEYS_VERSION = new AtomicInteger(1);

    /** One keys table: its arrays never change size; a new table replaces it whole. */
    static final class Table {
        final int[] index;
        final long[] hashes;
        final PyObject[] keys;
        final PyObject[] values;
        /** Entries written, holes included (written under the critical section). */
        int used;
        /** This table's keys version, 0 while it has none (written under the critical section). */
        int version;

        Table(int indexSize) {
            index = new int[indexSize];
            Arrays.fill(index, EMPTY);
            int cap = indexSize * 2 / 3 + 1;
            hashes = new long[cap];
            keys = new PyObject[cap];
            values = new PyObject[cap];
        }
    }

    /** Replaced only under the critical section, with a release store. */
    private Table table;
    private int live; // entries present
    /** Bumped on every change (insert, update, delete). */
    public int version;

    /** What an inline cache learns in one critical section: a new reference to the value (or null), and where it is. */
    public record CacheLookup(PyObject value, int keysVersion, int entry) {}

    public PyDict() {
        table = new Table(8);
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

    @Override public PyType type() { return TYPE; }

    public int size() { return live; }

    private Table acquireTable() {
        return (Table) TABLE.getAcquire(this);
    }

    // ---------------------------------------------------------------- probing

    private static boolean keyEquals(PyObject stored, PyObject key) {
        if (stored instanceof PyStr a && key instanceof PyStr b) return a.value.equals(b.value);
        return Ops.eq(stored, key);
    }

    /** The entry of {@code t} holding {@code key}, or -1. */
    private static int find(Table t, PyObject key, long h) {
        int[] idx = t.index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                PyObject k = t.keys[ix];
                if (k == key || t.hashes[ix] == h && keyEquals(k, key)) return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private static int findStr(Table t, String s, long h) {
        int[] idx = t.index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0 && t.hashes[ix] == h && t.keys[ix] instanceof PyStr k && (k.value == s || k.value.equals(s))) return ix;
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The index slot of {@code t} a new key with hash {@code h} goes into (the first empty or dummy slot). */
    private static int freeSlot(Table t, long h) {
        int[] idx = t.index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /**
     * A new table holding the live entries compacted, published whole. The old table keeps its
     * entries, so that a reader still working on it reads a value of the key it asked for.
     */
    private Table resize() {
        Table o = table;
        int size = 8;
        while (size * 2 / 3 < live * 2 + 1) size <<= 1;
        Table t = new Table(size);
        int n = 0;
        for (int e = 0; e < o.used; e++) {
            PyObject k = o.keys[e];
            if (k == null) continue;
            t.index[freeSlot(t, o.hashes[e])] = n;
            t.hashes[n] = o.hashes[e];
            t.keys[n] = k;
            t.values[n] = o.values[e];
            n++;
        }
        t.used = n;
        TABLE.setRelease(this, t);
        return t;
    }

    /** Inserts a new entry; takes ownership of key and value references. */
    private void insertNew(PyObject key, long h, PyObject value) {
        Table t = table;
        if (t.used == t.keys.length) t = resize();
        int e = t.used;
        t.hashes[e] = h;
        t.keys[e] = key;
        VALUE.setRelease(t.values, e, value);
        t.used = e + 1;
        t.version = 0;
        SLOT.setRelease(t.index, freeSlot(t, h), e); // the entry first, then the slot that points at it
        maybeTrack(key, value);
        live++;
        version++;
    }

    private void removeEntry(Table t, int ix, long h) {
        int mask = t.index.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (t.index[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        SLOT.setRelease(t.index, i, DUMMY);
        t.keys[ix] = null;
        VALUE.setRelease(t.values, ix, null);
        t.version = 0;
        live--;
        version++;
    }

    /** Replaces the value of entry {@code ix} (under the critical section); the old one, for the caller to drop. */
    private static PyObject replaceValue(Table t, int ix, PyObject value) {
        PyObject old = t.values[ix];
        VALUE.setRelease(t.values, ix, value);
        return old;
    }

    /** A version for {@code t}'s current keys (under the critical section), or 0 once versions ran out. */
    private static int keysVersionOf(Table t) {
        if (t.version == 0) {
            int v;
            do {
                v = NEXT_KEYS_VERSION.get();
                if (v == Integer.MAX_VALUE) return 0; // as CPython: no more versions, no more caching
            } while (!NEXT_KEYS_VERSION.compareAndSet(v, v + 1));
            t.version = v;
        }
        return t.version;
    }

    // ---------------------------------------------------------------- borrowed-reference API

    /** A borrowed reference to the value for {@code key}, or null. */
    public PyObject get(PyObject key) {
        long h = key.pyHash();
        Cs.enter(this);
        try {
            Table t = table;
            int ix = find(t, key, h);
            return ix < 0 ? null : t.values[ix];
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
            Table t = table;
            return refAt(t, find(t, key, h));
        } finally {
            Cs.exit(this);
        }
    }

    /** A new reference to the value of entry {@code ix} (the caller holds the critical section), or null for -1. */
    private static PyObject refAt(Table t, int ix) {
        if (ix < 0) return null;
        PyObject v = t.values[ix];
        Rc.increfWithLock(v);
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
            Table t = table;
            return refAt(t, findStr(t, key, h));
        } finally {
            Cs.exit(this);
        }
    }

    /**
     * An inline cache's lookup of a string key, in one critical section: a new reference to the value
     * (null if absent), the current table's keys version (given one if it had none; 0 if none can be
     * given) and the entry (-1 if absent). While the table keeps that version, the entry holds the key.
     */
    public CacheLookup lookupStrForCache(String key) {
        long h = PyStr.stringHash(key);
        Cs.enter(this);
        try {
            Table t = table;
            int ix = findStr(t, key, h);
            return new CacheLookup(refAt(t, ix), keysVersionOf(t), ix);
        } finally {
            Cs.exit(this);
        }
    }

    /** Whether the dict's current table has keys version {@code keysVersion} (positive: one given out). */
    public boolean hasKeysVersion(int keysVersion) {
        return acquireTable().version == keysVersion;
    }

    /**
     * The value at entry {@code entry} as a new reference, if the dict's table still has keys version
     * {@code keysVersion} (learned with {@link #lookupStrForCache} together with the entry); else, or if
     * the key has been deleted, null. The table is read once and the value from that table, so the
     * value is the cached key's even when a resize races with the read.
     */
    public PyObject cachedValueRef(int keysVersion, int entry) {
        Table t = acquireTable();
        if (t.version != keysVersion) return null;
        if (Cs.optimisticReads()) {
            PyObject v = valueIfStill(t, entry);
            if (v != null) return v;
        }
        Cs.enter(this);
        try {
            t = table;
            if (t.version != keysVersion) return null;
            PyObject v = t.values[entry];
            if (v != null) Rc.increfWithLock(v);
            return v;
        } finally {
            Cs.exit(this);
        }
    }

    /**
     * The value at entry {@code entry} as a new reference if that entry holds exactly {@code key} (the
     * same object: keys set through {@link #setStr} are interned), else null. No hashing: what an
     * attribute inline cache needs to check a remembered entry index. Entry and value are read from one
     * table, in which an entry never changes its key.
     */
    public PyObject valueRefIfKeyAt(int entry, PyObject key) {
        if (entry < 0) return null;
        if (Cs.optimisticReads()) {
            Table t = acquireTable();
            if (entry < t.keys.length && t.keys[entry] == key) {
                PyObject v = valueIfStill(t, entry);
                if (v != null) return v;
            }
        }
        Cs.enter(this);
        try {
            Table t = table;
            if (entry >= t.used || t.keys[entry] != key) return null;
            PyObject v = t.values[entry];
            if (v != null) Rc.increfWithLock(v);
            return v;
        } finally {
            Cs.exit(this);
        }
    }

    /**
     * PEP 703's optimistic read for a string or int key: probe one table without the lock and read
     * the value with {@link #valueIfStill}. Null when the key is absent or the read must be done under
     * the lock (an empty slot may be a key being inserted). The probes are bounded.
     */
    private PyObject getWithoutLock(Object key, long h) {
        Table t = acquireTable();
        int[] idx = t.index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        for (int probes = idx.length + 16; probes > 0; probes--) {
            int ix = (int) SLOT.getAcquire(idx, i);
            if (ix == EMPTY) return null;
            if (ix >= 0 && t.hashes[ix] == h) {
                PyObject k = t.keys[ix];
                if (k != null && sameKey(k, key)) return valueIfStill(t, ix);
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return null;
    }

    /**
     * A new reference to the value of entry {@code ix} of {@code t} taken without the lock: a
     * conditional incref ({@link Rc#tryIncref}, which fails on a freed value; CPython's
     * {@code _Py_TryIncrefCompare}), then a check that the entry still holds it and {@code t} is still
     * the dict's table; else null (undone), to be read under the lock.
     */
    private PyObject valueIfStill(Table t, int ix) {
        PyObject v = (PyObject) VALUE.getAcquire(t.values, ix);
        if (v == null || !Rc.tryIncref(v)) return null;
        if (VALUE.getAcquire(t.values, ix) == v && TABLE.getAcquire(this) == t) return v;
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
        Table t = acquireTable();
        return entry >= 0 && entry < t.keys.length && t.keys[entry] == key;
    }

    /** The entry index of a string key in the current table, or -1. */
    public int indexOfStr(String key) {
        long h = PyStr.stringHash(key);
        Cs.enter(this);
        try {
            return findStr(table, key, h);
        } finally {
            Cs.exit(this);
        }
    }

    /** Replaces the value at {@code entry} if it holds exactly {@code key}; false (nothing done) otherwise. */
    public boolean replaceIfKeyAt(int entry, PyObject key, PyObject value) {
        PyObject old;
        Cs.enter(this);
        try {
            Table t = table;
            if (entry < 0 || entry >= t.used || t.keys[entry] != key) return false;
            Rc.incref(value);
            old = replaceValue(t, entry, value);
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
            Table t = table;
            int ix = findStr(t, key, h);
            return ix < 0 ? null : t.values[ix];
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
            Table t = table;
            int ix = findStr(t, key, h);
            if (ix >= 0) {
                old = replaceValue(t, ix, value);
                maybeTrack(t.keys[ix], value);
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
            Table t = table;
            int ix = findStr(t, key, h);
            if (ix < 0) return false;
            k = t.keys[ix];
            v = t.values[ix];
            removeEntry(t, ix, h);
        } finally {
            Cs.exit(this);
        }
        Rc.decref(k);
        Rc.decref(v);
        return true;
    }

    /** Visits each entry in order (borrowed references; the dict must not change meanwhile). */
    public void forEachItem(BiConsumer<PyObject, PyObject> f) {
        Table t = table;
        for (int e = 0; e < t.used; e++) if (t.keys[e] != null) f.accept(t.keys[e], t.values[e]);
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
            Table t = table;
            int ix = find(t, key, h);
            if (ix >= 0) {
                old = replaceValue(t, ix, value);
                maybeTrack(t.keys[ix], value);
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
            Table t = table;
            int ix = find(t, key, h);
            if (ix < 0) return null;
            k = t.keys[ix];
            v = t.values[ix];
            removeEntry(t, ix, h);
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
        Table t = table;
        for (int e = 0; e < t.used; e++) {
            if (t.keys[e] != null) {
                v.visit(t.keys[e]);
                v.visit(t.values[e]);
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
        Table o = table;
        TABLE.setRelease(this, new Table(8)); // replaced whole, as CPython's clear() swaps in empty keys
        live = 0;
        for (int e = 0; e < o.used; e++) {
            if (o.keys[e] != null) {
                Rc.decref(o.keys[e]);
                Rc.decref(o.values[e]);
            }
        }
    }

    /** Entries as {key, value} pairs with new references: a stable snapshot to work on. */
    public PyObject[][] snapshotItems() {
        Cs.enter(this);
        try {
            PyObject[][] out = new PyObject[live][];
            int j = 0;
            Table t = table;
            for (int e = 0; e < t.used; e++) {
                if (t.keys[e] != null) {
                    Rc.incref(t.keys[e]);
                    Rc.incref(t.values[e]);
                    out[j++] = new PyObject[] {t.keys[e], t.values[e]};
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
                Table t = d.table;
                while (entry < t.used && t.keys[entry] == null) entry++;
                if (entry < t.used) {
                    k = t.keys[entry];
                    v = t.values[entry];
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
                Table t = d.table;
                int e = t.used - 1;
                while (e >= 0 && t.keys[e] == null) e--;
                if (e < 0) throw Py.raise(ExcTypes.KeyError, "popitem(): dictionary is empty");
                k = t.keys[e];
                v = t.values[e];
                d.removeEntry(t, e, t.hashes[e]);
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

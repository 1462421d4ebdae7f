package org.gillab.obj;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.gillab.spi.Cs;
import org.gillab.spi.Rc;

/**
 * Python's set, laid out as CPython 3.11 lays it out ({@code Objects/setobject.c}), so that
 * iteration, repr and {@code pop()} give CPython's order wherever the elements' hashes are
 * CPython's (ints, bools, floats, tuples of those; None hashes as CPython 3.12+'s constant, see
 * docs/language.md; strings are randomized in CPython, so no order of theirs can match).
 *
 * <p><b>The table.</b> One open-addressing array of keys with their hashes, no separate index (a
 * set keeps no insertion order). It starts at {@link #MINSIZE} slots. A probe looks at the home slot
 * {@code hash & mask} and, while they fit below the mask, the {@link #LINEAR_PROBES} slots after it
 * (cheap, one cache line), then jumps with the dict's perturbed recurrence
 * {@code i = i*5 + 1 + (perturb >>= 5)}. A deleted key leaves {@link #DUMMY} (hash -1, which no key
 * has) so that probes for other keys still pass it; an add reuses the last dummy its probe passed.
 * {@code fill} counts live keys and dummies, {@code used} live keys; when an add into an unused slot
 * makes {@code fill*5 >= mask*3} the table is rebuilt at the smallest power of two above
 * {@code used*4} ({@code used*2} beyond 50,000 keys), the keys reinserted in table order. Every
 * operation (|, &amp;, -, ^, update, copy, ...) builds its result in the order setobject.c does,
 * which is what makes the results' order CPython's: for example {@code a & b} walks the smaller set.
 *
 * <p><b>Concurrency.</b> Every read and write of the table runs inside the container critical
 * section ({@link Cs}) of this set, one set at a time: an operation on two sets copies one's table
 * in its critical section ({@link #snapshot}, new references to its keys) and then works on the
 * other in its own. The key comparisons of a probe may run Python code ({@code __eq__}); as in
 * setobject.c a probe that finds the table changed under it starts again. Keys are dropped after the
 * critical section is left, as {@link PyDict} does.
 */
public final class PySet extends PyGcObject {
    public static final PyType TYPE = PyType.builtin("set", PySet.class);

    /** PySet_MINSIZE: the slots of a new (or cleared) set. */
    static final int MINSIZE = 8;
    /** Slots looked at after the home slot before a perturbed jump (setobject.c's LINEAR_PROBES). */
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The hash stored with {@link #DUMMY}: no Python object hashes to -1. */
    private static final long DUMMY_HASH = -1;

    /** The key of a deleted slot; never seen outside this class. */
    private static final PyObject DUMMY = Rc.immortal(new PyObject() {
        @Override public PyType type() { return TYPE; }
    });

    /** The slots: null unused, {@link #DUMMY} deleted, else a key the set holds a reference to. */
    private PyObject[] keys = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    /** Live keys plus dummies. */
    private int fill;
    /** Live keys. */
    private int used;
    /** Where the next {@code pop()} starts looking (set_pop's finger). */
    private int finger;

    public PySet() {
        org.gillab.vm.Gc.track(this);
    }

    @Override public PyType type() { return TYPE; }

    // ---------------------------------------------------------------- the table (caller holds the critical section)

    private static boolean live(PyObject k) {
        return k != null && k != DUMMY;
    }

    /**
     * Whether two keys with the same hash are equal: str by value (setobject.c's unicode shortcut),
     * anything else by {@code ==}, which may run Python code; the stored key is held meanwhile, as
     * setobject.c holds it, in case that code removes it from the set.
     */
    private static boolean equal(PyObject stored, PyObject key) {
        if (stored instanceof PyStr a && key instanceof PyStr b) return a.value.equals(b.value);
        if (stored.getClass() == PyInt.class && key.getClass() == PyInt.class && ((PyInt) stored).big == null
                && ((PyInt) key).big == null) {
            return ((PyInt) stored).value == ((PyInt) key).value;
        }
        Rc.incref(stored);
        try {
            return Ops.eq(stored, key);
        } finally {
            Rc.decref(stored);
        }
    }

    /** set_lookkey: the slot holding {@code key}, or else the unused slot that ends its probe. */
    private int lookkey(PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] ks = keys;
            long[] hs = hashes;
            int mask = ks.length - 1;
            long perturb = h;
            int i = (int) h & mask;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = ks[j];
                    if (k == null) return j;
                    if (hs[j] == h) {
                        if (k == key) return j;
                        boolean eq = equal(k, key);
                        if (ks != keys || ks[j] != k) continue restart; // the comparison changed the set
                        if (eq) return j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** set_add_entry: adds {@code key} (taking a new reference) unless an equal key is present. */
    private void addLocked(PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] ks = keys;
            long[] hs = hashes;
            int mask = ks.length - 1;
            long perturb = h;
            int i = (int) h & mask;
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = ks[j];
                    if (k == null) {
                        Rc.incref(key);
                        used++;
                        if (freeslot >= 0) { // the last dummy the probe passed
                            ks[freeslot] = key;
                            hs[freeslot] = h;
                            return;
                        }
                        ks[j] = key;
                        hs[j] = h;
                        fill++;
                        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (hs[j] == h) {
                        if (k == key || equal(k, key)) return;
                        if (ks != keys || ks[j] != k) continue restart;
                    } else if (k == DUMMY) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** set_insert_clean: places a key known absent into a table without dummies (no comparisons). */
    private static void insertClean(PyObject[] ks, long[] hs, PyObject key, long h) {
        int mask = ks.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (ks[j] == null) {
                        ks[j] = key;
                        hs[j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_table_resize: rebuilds the table at the smallest power of two above {@code minused}, dummies dropped. */
    private void resize(int minused) {
        int size = MINSIZE;
        while (size <= minused) size <<= 1;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        if (size == MINSIZE && oldKeys.length == MINSIZE && fill == used) return; // the small table, no dummies
        PyObject[] ks = new PyObject[size];
        long[] hs = new long[size];
        for (int e = 0; e < oldKeys.length; e++) {
            if (live(oldKeys[e])) insertClean(ks, hs, oldKeys[e], oldHashes[e]);
        }
        keys = ks;
        hashes = hs;
        fill = used;
    }

    /** set_discard_entry: turns {@code key}'s slot into a dummy; the removed key (for the caller to drop), or null. */
    private PyObject discardLocked(PyObject key, long h) {
        int j = lookkey(key, h);
        PyObject k = keys[j];
        if (k == null) return null;
        keys[j] = DUMMY;
        hashes[j] = DUMMY_HASH;
        used--;
        return k;
    }

    /** set_merge: adds every key of {@code o} (a copy of another set's table), as setobject.c does it. */
    private void mergeLocked(Table o) {
        if (o.used == 0) return;
        if ((long) (fill + o.used) * 5 >= (long) (keys.length - 1) * 3) resize((used + o.used) * 2); // one resize up front
        PyObject[] ks = keys;
        long[] hs = hashes;
        if (fill == 0 && ks.length == o.keys.length && o.fill == o.used) { // empty, same size, no dummies: copy slot for slot
            for (int e = 0; e < ks.length; e++) {
                PyObject k = o.keys[e];
                if (k != null) {
                    Rc.incref(k);
                    ks[e] = k;
                    hs[e] = o.hashes[e];
                }
            }
            fill = o.fill;
            used = o.used;
            return;
        }
        if (fill == 0) { // empty: no duplicates possible, no comparisons needed
            for (int e = 0; e < o.keys.length; e++) {
                PyObject k = o.keys[e];
                if (live(k)) {
                    Rc.incref(k);
                    insertClean(ks, hs, k, o.hashes[e]);
                }
            }
            fill = o.used;
            used = o.used;
            return;
        }
        for (int e = 0; e < o.keys.length; e++) {
            if (live(o.keys[e])) addLocked(o.keys[e], o.hashes[e]);
        }
    }

    // ---------------------------------------------------------------- one-set operations (each in one critical section)

    /** A copy of a set's table, taken in one critical section, holding new references to its live keys. */
    private record Table(PyObject[] keys, long[] hashes, int fill, int used) {
        void release() {
            for (PyObject k : keys) if (live(k)) Rc.decref(k);
        }
    }

    private Table snapshot() {
        Cs.enter(this);
        try {
            PyObject[] ks = keys.clone();
            for (PyObject k : ks) if (live(k)) Rc.incref(k);
            return new Table(ks, hashes.clone(), fill, used);
        } finally {
            Cs.exit(this);
        }
    }

    private void addEntry(PyObject key, long h) {
        Cs.enter(this);
        try {
            addLocked(key, h);
        } finally {
            Cs.exit(this);
        }
    }

    private boolean containsEntry(PyObject key, long h) {
        Cs.enter(this);
        try {
            return keys[lookkey(key, h)] != null;
        } finally {
            Cs.exit(this);
        }
    }

    private boolean discardEntry(PyObject key, long h) {
        PyObject old;
        Cs.enter(this);
        try {
            old = discardLocked(key, h);
        } finally {
            Cs.exit(this);
        }
        if (old == null) return false;
        Rc.decref(old);
        return true;
    }

    public void add(PyObject o) {
        addEntry(o, o.pyHash());
    }

    public boolean discard(PyObject o) {
        return discardEntry(o, o.pyHash());
    }

    @Override public boolean contains(PyObject o) { return containsEntry(o, o.pyHash()); }

    @Override public int len() { return used; }

    @Override public boolean isTrue() { return used > 0; }

    @Override public long pyHash() { throw Py.unhashable(this); }

    /** set_pop: the first live slot from the finger on, wrapping; its key's reference passes to the caller. */
    public PyObject pop() {
        Cs.enter(this);
        try {
            if (used == 0) throw Py.raise(ExcTypes.KeyError, "pop from an empty set");
            PyObject[] ks = keys;
            int mask = ks.length - 1;
            int j = finger & mask;
            while (!live(ks[j])) j = j == mask ? 0 : j + 1;
            PyObject k = ks[j];
            ks[j] = DUMMY;
            hashes[j] = DUMMY_HASH;
            used--;
            finger = j + 1;
            return k;
        } finally {
            Cs.exit(this);
        }
    }

    /** set_clear_internal: the set is emptied to a new small table first, then the keys are dropped. */
    public void clear() {
        PyObject[] old;
        Cs.enter(this);
        try {
            old = emptyTable();
        } finally {
            Cs.exit(this);
        }
        dropLive(old);
    }

    private PyObject[] emptyTable() {
        PyObject[] old = keys;
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        fill = 0;
        used = 0;
        return old;
    }

    private static void dropLive(PyObject[] ks) {
        for (PyObject k : ks) if (live(k)) Rc.decref(k);
    }

    /** set_swap_bodies with a result no one else sees: this set takes its table, it takes this set's. */
    private void takeTableOf(PySet r) {
        Cs.enter(this);
        try {
            PyObject[] ks = keys;
            long[] hs = hashes;
            int f = fill, u = used;
            keys = r.keys;
            hashes = r.hashes;
            fill = r.fill;
            used = r.used;
            r.keys = ks;
            r.hashes = hs;
            r.fill = f;
            r.used = u;
        } finally {
            Cs.exit(this);
        }
    }

    /** tp_clear (set_clear_internal) for the cycle collector, which runs with the world stopped. */
    @Override public void gcClear() { dropLive(emptyTable()); }

    /** Deallocation: the table is emptied before its keys are dropped, as in {@link #gcClear}. */
    @Override public void release() { dropLive(emptyTable()); }

    /** set_traverse: the live keys. */
    @Override
    public void forEachRef(RefVisitor v) {
        PyObject[] ks = keys;
        for (PyObject k : ks) if (live(k)) v.visit(k);
    }

    // ---------------------------------------------------------------- building sets

    public static PySet of(PyObject iterable) {
        return filled(new PySet(), s -> s.addAll(iterable));
    }

    /**
     * The constant a set display of three or more constants compiles to (CPython 3.11 folds such a
     * display to a frozenset constant and merges it into a new set with SET_UPDATE, or iterates it
     * directly in a {@code for}): immortal, and never changed after this. Built twice, as CPython
     * builds it: once from the items in source order, then again from that set's iteration order
     * (compile.c's merge_consts_recursive re-creates every frozenset constant from a tuple of its items).
     */
    public static PySet constant(PyObject[] items) {
        PySet first = new PySet();
        try {
            for (PyObject o : items) first.add(o);
            PySet s = new PySet();
            PyObject[] again = Ops.toArray(first);
            try {
                for (PyObject o : again) s.add(o);
            } finally {
                drop(again);
            }
            return Rc.immortal(s);
        } finally {
            Rc.decref(first);
        }
    }

    /** set_update_internal: from a set (set_merge), a dict (one resize up front) or any iterable. */
    public void addAll(PyObject iterable) {
        if (iterable instanceof PySet other) {
            if (other == this) return;
            Table t = other.snapshot();
            try {
                Cs.enter(this);
                try {
                    mergeLocked(t);
                } finally {
                    Cs.exit(this);
                }
            } finally {
                t.release();
            }
            return;
        }
        if (iterable instanceof PyDict d) {
            PyObject[] ks = Ops.toArray(d);
            try {
                long[] hs = new long[ks.length];
                for (int i = 0; i < ks.length; i++) hs[i] = ks[i].pyHash();
                Cs.enter(this);
                try {
                    if ((long) (fill + ks.length) * 5 >= (long) (keys.length - 1) * 3) resize((used + ks.length) * 2);
                    for (int i = 0; i < ks.length; i++) addLocked(ks[i], hs[i]);
                } finally {
                    Cs.exit(this);
                }
            } finally {
                drop(ks);
            }
            return;
        }
        each(iterable, x -> {
            add(x);
            return true;
        });
    }

    private static void drop(PyObject[] items) {
        for (PyObject o : items) Rc.decref(o);
    }

    /**
     * Runs {@code f} on each item of an iterable (borrowed for the call) until it returns false;
     * whether it went through every item.
     */
    private static boolean each(PyObject iterable, Predicate<PyObject> f) {
        PyObject it = iterable.iter();
        try {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                try {
                    if (!f.test(x)) return false;
                } finally {
                    Rc.decref(x);
                }
            }
            return true;
        } finally {
            Rc.decref(it);
        }
    }

    private static PySet copy(PySet s) {
        return of(s);
    }

    @Override
    public PyObject iter() {
        Rc.incref(this);
        return new SetIter(this);
    }

    /** setiter: walks the table's slots in order; a change of size on the way is an error, for good. */
    static final class SetIter extends PyIterator {
        private PySet set;
        private int expectedUsed;
        private int pos;

        SetIter(PySet set) {
            this.set = set;
            this.expectedUsed = set.used;
        }

        @Override
        public PyObject next() {
            PySet s = set;
            if (s == null) return null;
            PyObject k = null;
            Cs.enter(s);
            try {
                if (expectedUsed != s.used) {
                    expectedUsed = -1;
                    throw Py.runtimeError("Set changed size during iteration");
                }
                PyObject[] ks = s.keys;
                int i = pos;
                while (i < ks.length && !live(ks[i])) i++;
                pos = i + 1;
                if (i < ks.length) {
                    k = ks[i];
                    Rc.incref(k);
                }
            } finally {
                Cs.exit(s);
            }
            if (k == null) {
                set = null;
                Rc.decref(s);
            }
            return k;
        }

        @Override
        public void forEachRef(RefVisitor v) {
            if (set != null) v.visit(set);
        }
    }

    @Override
    public String repr() {
        if (!Ops.enterRepr(this)) return "set(...)";
        try {
            if (used == 0) return "set()";
            PyObject[] items = Ops.toArray(this);
            try {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(items[i].repr());
                }
                return sb.append('}').toString();
            } finally {
                drop(items);
            }
        } finally {
            Ops.leaveRepr(this);
        }
    }

    // ---------------------------------------------------------------- set algebra, as setobject.c builds it

    /** A test of one key of a set with its hash; false stops the walk. */
    @FunctionalInterface
    private interface EntryTest {
        boolean test(PyObject key, long hash);
    }

    /**
     * set_next's walk: {@code f} on each live key of a copy of {@code s}'s table, in table order,
     * until it returns false; whether it went through every key.
     */
    private static boolean eachEntry(PySet s, EntryTest f) {
        Table t = s.snapshot();
        try {
            for (int e = 0; e < t.keys.length; e++) {
                if (live(t.keys[e]) && !f.test(t.keys[e], t.hashes[e])) return false;
            }
            return true;
        } finally {
            t.release();
        }
    }

    /** A new set {@code r} after {@code f} has filled it; dropped if {@code f} throws. */
    private static PySet filled(PySet r, Consumer<PySet> f) {
        try {
            f.accept(r);
        } catch (RuntimeException e) {
            Rc.decref(r);
            throw e;
        }
        return r;
    }

    /** set_issubset for a set: every key of {@code a} in {@code b}. */
    private static boolean isSubset(PySet a, PySet b) {
        return a.len() <= b.len() && eachEntry(a, b::containsEntry);
    }

    /** set_issuperset for any iterable. */
    private static boolean isSuperset(PySet a, PyObject other) {
        if (other instanceof PySet b) return isSubset(b, a);
        return each(other, a::contains);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PySet s && s.len() == len() && isSubset(this, s);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PySet s)) return null;
        switch (op) {
            case CmpOp.EQ: return Py.bool(pyEquals(s));
            case CmpOp.NE: return Py.bool(!pyEquals(s));
            case CmpOp.LE: return Py.bool(isSubset(this, s));
            case CmpOp.LT: return Py.bool(len() < s.len() && isSubset(this, s));
            case CmpOp.GE: return Py.bool(isSubset(s, this));
            default: return Py.bool(len() > s.len() && isSubset(s, this));
        }
    }

    /** set_or / union of two: a copy of {@code a} updated with {@code b}. */
    static PySet union(PySet a, PyObject b) {
        return filled(copy(a), r -> {
            if (b != a) r.addAll(b);
        });
    }

    /** set_intersection: walks the smaller set (or the iterable), keeping the keys the other has. */
    static PySet intersection(PySet so, PyObject other) {
        if (other == so) return copy(so);
        return filled(new PySet(), r -> {
            if (other instanceof PySet o) {
                PySet walked = o.len() > so.len() ? so : o, probed = walked == o ? so : o;
                eachEntry(walked, (k, h) -> {
                    if (probed.containsEntry(k, h)) r.addEntry(k, h);
                    return true;
                });
                return;
            }
            each(other, x -> {
                long h = x.pyHash();
                if (!so.containsEntry(x, h)) return true;
                r.addEntry(x, h);
                return r.len() < so.len(); // all of so found: no need to go on
            });
        });
    }

    /** set_intersection_update: the intersection built aside, then swapped in. */
    private void intersectionUpdate(PySet r) {
        takeTableOf(r);
        Rc.decref(r); // now holding this set's old keys
    }

    /** set_difference: walks {@code so} when {@code other} is a set or dict not much smaller, else copies and removes. */
    static PySet difference(PySet so, PyObject other) {
        int otherSize;
        if (other instanceof PySet o) otherSize = o.len();
        else if (other instanceof PyDict d) otherSize = d.size();
        else return copyAndDifference(so, other);
        if ((so.len() >> 2) > otherSize) return copyAndDifference(so, other);
        return filled(new PySet(), r -> eachEntry(so, (k, h) -> {
            boolean in = other instanceof PySet o ? o.containsEntry(k, h) : ((PyDict) other).contains(k);
            if (!in) r.addEntry(k, h);
            return true;
        }));
    }

    private static PySet copyAndDifference(PySet so, PyObject other) {
        return filled(copy(so), r -> r.differenceUpdate(other));
    }

    /** set_difference_update_internal: removes the keys of {@code other}, then rebuilds if over a quarter are dummies. */
    void differenceUpdate(PyObject other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet walked = (o.len() >> 3) > len() ? intersection(this, o) : Rc.newRef(o); // much larger: walk the common part
            try {
                eachEntry(walked, (k, h) -> {
                    discardEntry(k, h);
                    return true;
                });
            } finally {
                Rc.decref(walked);
            }
        } else {
            each(other, x -> {
                discard(x);
                return true;
            });
        }
        Cs.enter(this);
        try {
            if (fill - used > (keys.length - 1) / 4) resize(used > 50000 ? used * 2 : used * 4);
        } finally {
            Cs.exit(this);
        }
    }

    /** set_symmetric_difference_update: each key of {@code other} removed if present, else added. */
    void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PyDict d) {
            PyObject[] ks = Ops.toArray(d);
            try {
                for (PyObject k : ks) {
                    long h = k.pyHash();
                    if (!discardEntry(k, h)) addEntry(k, h);
                }
            } finally {
                drop(ks);
            }
            return;
        }
        PySet o = other instanceof PySet s ? Rc.newRef(s) : of(other);
        try {
            eachEntry(o, (k, h) -> {
                if (!discardEntry(k, h)) addEntry(k, h);
                return true;
            });
        } finally {
            Rc.decref(o);
        }
    }

    /** set_symmetric_difference: a new set of {@code other}'s keys, updated with {@code so}'s. */
    static PySet symmetricDifference(PySet so, PyObject other) {
        return filled(of(other), r -> r.symmetricDifferenceUpdate(so));
    }

    /** set_isdisjoint: walks the smaller set (or the iterable) looking for a common key. */
    private static boolean isDisjoint(PySet so, PyObject other) {
        if (other == so) return so.len() == 0;
        if (other instanceof PySet o) {
            PySet walked = o.len() > so.len() ? so : o, probed = walked == o ? so : o;
            return eachEntry(walked, (k, h) -> !probed.containsEntry(k, h));
        }
        return each(other, x -> !so.contains(x));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (!(other instanceof PySet o)) return null;
        PySet a = reflected ? o : this, b = reflected ? this : o;
        switch (op) {
            case BinOps.OR: return union(a, b);
            case BinOps.AND: return intersection(a, b);
            case BinOps.SUB: return difference(a, b);
            case BinOps.XOR: return symmetricDifference(a, b);
            default: return null;
        }
    }

    /** {@code |=}, {@code &=}, {@code -=}, {@code ^=} in place (set_ior, set_iand, set_isub, set_ixor). */
    PyObject inplaceOp(int op, PySet other) {
        switch (op) {
            case BinOps.OR: addAll(other); break;
            case BinOps.AND: intersectionUpdate(intersection(this, other)); break;
            case BinOps.SUB: differenceUpdate(other); break;
            case BinOps.XOR: symmetricDifferenceUpdate(other); break;
            default: return null;
        }
        return Rc.newRef(this);
    }

    /** set_intersection_multi: the intersection with each of {@code others} in turn (a copy if none). */
    private static PySet intersectionAll(PySet self, PyObject[] others) {
        if (others.length == 0) return copy(self);
        PySet r = Rc.newRef(self);
        for (PyObject o : others) {
            PySet n;
            try {
                n = intersection(r, o);
            } finally {
                Rc.decref(r);
            }
            r = n;
        }
        return r;
    }

    static {
        TYPE.def("add", (self, a, kw) -> { Args.exact("set.add", a, kw, 1); ((PySet) self).add(a[0]); return Py.None; });
        TYPE.def("discard", (self, a, kw) -> { Args.exact("set.discard", a, kw, 1); ((PySet) self).discard(a[0]); return Py.None; });
        TYPE.def("remove", (self, a, kw) -> {
            Args.exact("set.remove", a, kw, 1);
            if (!((PySet) self).discard(a[0])) throw Py.keyError(a[0]);
            return Py.None;
        });
        TYPE.def("pop", (self, a, kw) -> { Args.exact("set.pop", a, kw, 0); return ((PySet) self).pop(); });
        TYPE.def("clear", (self, a, kw) -> { Args.exact("set.clear", a, kw, 0); ((PySet) self).clear(); return Py.None; });
        TYPE.def("copy", (self, a, kw) -> { Args.exact("set.copy", a, kw, 0); return copy((PySet) self); });
        TYPE.def("update", (self, a, kw) -> {
            Args.noKeywords("set.update", kw);
            for (PyObject o : a) ((PySet) self).addAll(o);
            return Py.None;
        });
        TYPE.def("union", (self, a, kw) -> {
            Args.noKeywords("set.union", kw);
            return filled(copy((PySet) self), r -> {
                for (PyObject o : a) if (o != self) r.addAll(o);
            });
        });
        TYPE.def("intersection", (self, a, kw) -> {
            Args.noKeywords("set.intersection", kw);
            return intersectionAll((PySet) self, a);
        });
        TYPE.def("intersection_update", (self, a, kw) -> {
            Args.noKeywords("set.intersection_update", kw);
            ((PySet) self).intersectionUpdate(intersectionAll((PySet) self, a));
            return Py.None;
        });
        TYPE.def("difference", (self, a, kw) -> {
            Args.noKeywords("set.difference", kw);
            if (a.length == 0) return copy((PySet) self);
            return filled(difference((PySet) self, a[0]), r -> {
                for (int i = 1; i < a.length; i++) r.differenceUpdate(a[i]);
            });
        });
        TYPE.def("difference_update", (self, a, kw) -> {
            Args.noKeywords("set.difference_update", kw);
            for (PyObject o : a) ((PySet) self).differenceUpdate(o);
            return Py.None;
        });
        TYPE.def("symmetric_difference", (self, a, kw) -> {
            Args.exact("set.symmetric_difference", a, kw, 1);
            return symmetricDifference((PySet) self, a[0]);
        });
        TYPE.def("symmetric_difference_update", (self, a, kw) -> {
            Args.exact("set.symmetric_difference_update", a, kw, 1);
            ((PySet) self).symmetricDifferenceUpdate(a[0]);
            return Py.None;
        });
        TYPE.def("issubset", (self, a, kw) -> {
            Args.exact("set.issubset", a, kw, 1);
            PySet s = (PySet) self;
            if (a[0] instanceof PySet o) return Py.bool(isSubset(s, o));
            PySet common = intersection(s, a[0]);
            try {
                return Py.bool(common.len() == s.len());
            } finally {
                Rc.decref(common);
            }
        });
        TYPE.def("issuperset", (self, a, kw) -> {
            Args.exact("set.issuperset", a, kw, 1);
            return Py.bool(isSuperset((PySet) self, a[0]));
        });
        TYPE.def("isdisjoint", (self, a, kw) -> {
            Args.exact("set.isdisjoint", a, kw, 1);
            return Py.bool(isDisjoint((PySet) self, a[0]));
        });
        TYPE.constructor = (a, kw) -> {
            Args.between("set", a, kw, 0, 1);
            return a.length == 0 ? new PySet() : of(a[0]);
        };
    }
}

package org.gillab.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.obj.PyBytes;
import org.gillab.obj.PyException;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyGcObject;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyObject;
import org.gillab.obj.PySingleton;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.obj.RefVisitor;
import org.gillab.spi.Rc;

/**
 * One interpreter's cycle collector: CPython's generational collector as Modules/gcmodule.c has it
 * in 3.12 (the same algorithm and thresholds as 3.11, with the collection run at the next eval-breaker
 * check rather than inside the allocation that tripped the threshold, as 3.12's
 * {@code _Py_ScheduleGC} does). Under a model whose threads run in parallel, the count is kept per
 * thread and added in batches and the world is stopped for the analysis, as CPython 3.13's
 * Python/gc_free_threading.c does.
 *
 * <p><b>Generations.</b> Three, with thresholds 700, 10, 10. The young generation's count is the
 * number of tracked objects allocated minus those deallocated; when it passes its threshold a
 * collection is scheduled. A collection of generation g also collects the younger ones and moves the
 * survivors to g+1; each collection of g adds one to the count of g+1, and the oldest generation is
 * collected only when, besides its count, the objects that survived a middle collection since the
 * last full one exceed a quarter of those the last full one left (CPython's long_lived_pending and
 * long_lived_total).
 *
 * <p><b>Where the objects are.</b> CPython links them in a list per generation and unlinks them on
 * dealloc. Here each thread appends the containers it makes to an array of its own (no lock, no
 * shared write, as the free-threaded build finds objects in per-thread heaps), the older generations
 * are arrays only the collector writes, and a deallocated object just clears its {@code gcBits}: its
 * entry is dropped at the next collection, or when its array fills up (compaction).
 *
 * <p><b>A collection</b> (gc_collect_main): gather the generations collected; {@code update_refs}
 * copies each object's count; {@code subtract_refs} subtracts the references the set's objects hold
 * to one another (each object's {@link PyObject#forEachRef}, the visitor the audit uses); whatever
 * still has a count is reachable from outside, and so is whatever it reaches ({@code
 * move_unreachable}, done here as a marking pass from those objects); the rest is garbage. Survivors
 * move on a generation (tuples of atomic values stop being tracked, as {@code _PyTuple_MaybeUntrack}).
 * The garbage's finalizers run (a suspended generator is closed, PEP 442); if they ran, the garbage
 * is checked again and anything a finalizer made reachable is spared ({@code
 * handle_resurrected_objects}); then each object is cleared ({@link PyObject#gcClear}, {@code
 * tp_clear}), which drops its references through the ordinary decref, so the cycle's counts fall to
 * zero and it is deallocated as any object is: the reference-count audit sees no leak and no damage.
 * gillab has no {@code __del__}, so there are no legacy finalizers and nothing is ever uncollectable
 * ({@code gc.garbage} would stay empty).
 */
public final class Collector {
    public static final int GENERATIONS = 3;
    /** How many allocations a thread counts before adding them to the shared count (parallel models). */
    static final int LOCAL_ALLOC_BATCH = 512;

    private final int[] thresholds = {700, 10, 10};
    /** counts[0]: net tracked allocations (plain under a lock, added in batches otherwise); 1, 2: collections of the younger one. */
    private final AtomicInteger count0 = new AtomicInteger();
    private final int[] counts = new int[GENERATIONS];
    private volatile boolean enabled = true;
    private final AtomicBoolean collecting = new AtomicBoolean();
    /** 1 while threads take turns (every count goes straight to count0); {@link #LOCAL_ALLOC_BATCH} once any runs in parallel. */
    private volatile int batch = 1;

    private final ObjList[] older = {null, new ObjList(), new ObjList()};
    private long longLivedTotal;
    private long longLivedPending;

    /** The bound threads, whose young arrays a collection gathers. */
    private final List<ThreadState> threads = new ArrayList<>();
    /** Young objects of threads that have unbound. */
    private final ObjList orphans = new ObjList();

    // statistics (gc.get_stats)
    private final long[] collections = new long[GENERATIONS];
    private final long[] collected = new long[GENERATIONS];

    // ---------------------------------------------------------------- threads

    synchronized void register(ThreadState ts) {
        threads.add(ts);
        if (ts.hooks.stopsTheWorld()) batch = LOCAL_ALLOC_BATCH;
    }

    synchronized void unregister(ThreadState ts) {
        threads.remove(ts);
        ObjList y = ts.gcYoung;
        synchronized (orphans) {
            for (int i = 0; i < y.size; i++) orphans.add(y.items[i]);
        }
        y.clear();
        flushAllocs(ts);
    }

    /**
     * Lets go of every object this collector tracks, after a run ran out of JVM heap: the frames an
     * OutOfMemoryError unwound through were never cleared, so their objects keep counts above zero,
     * and only the JVM's collector can still free them, once nothing here points at them. The
     * interpreter is not used again (its state is not audited either).
     */
    public synchronized void forgetAfterOutOfMemory() {
        for (ThreadState t : threads) t.gcYoung.clear();
        synchronized (orphans) {
            orphans.clear();
        }
        for (int g = 1; g < GENERATIONS; g++) older[g].clear();
    }

    /** The threads bound to this interpreter now (for stopping the world). */
    public synchronized List<ThreadState> threads() {
        return new ArrayList<>(threads);
    }

    // ---------------------------------------------------------------- the allocation path

    void track(ThreadState ts, PyGcObject o) {
        o.gcBits = Gc.TRACKED;
        ts.gcYoung.add(o);
        if (++ts.gcAllocs >= batch) flushAllocs(ts);
    }

    void onDealloc(ThreadState ts) {
        if (--ts.gcAllocs <= -batch) flushAllocs(ts);
    }

    private void flushAllocs(ThreadState ts) {
        int n = ts.gcAllocs;
        ts.gcAllocs = 0;
        int c;
        if (batch == 1) { // one thread at a time: a plain update, as CPython's default build
            c = count0.getPlain() + n;
            if (c < 0) c = 0;
            count0.setPlain(c);
        } else {
            c = count0.addAndGet(n);
        }
        if (n > 0 && c > thresholds[0] && thresholds[0] != 0 && enabled && !collecting.getPlain()) {
            ts.requestBreaker(ThreadState.GC_BIT);
        }
    }

    // ---------------------------------------------------------------- the gc module

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean on) {
        enabled = on;
    }

    public synchronized int[] thresholds() {
        return thresholds.clone();
    }

    public synchronized void setThresholds(int... t) {
        for (int i = 0; i < t.length && i < GENERATIONS; i++) thresholds[i] = t[i];
    }

    /** {@code gc.get_count()}: the young count (this thread's pending part included) and the others. */
    public int[] counts(ThreadState ts) {
        return new int[] {Math.max(0, count0.get() + (batch == 1 ? 0 : ts.gcAllocs)), counts[1], counts[2]};
    }

    /** {@code gc.get_stats()}: per generation, collections and objects collected. */
    public synchronized long[][] stats() {
        return new long[][] {collections.clone(), collected.clone()};
    }

    // ---------------------------------------------------------------- collections

    /** The eval breaker saw {@link ThreadState#GC_BIT}: collect what the thresholds ask for (collect_generations). */
    void collectScheduled(ThreadState ts) {
        if (!enabled) return;
        if (count0.get() <= thresholds[0] || thresholds[0] == 0) return;
        int gen = 0;
        for (int i = GENERATIONS - 1; i >= 1; i--) {
            if (counts[i] > thresholds[i]) {
                // the full collection waits until enough has survived since the last one
                if (i == GENERATIONS - 1 && longLivedPending < longLivedTotal / 4) continue;
                gen = i;
                break;
            }
        }
        collect(ts, gen);
    }

    /**
     * Collects {@code generation} and the younger ones; returns the number of unreachable objects
     * found (gc.collect's result), or 0 when a collection is already running on another thread.
     */
    public long collect(ThreadState ts, int generation) {
        if (!collecting.compareAndSet(false, true)) return 0;
        long start = System.nanoTime();
        long stoppedNs = 0;
        long found;
        try {
            ObjList garbage;
            long stopped = System.nanoTime(); // the pause includes the wait for every thread to park
            ts.hooks.stopTheWorld(ts);
            try {
                garbage = findGarbage(generation);
            } finally {
                ts.hooks.startTheWorld(ts);
                stoppedNs += System.nanoTime() - stopped;
            }
            found = garbage.size;
            if (finalize(garbage)) {
                stopped = System.nanoTime();
                ts.hooks.stopTheWorld(ts);
                try {
                    spareResurrected(garbage, generation);
                } finally {
                    ts.hooks.startTheWorld(ts);
                    stoppedNs += System.nanoTime() - stopped;
                }
            }
            clear(garbage, generation);
            synchronized (this) {
                collections[generation]++;
                collected[generation] += found;
            }
        } finally {
            collecting.set(false);
        }
        long total = System.nanoTime() - start;
        Gc.Totals.record(found, ts.hooks.stopsTheWorld() ? stoppedNs : total);
        return found;
    }

    /** With the world stopped: gather, analyse, promote the survivors; returns the garbage, marked UNREACHABLE. */
    private ObjList findGarbage(int generation) {
        ObjList set = new ObjList();
        synchronized (this) {
            for (ThreadState t : threads) {
                set.addAll(t.gcYoung);
                t.gcYoung.clear();
                t.gcAllocs = 0;
            }
        }
        synchronized (orphans) {
            set.addAll(orphans);
            orphans.clear();
        }
        for (int g = 1; g <= generation; g++) {
            set.addAll(older[g]);
            older[g].clear();
        }
        ObjList live = keepCollectable(set);
        markReachable(live);
        int next = Math.min(generation + 1, GENERATIONS - 1);
        ObjList garbage = new ObjList();
        ObjList survivors = older[next];
        int before = survivors.size;
        for (int i = 0; i < live.size; i++) {
            PyGcObject o = live.items[i];
            if ((o.gcBits & Gc.REACHABLE) != 0) {
                if (o instanceof PyTuple t && atomicItems(t)) {
                    o.gcBits = 0; // _PyTuple_MaybeUntrack: it can never be part of a cycle
                } else {
                    o.gcBits = Gc.TRACKED | next << Gc.GEN_SHIFT;
                    survivors.add(o);
                }
            } else {
                o.gcBits = Gc.TRACKED | Gc.UNREACHABLE | next << Gc.GEN_SHIFT;
                // one reference of the collector's own, taken while the world is stopped, keeps each
                // garbage object alive until the collector has finished with it, whichever thread's
                // decref (or, under biased counting, whose merge) would otherwise free it first
                // (3.13t's gc_free_threading.c takes the same reference when it merges their counts)
                Rc.gcUnreachable(o); // before the collector counts it the ordinary way
                Rc.incref(o);
                garbage.add(o);
            }
        }
        // the counts, as gc_collect_main updates them
        if (generation + 1 < GENERATIONS) counts[generation + 1]++;
        count0.set(0);
        for (int g = 1; g <= generation; g++) counts[g] = 0;
        if (generation == GENERATIONS - 2) longLivedPending += survivors.size - before;
        if (generation == GENERATIONS - 1) {
            longLivedPending = 0;
            longLivedTotal = survivors.size;
        } else {
            compactIfStale(older[GENERATIONS - 1]);
        }
        return garbage;
    }

    /**
     * The tracked, live, mortal objects of {@code set}, each marked COLLECTING with its index; their
     * counts copied (update_refs) and the references among them subtracted (subtract_refs) into
     * {@link #refs}.
     */
    private ObjList keepCollectable(ObjList set) {
        ObjList live = new ObjList(set.size);
        for (int i = 0; i < set.size; i++) {
            PyGcObject o = set.items[i];
            if ((o.gcBits & Gc.TRACKED) == 0 || (o.gcBits & Gc.COLLECTING) != 0 || o.isDead() || Rc.isImmortal(o)) continue;
            if (live.size >= Gc.MAX_INDEX) { // too many for one pass: the rest waits, as if reachable
                older[GENERATIONS - 1].add(o);
                continue;
            }
            o.gcBits = Gc.TRACKED | Gc.COLLECTING | live.size << Gc.INDEX_SHIFT;
            live.add(o);
        }
        refs = new int[live.size];
        for (int i = 0; i < live.size; i++) {
            PyGcObject o = live.items[i];
            // a count the model cannot give exactly now (RefCounting.gcCount): keep the object, never guess
            int c = Rc.gcCount(o);
            refs[i] = c < 0 ? Integer.MAX_VALUE / 2 : c;
        }
        RefVisitor subtract = r -> {
            if (r instanceof PyGcObject g && (g.gcBits & Gc.COLLECTING) != 0) refs[g.gcBits >>> Gc.INDEX_SHIFT]--;
        };
        for (int i = 0; i < live.size; i++) live.items[i].forEachRef(subtract);
        return live;
    }

    private int[] refs = new int[0];

    /** move_unreachable: marks REACHABLE every object with references from outside, and all it reaches. */
    private void markReachable(ObjList live) {
        ObjList stack = new ObjList();
        for (int i = 0; i < live.size; i++) {
            PyGcObject o = live.items[i];
            if (refs[i] > 0) {
                o.gcBits |= Gc.REACHABLE;
                stack.add(o);
            }
        }
        RefVisitor reach = r -> {
            if (r instanceof PyGcObject g && (g.gcBits & (Gc.COLLECTING | Gc.REACHABLE)) == Gc.COLLECTING) {
                g.gcBits |= Gc.REACHABLE;
                stack.add(g);
            }
        };
        while (stack.size > 0) stack.items[--stack.size].forEachRef(reach);
        refs = new int[0];
    }

    private static boolean atomicItems(PyTuple t) {
        for (PyObject x : t.array()) {
            if (!(x instanceof PyInt || x instanceof PyFloat || x instanceof PyStr || x instanceof PyBytes
                    || x instanceof PySingleton)) {
                return false;
            }
        }
        return true;
    }

    /** finalize_garbage: runs each garbage object's finalizer once; whether any ran. */
    private static boolean finalize(ObjList garbage) {
        boolean any = false;
        for (int i = 0; i < garbage.size; i++) {
            PyGcObject o = garbage.items[i];
            if (o instanceof PyGenerator g && g.needsFinalizer()) {
                any = true;
                try {
                    o.gcFinalize();
                } catch (PyException e) {
                    Rc.decref(e.value); // CPython prints it as "Exception ignored in"; it cannot propagate
                }
            }
        }
        return any;
    }

    /**
     * handle_resurrected_objects: after finalizers ran, the garbage is analysed again on its own;
     * whatever now has a reference from outside it, and what that reaches, is no longer garbage.
     */
    private void spareResurrected(ObjList garbage, int generation) {
        ObjList live = keepCollectable(garbage);
        for (int i = 0; i < live.size; i++) refs[i]--; // the collector's own reference is not from outside
        markReachable(live);
        int next = Math.min(generation + 1, GENERATIONS - 1);
        for (int i = 0; i < live.size; i++) {
            PyGcObject o = live.items[i];
            if ((o.gcBits & Gc.REACHABLE) != 0) {
                o.gcBits = Gc.TRACKED | next << Gc.GEN_SHIFT; // spared: no longer UNREACHABLE, not cleared
                older[next].add(o);
            } else {
                o.gcBits = Gc.TRACKED | Gc.UNREACHABLE | next << Gc.GEN_SHIFT;
            }
        }
    }

    /**
     * delete_garbage: clears each object still unreachable, then drops the collector's reference to
     * each (so none is freed in the middle of its own clear, as CPython's delete_garbage holds one);
     * an object still alive after that (its owner has yet to merge a decref, under biased counting)
     * returns to a generation.
     */
    private void clear(ObjList garbage, int generation) {
        try {
            for (int i = 0; i < garbage.size; i++) {
                PyGcObject o = garbage.items[i];
                if ((o.gcBits & Gc.UNREACHABLE) != 0) o.gcClear();
            }
        } finally {
            for (int i = 0; i < garbage.size; i++) Rc.decref(garbage.items[i]); // the collector's reference
        }
        int next = Math.min(generation + 1, GENERATIONS - 1);
        for (int i = 0; i < garbage.size; i++) { // only the collector (this thread) writes the older lists
            PyGcObject o = garbage.items[i];
            if ((o.gcBits & Gc.UNREACHABLE) != 0 && !o.isDead()) {
                o.gcBits = Gc.TRACKED | next << Gc.GEN_SHIFT;
                older[next].add(o);
            }
        }
    }

    /** The oldest generation keeps dead entries until a full collection: drop them when they dominate. */
    private void compactIfStale(ObjList old) {
        if (old.size > 2 * Math.max(1024, old.compactedSize)) {
            old.removeUntracked();
            old.compactedSize = old.size;
        }
    }

    /** A growable array of objects (the per-thread young list, the generations, work lists). */
    static final class ObjList {
        PyGcObject[] items;
        int size;
        int compactedSize;

        ObjList() {
            this(16);
        }

        ObjList(int capacity) {
            items = new PyGcObject[Math.max(16, capacity)];
        }

        /** Appends; a full young list first drops the entries of objects no longer tracked. */
        void add(PyGcObject o) {
            if (size == items.length) {
                removeUntracked();
                if (size > items.length / 2) items = Arrays.copyOf(items, items.length * 2);
            }
            items[size++] = o;
        }

        void addAll(ObjList other) {
            if (size + other.size > items.length) items = Arrays.copyOf(items, Math.max(items.length * 2, size + other.size));
            System.arraycopy(other.items, 0, items, size, other.size);
            size += other.size;
        }

        void clear() {
            Arrays.fill(items, 0, size, null);
            size = 0;
            if (items.length > 4096) items = new PyGcObject[16];
        }

        void removeUntracked() {
            int n = 0;
            for (int i = 0; i < size; i++) {
                PyGcObject o = items[i];
                if ((o.gcBits & Gc.TRACKED) != 0 && !o.isDead()) items[n++] = o;
            }
            Arrays.fill(items, n, size, null);
            size = n;
        }
    }
}

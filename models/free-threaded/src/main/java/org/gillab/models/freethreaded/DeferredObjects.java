package org.gillab.models.freethreaded;

import java.util.ArrayList;
import java.util.List;

import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;

/**
 * The objects whose counts are deferred under {@code release=3.14} (module-level functions, modules,
 * their dicts, classes: see {@link DeferAtStart}), from the moment the workers start.
 *
 * <p>While deferred, an object's count changes touch nothing shared: each thread adds them to its own
 * array ({@link ThreadData#deferredDeltas}, like the per-thread reference counts of CPython 3.14's
 * Python/uniqueid.c), and a thread's array is added into the table when it detaches. A decrement never
 * frees such an object: the cycle collector, with the world stopped, sums the table and every thread's
 * array ({@link #gcCount}) and returns an unreachable one to ordinary counting ({@link #undefer}), as
 * 3.14's collector merges per-thread counts and disables deferred counting on its garbage. When the last
 * thread detaches the objects become ordinary merged objects with their exact count, so the
 * reference-count audit can check them and the references they hold.
 */
final class DeferredObjects {
    /** By table index; null once the collector has returned the object to ordinary counting. */
    private final List<PyObject> objects = new ArrayList<>();
    private int[] counts = new int[16];
    /** The attached threads, whose arrays the collector sums while the world is stopped. */
    private final List<ThreadData> threads = new ArrayList<>();
    private final Counters counters;

    DeferredObjects(Counters counters) {
        this.counters = counters;
    }

    /** Sets {@code o} aside; false if it is immortal, dead or already set aside. */
    synchronized boolean defer(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL || c <= Rc.DEAD_THRESHOLD || c == SharedCount.DEFERRED) return false;
        int total = SharedCount.total(o);
        int index = objects.size();
        objects.add(o);
        if (index == counts.length) counts = java.util.Arrays.copyOf(counts, index * 2);
        counts[index] = total;
        SharedCount.SHARED.setVolatile(o, index);
        o.refcnt = SharedCount.DEFERRED;
        return true;
    }

    /** A count change on a deferred object: into the calling thread's array when it has one. */
    void add(PyObject o, int delta) {
        counters.bump(Counters.DEFERRED_OPS);
        int index = o.shared;
        ThreadData td = ThreadData.current();
        if (td != null) {
            td.addDeferred(index, delta);
        } else {
            synchronized (this) {
                counts[index] += delta;
            }
        }
    }

    synchronized void attach(ThreadData td) {
        threads.add(td);
    }

    /** Adds a detaching thread's changes to the table; the thread is no longer summed by {@link #gcCount}. */
    synchronized void flush(ThreadData td) {
        threads.remove(td);
        int[] d = td.deferredDeltas;
        // a thread's array grows by doubling, so it may be longer than the table: only the table's indexes are used
        for (int i = 0, n = Math.min(d.length, counts.length); i < n; i++) {
            counts[i] += d[i];
            d[i] = 0;
        }
    }

    /** The count as of the last flush: exact once every thread has detached. */
    synchronized int count(PyObject o) {
        return counts[o.shared];
    }

    /**
     * The exact count of a deferred object, for the cycle collector while the world is stopped: the
     * table's plus every attached thread's pending changes, read and left in place (CPython 3.14's
     * collector merges the per-thread counts at this point, {@code _PyObject_MergePerThreadRefcounts};
     * they are only read here, since a thread parked in a blocking call counts as stopped and may still
     * touch its own array).
     */
    synchronized int gcCount(PyObject o) {
        int index = o.shared;
        int c = counts[index];
        for (ThreadData td : threads) {
            int[] d = td.deferredDeltas;
            if (index < d.length) c += d[index];
        }
        return c;
    }

    /**
     * The collector found {@code o} unreachable: it becomes an ordinary merged object with its exact
     * count, so that clearing the garbage frees it (CPython 3.14's {@code disable_deferred_refcounting}
     * in Python/gc_free_threading.c). Its slot is retired: what threads still hold for it is dropped
     * when they flush, since no thread can reach it any more.
     */
    synchronized void undefer(PyObject o) {
        int index = o.shared;
        int total = gcCount(o);
        objects.set(index, null);
        SharedCount.setMerged(o, total);
    }

    /** No thread is attached any more: every object returns to plain (merged) counting; unreferenced ones are freed. */
    void restore() {
        List<PyObject> unreferenced = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < objects.size(); i++) {
                PyObject o = objects.get(i);
                if (o == null) continue; // the collector freed it, or will
                SharedCount.setMerged(o, counts[i]);
                if (counts[i] == 0) unreferenced.add(o);
            }
            objects.clear();
        }
        for (PyObject o : unreferenced) Rc.deallocate(o);
    }
}

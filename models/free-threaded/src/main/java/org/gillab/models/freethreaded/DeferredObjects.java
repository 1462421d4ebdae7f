package org.gillab.models.freethreaded;

import java.util.ArrayList;
import java.util.List;

import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;

/**
 * The objects set aside from reference-count contention when the workers start: module-level
 * functions, modules, their dicts, classes (CPython 3.13 immortalizes exactly these the first time a
 * second thread starts, gh-117783).
 *
 * <p>While set aside, an object's count changes touch nothing shared: each thread adds them to its own
 * array ({@link ThreadData#deferredDeltas}, like the per-thread reference counts CPython 3.14 keeps
 * for heap types), and a thread's array is added into the table when it detaches. When the last
 * thread detaches the objects become ordinary merged objects with their exact count, so the
 * reference-count audit can check them and the references they hold; 3.13's immortal objects, which
 * are never counted again, would leave every object a module refers to looking over-counted.
 */
final class DeferredObjects {
    private final List<PyObject> objects = new ArrayList<>();
    private int[] counts = new int[16];
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

    /** Adds a detaching thread's changes to the table. */
    synchronized void flush(ThreadData td) {
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

    /** No thread is attached any more: every object returns to plain (merged) counting; unreferenced ones are freed. */
    void restore() {
        List<PyObject> unreferenced = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < objects.size(); i++) {
                PyObject o = objects.get(i);
                SharedCount.setMerged(o, counts[i]);
                if (counts[i] == 0) unreferenced.add(o);
            }
            objects.clear();
        }
        for (PyObject o : unreferenced) Rc.deallocate(o);
    }
}

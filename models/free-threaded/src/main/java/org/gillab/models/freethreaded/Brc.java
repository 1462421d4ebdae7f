package org.gillab.models.freethreaded;

import static org.gillab.models.freethreaded.SharedCount.DEFERRED;
import static org.gillab.models.freethreaded.SharedCount.FLAGS;
import static org.gillab.models.freethreaded.SharedCount.MAYBE_SHARED;
import static org.gillab.models.freethreaded.SharedCount.MERGED;
import static org.gillab.models.freethreaded.SharedCount.ONE;
import static org.gillab.models.freethreaded.SharedCount.QUEUED;
import static org.gillab.models.freethreaded.SharedCount.SHARED;

import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;

/**
 * The out-of-line paths of biased reference counting (PEP 703; Choi et al., PACT 2018): everything
 * but the owner's plain update of its local count, which {@link BiasedRefCounting} inlines.
 * The CPython functions each method follows are named on it.
 */
final class Brc {
    final Counters counters;
    final OwnerQueues queues;
    final DeferredObjects deferred;

    Brc(Counters counters, OwnerQueues queues, DeferredObjects deferred) {
        this.counters = counters;
        this.queues = queues;
        this.deferred = deferred;
    }

    /**
     * A non-owner's incref, or the owner's on a merged object: a plain atomic add on the shared count,
     * as {@code Py_INCREF} does ({@code _Py_atomic_add_ssize(&op->ob_ref_shared, 1 << 2)} in
     * {@code Include/refcount.h}, 3.14). It leaves the state bits alone: an object becomes one that
     * lock-free readers may try-incref only through {@link #increfWithLock}, as in CPython.
     */
    void increfSlow(PyObject o, int c) {
        if (c == DEFERRED) {
            deferred.add(o, 1);
            return;
        }
        if (c <= Rc.DEAD_THRESHOLD) {
            Rc.useAfterFree(o, "incref");
            return;
        }
        SHARED.getAndAdd(o, ONE);
        counters.bump(Counters.SHARED_OPS);
    }

    /**
     * A non-owner's incref of an item read under its container's lock (CPython's
     * {@code _Py_NewRefWithLock}, {@code Include/internal/pycore_object.h}): the shared count gains one
     * with a compare-and-swap that also sets the maybe-shared state (CPython's
     * {@code _Py_REF_MAYBE_WEAKREF}) if the object is in the default state, so that later lock-free reads
     * of it can try-incref it even while its shared count is zero (its owner then merges rather than
     * freeing it on a plain read of zero).
     */
    void increfWithLock(PyObject o, int c) {
        if (c == DEFERRED || c <= Rc.DEAD_THRESHOLD) {
            increfSlow(o, c);
            return;
        }
        int s = SharedCount.load(o);
        for (;;) {
            int next = (s & FLAGS) == 0 ? (s + ONE) | MAYBE_SHARED : s + ONE;
            int witness = (int) SHARED.compareAndExchange(o, s, next);
            if (witness == s) break;
            s = witness;
        }
        counters.bump(Counters.SHARED_OPS);
    }

    /** See {@link org.gillab.spi.RefCounting#gcCount}: a deferred object's count summed over the threads. */
    int gcCount(PyObject o) {
        int c = o.refcnt;
        if (c == DEFERRED) return deferred.gcCount(o);
        return c < 0 ? -1 : count(o);
    }

    /** See {@link org.gillab.spi.RefCounting#gcUnreachable}. */
    void gcUnreachable(PyObject o) {
        if (o.refcnt == DEFERRED) deferred.undefer(o);
    }

    void decrefSlow(PyObject o, int c) {
        if (c == DEFERRED) {
            deferred.add(o, -1);
            return;
        }
        if (c <= Rc.DEAD_THRESHOLD) {
            Rc.useAfterFree(o, "decref");
            return;
        }
        if (c == 1 && o.owner == Thread.currentThread()) mergeZeroLocal(o);
        else decrefShared(o);
    }

    /**
     * The owner's local count has reached zero (CPython's {@code _Py_MergeZeroLocalRefcount}): with no
     * shared count at all the object dies at once; otherwise the local count (zero) is merged, and the
     * object dies only if the shared count is zero too.
     */
    private void mergeZeroLocal(PyObject o) {
        o.refcnt = 0;
        int s = SharedCount.load(o);
        if (s == 0) {
            Rc.deallocate(o);
            return;
        }
        for (;;) {
            int merged = (s & ~FLAGS) | MERGED;
            int witness = (int) SHARED.compareAndExchange(o, s, merged);
            if (witness == s) {
                counters.bump(Counters.MERGES);
                if (merged == MERGED) Rc.deallocate(o);
                return;
            }
            s = witness;
        }
    }

    /**
     * A decrement of the shared count (CPython's {@code _Py_DecRefShared}). Where it would go below
     * zero on an object that is neither queued nor merged, the count is left alone and the object is
     * queued to its owner instead, the queue entry standing for the decrement.
     */
    private void decrefShared(PyObject o) {
        counters.bump(Counters.SHARED_OPS);
        int s = SharedCount.load(o);
        for (;;) {
            if (s == MERGED) { // merged with no reference left: it was freed
                Rc.useAfterFree(o, "decref");
                return;
            }
            boolean queue = s == 0 || s == MAYBE_SHARED;
            int next = queue ? QUEUED : s - ONE;
            int witness = (int) SHARED.compareAndExchange(o, s, next);
            if (witness == s) {
                if (queue) queues.queue(o);
                else if (next == MERGED) Rc.deallocate(o);
                return;
            }
            s = witness;
        }
    }

    /**
     * CPython's {@code _Py_TryIncRefShared}: a reference for a thread that holds none yet (an
     * optimistic read). It refuses on a shared count of exactly zero or merged-and-zero, the two
     * states a freed object is left in, and takes the reference with a compare-and-swap, so that it
     * either lands before the decision to free (which then sees it) or fails.
     */
    boolean tryIncrefSlow(PyObject o, int c) {
        if (c == DEFERRED) {
            deferred.add(o, 1);
            return true;
        }
        if (c > Rc.DEAD_THRESHOLD) {
            int s = SharedCount.load(o);
            while (s != 0 && s != MERGED) {
                int witness = (int) SHARED.compareAndExchange(o, s, s + ONE);
                if (witness == s) {
                    counters.bump(Counters.SHARED_OPS);
                    return true;
                }
                s = witness;
            }
        }
        counters.bump(Counters.OPTIMISTIC_RETRIES);
        return false;
    }

    int count(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return c;
        if (c == DEFERRED) return deferred.count(o);
        return SharedCount.total(o);
    }
}

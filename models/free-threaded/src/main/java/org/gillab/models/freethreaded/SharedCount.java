package org.gillab.models.freethreaded;

import java.lang.invoke.VarHandle;

import org.gillab.obj.PyObject;
import org.gillab.spi.ObjectHeader;
import org.gillab.spi.Rc;

/**
 * The encoding of biased reference counts in the object header (PEP 703's {@code ob_ref_local} and
 * {@code ob_ref_shared}), and the merges that end an object's bias.
 *
 * <p>{@link PyObject#refcnt} is the owner's local count. {@link PyObject#shared} holds the shared count
 * shifted left by two, and in its low two bits the state PEP 703 defines:
 * <ul>
 *   <li>{@code 0b00} default: only the owner has counted it so far;</li>
 *   <li>{@code 0b01} shared: another thread has counted it, so it may later be try-increfed by a
 *       thread holding no reference (CPython's "may have weak references" state, which exists for
 *       the same reason), and the owner must decide its death with a compare-and-swap;</li>
 *   <li>{@code 0b10} queued: a non-owner's decrement would have made the shared count negative;
 *       the object sits in its owner's merge queue, which holds that pending decrement;</li>
 *   <li>{@code 0b11} merged: the local count has been folded in and is zero; the shared count alone
 *       decides from now on, and the decrement that reaches zero frees the object.</li>
 * </ul>
 * A freed object has {@code refcnt} {@link Rc#DEAD} and {@code shared} either 0 or {@code 0b11}: the
 * two values on which {@link Brc#tryIncrefSlow} refuses, so that nothing can revive it.
 *
 * <p>A deferred object (see {@link DeferredObjects}) has {@code refcnt} {@link #DEFERRED} and its table
 * index in {@code shared}.
 */
final class SharedCount {
    private SharedCount() {}

    static final int FLAGS = 0b11;
    static final int MAYBE_SHARED = 0b01;
    static final int QUEUED = 0b10;
    static final int MERGED = 0b11;
    /** One reference in the shared count. */
    static final int ONE = 1 << 2;
    /** The local count that marks a deferred object: not positive, so no fast path takes it, and not dead. */
    static final int DEFERRED = -1;


    static final VarHandle SHARED = ObjectHeader.SHARED;

    static int load(PyObject o) {
        return (int) SHARED.getVolatile(o);
    }

    /** The whole count of a counted (not immortal, not deferred) object: local plus shared, less a queued decrement. */
    static int total(PyObject o) {
        int c = o.refcnt;
        if (c <= Rc.DEAD_THRESHOLD) return c;
        int s = load(o);
        return c + (s >> 2) - ((s & FLAGS) == QUEUED ? 1 : 0);
    }

    /**
     * CPython's {@code _Py_ExplicitMergeRefcount(op, -1)}: folds the local count into the shared one,
     * minus the decrement a queue entry stands for, and marks the object merged. Called by the owner
     * on the objects of its queue, or, once the owner has detached, by the thread that finds the
     * object. True when the object has no reference left and must be freed by the caller.
     */
    static boolean mergeDroppingOne(PyObject o) {
        int local = o.refcnt;
        if (local == DEFERRED) return false; // deferred after it was queued: its table count already dropped the decrement
        if (local >= Rc.IMMORTAL) return false; // immortalized after it was queued (release 3.13): never counted again
        if (local <= Rc.DEAD_THRESHOLD) {
            Rc.useAfterFree(o, "merge");
            return false;
        }
        int s = load(o);
        for (;;) {
            int total = (s >> 2) + local - 1;
            int witness = (int) SHARED.compareAndExchange(o, s, (total << 2) | MERGED);
            if (witness == s) {
                o.refcnt = 0;
                return total == 0;
            }
            s = witness;
        }
    }

    /** Ends deferral: the object becomes merged with {@code total} references. */
    static void setMerged(PyObject o, int total) {
        SHARED.setVolatile(o, (total << 2) | MERGED);
        o.refcnt = 0;
    }
}

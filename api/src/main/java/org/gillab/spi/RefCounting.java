package org.gillab.spi;

import org.gillab.obj.PyObject;

/**
 * How reference counts change: the incref/decref hook of a concurrency model.
 *
 * <p>An implementation must keep {@link Rc}'s special values: a count at or above {@link Rc#IMMORTAL}
 * never changes, a count that reaches zero calls {@link Rc#deallocate}, and a change to a dead object
 * is reported with {@link Rc#useAfterFree} rather than performed.
 */
public interface RefCounting {
    void incref(PyObject o);

    void decref(PyObject o);

    /**
     * Whether {@code o} is referenced from exactly one place, so that the holder may update it in
     * place without anyone observing (CPython does this for {@code s += t} on strings).
     */
    default boolean isUnique(PyObject o) {
        return o.refcnt == 1;
    }

    /**
     * Takes a new reference unless {@code o} is already dead (PEP 703's {@code _Py_TryIncref}): the
     * optimistic, lock-free reads of list and dict items use it, then check the item is still there.
     */
    default boolean tryIncref(PyObject o) {
        if (o.isDead()) return false;
        incref(o);
        return true;
    }

    /**
     * A new reference to an item read under its container's lock, to hand to a reader: PEP 703's
     * {@code _Py_NewRefWithLock}, which also marks an object owned by another thread as one that lock-free
     * readers may try-incref from then on. Every other model: {@link #incref}.
     */
    default void increfWithLock(PyObject o) {
        incref(o);
    }

    /** The whole count of a live object, as the audit compares it (biased counting: local + shared). */
    default int count(PyObject o) {
        return o.refcnt;
    }

    /**
     * The count the cycle collector may use for {@code o} while the world is stopped, or -1 if it is
     * not known then (the object is kept, as if referenced from outside). The default treats a negative
     * count field as a model's mark for a count kept elsewhere that is not exact while threads run.
     * Free-threaded 3.14 sums its deferred objects' per-thread counts here, as CPython 3.14's collector
     * merges per-thread reference counts (Python/gc_free_threading.c, {@code _PyObject_MergePerThreadRefcounts}).
     */
    default int gcCount(PyObject o) {
        return o.refcnt < 0 ? -1 : count(o);
    }

    /**
     * The collector found {@code o} unreachable and will free it through ordinary count changes (its own
     * reference, then clearing the garbage): a model that counts {@code o} in some other way must return
     * it to ordinary counting first (CPython 3.14's {@code disable_deferred_refcounting}). Called with the
     * world stopped. The default does nothing.
     */
    default void gcUnreachable(PyObject o) {}
}

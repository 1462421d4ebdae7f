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
}

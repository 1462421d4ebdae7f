package org.gillab.models.finegrained;

import java.lang.invoke.VarHandle;

import org.gillab.obj.PyObject;
import org.gillab.spi.ObjectHeader;
import org.gillab.spi.Rc;

/**
 * The Windows build of Greg Stein's patch: {@code InterlockedIncrement}/{@code InterlockedDecrement}
 * on the count itself, no lock. An atomic add is one instruction, but a locked one: the cache line
 * holding the count must be owned exclusively by the core that adds, so a count that several
 * threads touch still moves between cores on every change.
 *
 * <p>Like the interlocked calls, the add is unconditional; the decrement that returns 1 frees the
 * object, and one that finds a count at or below zero is a use after free (a dead count is so far
 * below zero that stray adds cannot revive it).
 */
final class InterlockedRefCounting implements CountedRefCounting {

    private static final VarHandle REFCNT = ObjectHeader.REFCNT;

    private final boolean skipImmortals;

    InterlockedRefCounting(boolean skipImmortals) {
        this.skipImmortals = skipImmortals;
    }

    @Override
    public void incref(PyObject o) {
        if (o.refcnt >= Rc.IMMORTAL) {
            if (!skipImmortals) touch(o);
            return;
        }
        int old = (int) REFCNT.getAndAdd(o, 1);
        if (old <= 0) Rc.useAfterFree(o, "incref");
    }

    @Override
    public void decref(PyObject o) {
        if (o.refcnt >= Rc.IMMORTAL) {
            if (!skipImmortals) touch(o);
            return;
        }
        int old = (int) REFCNT.getAndAdd(o, -1);
        if (old <= 1) decrefSlow(o, old);
    }

    private static void decrefSlow(PyObject o, int old) {
        if (old == 1) Rc.deallocate(o);
        else Rc.useAfterFree(o, "decref");
    }

    /**
     * The interlocked operation the 1996 patch paid on objects that are immortal today: an atomic
     * add of zero takes the cache line exclusively, as a real add would, and leaves the count alone.
     */
    private static void touch(PyObject o) {
        REFCNT.getAndAdd(o, 0);
    }

    @Override
    public boolean isUnique(PyObject o) {
        return (int) REFCNT.getVolatile(o) == 1;
    }

    @Override
    public boolean tryIncref(PyObject o) {
        for (;;) {
            int c = (int) REFCNT.getVolatile(o);
            if (c >= Rc.IMMORTAL) return true;
            if (c <= 0) return false;
            if (REFCNT.compareAndSet(o, c, c + 1)) return true;
        }
    }

    @Override
    public int count(PyObject o) {
        return (int) REFCNT.getVolatile(o);
    }

    @Override
    public LockStats lockStats() {
        return LockStats.NONE;
    }
}

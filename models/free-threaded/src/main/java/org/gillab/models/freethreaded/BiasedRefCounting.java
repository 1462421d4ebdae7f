package org.gillab.models.freethreaded;

import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;

/**
 * Biased reference counting, as the interpreter calls it. The owner of an object (the thread that
 * created it, PEP 703's {@code ob_tid}) updates its local count with a plain load and store; every
 * other case (another thread, a merged, deferred or dead object, a local count reaching zero) goes
 * to {@link Brc}. Immortal objects are skipped first, as CPython's {@code Py_INCREF} does.
 *
 * <p>The two fast paths stay small enough to inline everywhere: a load of the count, the immortal
 * test, a load of the owner, {@code Thread.currentThread()} (an intrinsic), a compare and a store.
 */
final class BiasedRefCounting extends BrcCounting {

    BiasedRefCounting(Brc brc) {
        super(brc);
    }

    @Override
    public void incref(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return;
        if (c > 0 && o.owner == Thread.currentThread()) o.refcnt = c + 1;
        else brc.increfSlow(o, c);
    }

    @Override
    public void decref(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return;
        if (c > 1 && o.owner == Thread.currentThread()) o.refcnt = c - 1;
        else brc.decrefSlow(o, c);
    }

    @Override
    public boolean isUnique(PyObject o) {
        return o.refcnt == 1 && o.owner == Thread.currentThread() && o.shared == 0;
    }

    @Override
    public boolean tryIncref(PyObject o) {
        brc.counters.bump(Counters.OPTIMISTIC_READS);
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return true;
        if (c > 0 && o.owner == Thread.currentThread()) {
            o.refcnt = c + 1; // only the owner lowers its local count, so a positive one means alive
            return true;
        }
        return brc.tryIncrefSlow(o, c);
    }

    @Override
    public void increfWithLock(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return;
        if (c > 0 && o.owner == Thread.currentThread()) o.refcnt = c + 1;
        else brc.increfWithLock(o, c);
    }
}

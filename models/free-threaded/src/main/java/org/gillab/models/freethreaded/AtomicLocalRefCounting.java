package org.gillab.models.freethreaded;

import org.gillab.obj.PyObject;
import org.gillab.spi.ObjectHeader;
import org.gillab.spi.Rc;

/**
 * Reference counting without the bias (option {@code biased=false}): the owner's updates of its
 * local count are atomic read-modify-writes, as every count operation is in a runtime without biased
 * counting (Gilectomy's atomic {@code Py_INCREF}, the all-atomic baseline of Choi et al.). Everything
 * else (merges, queues, deferred objects, who may free) is {@link BiasedRefCounting}'s, so the
 * ablation changes the cost of the owner's path and nothing it decides. Like the biased class's, its
 * fast path counts nothing, so that the two differ by the atomics alone.
 */
final class AtomicLocalRefCounting extends BrcCounting {
    private final BiasedRefCounting rest;

    AtomicLocalRefCounting(Brc brc) {
        super(brc);
        this.rest = new BiasedRefCounting(brc);
    }

    @Override
    public void incref(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return;
        if (c > 0 && o.owner == Thread.currentThread()) {
            ObjectHeader.REFCNT.getAndAdd(o, 1);
        } else {
            brc.increfSlow(o, c);
        }
    }

    @Override
    public void decref(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return;
        if (c > 1 && o.owner == Thread.currentThread()) {
            ObjectHeader.REFCNT.getAndAdd(o, -1);
        } else {
            brc.decrefSlow(o, c);
        }
    }

    @Override
    public boolean isUnique(PyObject o) {
        return rest.isUnique(o);
    }

    @Override
    public boolean tryIncref(PyObject o) {
        int c = o.refcnt;
        if (c > 0 && c < Rc.IMMORTAL && o.owner == Thread.currentThread()) {
            brc.counters.bump(Counters.OPTIMISTIC_READS);
            ObjectHeader.REFCNT.getAndAdd(o, 1);
            return true;
        }
        return rest.tryIncref(o);
    }

    @Override
    public void increfWithLock(PyObject o) {
        int c = o.refcnt;
        if (c > 0 && c < Rc.IMMORTAL && o.owner == Thread.currentThread()) incref(o);
        else rest.increfWithLock(o);
    }
}

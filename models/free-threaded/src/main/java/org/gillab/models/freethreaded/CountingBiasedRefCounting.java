package org.gillab.models.freethreaded;

import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;
import org.gillab.vm.PyThread;

/**
 * {@link BiasedRefCounting} that also counts the owner's local operations (option
 * {@code count-local-ops}). A separate class, so that the default one pays nothing for the option:
 * the count is a per-thread store on the hottest path of the interpreter.
 */
final class CountingBiasedRefCounting extends BrcCounting {
    private final BiasedRefCounting rest;

    CountingBiasedRefCounting(Brc brc) {
        super(brc);
        this.rest = new BiasedRefCounting(brc);
    }

    @Override
    public void incref(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return;
        Thread me = Thread.currentThread();
        if (c > 0 && o.owner == me) {
            o.refcnt = c + 1;
            if (me instanceof PyThread p) p.modelCounters[Counters.LOCAL_OPS]++;
        } else {
            brc.increfSlow(o, c);
        }
    }

    @Override
    public void decref(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return;
        Thread me = Thread.currentThread();
        if (c > 1 && o.owner == me) {
            o.refcnt = c - 1;
            if (me instanceof PyThread p) p.modelCounters[Counters.LOCAL_OPS]++;
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
        return rest.tryIncref(o);
    }

    @Override
    public void increfWithLock(PyObject o) {
        int c = o.refcnt;
        if (c > 0 && c < Rc.IMMORTAL && o.owner == Thread.currentThread()) incref(o);
        else rest.increfWithLock(o);
    }
}

package org.gillab.models.freethreaded;

import org.gillab.obj.PyObject;
import org.gillab.spi.RefCounting;

/**
 * What the three ways of counting ({@link BiasedRefCounting}, its counting and its all-atomic
 * variants) share: the counts the audit and the cycle collector read, and the collector's return of a
 * deferred object to ordinary counting, all kept by {@link Brc}. Each subclass is final, so the
 * interpreter's calls through {@link RefCounting} stay monomorphic.
 */
abstract class BrcCounting implements RefCounting {
    final Brc brc;

    BrcCounting(Brc brc) {
        this.brc = brc;
    }

    @Override
    public final int count(PyObject o) {
        return brc.count(o);
    }

    @Override
    public final int gcCount(PyObject o) {
        return brc.gcCount(o);
    }

    @Override
    public final void gcUnreachable(PyObject o) {
        brc.gcUnreachable(o);
    }
}

package org.gillab.stress;

import org.gillab.obj.PyObject;
import org.gillab.spi.RefCounting;

/** What each actor of a reference-count test does to the shared object. */
final class Refs {
    private Refs() {}

    /**
     * Takes a reference, drops it and takes one again: a net +1 that runs both directions, so that
     * a lost decrement (a count too high) and a lost increment (too low, down to a premature free
     * when the other actor's decrement then finds 1) can both happen to a strategy that allows them.
     */
    static void netOne(RefCounting rc, PyObject o) {
        rc.incref(o);
        rc.decref(o);
        rc.incref(o);
    }
}

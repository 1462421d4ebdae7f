package org.gillab.spi;

import org.gillab.obj.PyObject;

/**
 * Plain, non-atomic counts: CPython with a GIL (and without one, the {@code unsafe} model's races).
 *
 * <p>One unsigned range check keeps the fast path to a load, a compare and a store: counts in
 * {@code [1, IMMORTAL)} are ordinary; zero, negative (dead) and immortal counts take the slow path.
 */
public final class PlainRefCounting implements RefCounting {
    public static final PlainRefCounting INSTANCE = new PlainRefCounting();

    private PlainRefCounting() {}

    @Override
    public void incref(PyObject o) {
        int c = o.refcnt;
        if (Integer.compareUnsigned(c - 1, Rc.IMMORTAL - 2) < 0) {
            o.refcnt = c + 1;
        } else if (c <= 0) {
            Rc.useAfterFree(o, "incref");
        } else if (c < Rc.IMMORTAL) {
            o.refcnt = Rc.IMMORTAL; // saturate, as CPython 3.12 does
        }
    }

    @Override
    public void decref(PyObject o) {
        int c = o.refcnt;
        if (Integer.compareUnsigned(c - 2, Rc.IMMORTAL - 2) < 0) {
            o.refcnt = c - 1;
        } else if (c == 1) {
            o.refcnt = 0;
            Rc.deallocate(o);
        } else if (c < Rc.IMMORTAL) {
            Rc.useAfterFree(o, "decref");
        }
    }
}

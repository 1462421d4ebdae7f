package org.gillab.spi;

import org.gillab.obj.PyObject;

/**
 * Plain, non-atomic counts: CPython with a GIL (and without one, the {@code unsafe} model's races).
 *
 * <p>The fast paths are kept under the JIT's inlining limit for ordinary call sites (35 bytes of
 * bytecode), so that every incref and decref in the interpreter compiles to a load, a compare and
 * a store; zero, dead and immortal counts take the out-of-line slow path.
 */
public final class PlainRefCounting implements RefCounting {
    public static final PlainRefCounting INSTANCE = new PlainRefCounting();

    private PlainRefCounting() {}

    @Override
    public void incref(PyObject o) {
        int c = o.refcnt;
        if (c > 0 && c < Rc.IMMORTAL - 1) o.refcnt = c + 1;
        else increfSlow(o, c);
    }

    @Override
    public void decref(PyObject o) {
        int c = o.refcnt;
        if (c > 1 && c < Rc.IMMORTAL) o.refcnt = c - 1;
        else decrefSlow(o, c);
    }

    private static void increfSlow(PyObject o, int c) {
        if (c <= 0) Rc.useAfterFree(o, "incref");
        else if (c < Rc.IMMORTAL) o.refcnt = Rc.IMMORTAL; // saturate, as CPython 3.12 does
    }

    private static void decrefSlow(PyObject o, int c) {
        if (c == 1) {
            o.refcnt = 0;
            Rc.deallocate(o);
        } else if (c < Rc.IMMORTAL) {
            Rc.useAfterFree(o, "decref");
        }
    }
}

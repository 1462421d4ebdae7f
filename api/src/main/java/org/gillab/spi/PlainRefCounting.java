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
        if (c >= Rc.IMMORTAL) return; // immortal (a count that reaches IMMORTAL saturates there)
        if (c > 0) o.refcnt = c + 1;
        else Rc.useAfterFree(o, "incref");
    }

    @Override
    public void decref(PyObject o) {
        int c = o.refcnt;
        if (c >= Rc.IMMORTAL) return;
        if (c > 1) o.refcnt = c - 1;
        else decrefSlow(o, c);
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

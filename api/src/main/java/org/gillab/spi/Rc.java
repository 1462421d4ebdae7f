package org.gillab.spi;

import org.gillab.obj.Heap;
import org.gillab.obj.PyObject;

/**
 * Reference counting, as the interpreter sees it: {@link #incref} and {@link #decref} are called
 * exactly where CPython's {@code Py_INCREF}/{@code Py_DECREF} are, and delegate to the installed
 * model's {@link RefCounting}.
 *
 * <p>One model is installed per run (the harness gives each model a fresh JVM), so the strategy
 * call site stays monomorphic and the JIT inlines it: with {@link PlainRefCounting} the hook costs
 * a load, a compare and a store.
 *
 * <p>Special counts: at or above {@link #IMMORTAL} an object is immortal (small ints, None, bools,
 * constants); at or below {@link #DEAD_THRESHOLD} it is dead.
 */
public final class Rc {
    private Rc() {}

    /** Counts at or above this never change (CPython 3.12's immortal objects, PEP 683). */
    public static final int IMMORTAL = 1 << 30;
    /** The count of a deallocated object: far below zero so racing decrements cannot revive it. */
    public static final int DEAD = Integer.MIN_VALUE / 2;
    /** Counts at or below this mean dead. */
    public static final int DEAD_THRESHOLD = DEAD / 2;

    static RefCounting strategy = PlainRefCounting.INSTANCE;

    public static void incref(PyObject o) {
        strategy.incref(o);
    }

    public static void decref(PyObject o) {
        strategy.decref(o);
    }

    /** See {@link RefCounting#isUnique}. */
    public static boolean isUnique(PyObject o) {
        return strategy.isUnique(o);
    }

    /** See {@link RefCounting#tryIncref}. */
    public static boolean tryIncref(PyObject o) {
        return strategy.tryIncref(o);
    }

    /** See {@link RefCounting#increfWithLock}. */
    public static void increfWithLock(PyObject o) {
        strategy.increfWithLock(o);
    }

    /** See {@link RefCounting#gcCount}. */
    public static int gcCount(PyObject o) {
        return strategy.gcCount(o);
    }

    /** See {@link RefCounting#gcUnreachable}. */
    public static void gcUnreachable(PyObject o) {
        strategy.gcUnreachable(o);
    }

    /** See {@link RefCounting#count}. */
    public static int count(PyObject o) {
        return strategy.count(o);
    }

    public static void xdecref(PyObject o) {
        if (o != null) strategy.decref(o);
    }

    /** Returns {@code o} after an incref: for returning a borrowed reference as a new one. */
    public static <T extends PyObject> T newRef(T o) {
        strategy.incref(o);
        return o;
    }

    /** Makes {@code o} immortal and returns it. */
    public static <T extends PyObject> T immortal(T o) {
        o.refcnt = IMMORTAL;
        return o;
    }

    /**
     * Makes a live, counted object immortal while the program runs, as CPython's {@code _Py_SetImmortal}
     * does (the free-threaded 3.13 build's immortalization of its would-be-deferred objects): its count
     * is never changed again, the cycle collector stops tracking it, and it is never freed. Unlike
     * {@link #immortal} (objects immortal from birth: constants, small ints), the audit keeps counting
     * the references such an object holds, and treats it as a root, since they were counted when stored
     * and are still dropped and replaced as usual.
     */
    public static void immortalizeAtRuntime(PyObject o) {
        o.refcnt = IMMORTAL;
        Heap.onImmortalizedAtRuntime(o);
        if (o instanceof org.gillab.obj.PyGcObject g && g.gcBits != 0) org.gillab.vm.Gc.untrack(g);
    }

    public static boolean isImmortal(PyObject o) {
        return o.refcnt >= IMMORTAL;
    }

    /** Marks a zero-count object dead and releases what it owns. Called by strategies only. */
    public static void deallocate(PyObject o) {
        o.refcnt = DEAD;
        Heap.onDealloc(o);
        if (o instanceof org.gillab.obj.PyGcObject g && g.gcBits != 0) org.gillab.vm.Gc.untrack(g);
        o.release();
    }

    /** Records a count change on a dead object; the audit reports it. */
    public static void useAfterFree(PyObject o, String where) {
        Heap.onUseAfterFree(o, where);
    }
}

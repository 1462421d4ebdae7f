package org.gillab.obj;

/**
 * An object the cycle collector can track (a container: list, dict, set, tuple, instance, class,
 * function, cell, bound method, generator): it carries the collector's word, as a CPython object of
 * a GC type carries a {@code PyGC_Head} before it. Other objects (ints, floats, strings, bytes) do
 * not pay for the field.
 */
public abstract class PyGcObject extends PyObject {
    /**
     * The cycle collector's word (CPython packs the same into {@code PyGC_Head}): whether the object
     * is tracked, its generation, and during a collection its marks and its index in the collector's
     * work arrays. Zero while untracked. See {@link org.gillab.vm.Gc}.
     */
    public int gcBits;
}

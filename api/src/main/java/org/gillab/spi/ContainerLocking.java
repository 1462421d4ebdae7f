package org.gillab.spi;

import org.gillab.obj.PyObject;

/**
 * Critical sections around container operations: every read and write of a list, dict, set or
 * instance dict runs between {@link #enter} and {@link #exit} on that container. Greg Stein's patch
 * takes a per-container mutex here; PEP 703 a per-object lightweight mutex; a GIL model does nothing.
 */
public interface ContainerLocking {
    void enter(PyObject container);

    void exit(PyObject container);

    /**
     * Whether list and dict item reads may skip {@link #enter}: read, {@link Rc#tryIncref}, check the
     * item is still in place, else retry inside a critical section (PEP 703's optimistic reads).
     * A constant per implementation, so the JIT folds the test away.
     */
    default boolean optimisticReads() {
        return false;
    }

    /** The do-nothing implementation (the JIT inlines it away). */
    ContainerLocking NONE = new ContainerLocking() {
        @Override public void enter(PyObject container) {}

        @Override public void exit(PyObject container) {}
    };
}

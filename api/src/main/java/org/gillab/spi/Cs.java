package org.gillab.spi;

import org.gillab.obj.PyObject;

/** The container critical-section hook, as the object model calls it (see {@link ContainerLocking}). */
public final class Cs {
    private Cs() {}

    static ContainerLocking strategy = ContainerLocking.NONE;

    public static void enter(PyObject container) {
        strategy.enter(container);
    }

    public static void exit(PyObject container) {
        strategy.exit(container);
    }

    /** See {@link ContainerLocking#optimisticReads}. */
    public static boolean optimisticReads() {
        return strategy.optimisticReads();
    }
}

package org.gillab.stress;

import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;
import org.gillab.spi.RefCounting;

/**
 * A Python object that remembers how often it was freed: a count that reaches zero while the test
 * still holds a reference is the damage a lost decrement does, and it must show in the outcome.
 */
final class CountedObject extends PyObject {
    private static final PyType TYPE = PyType.builtin("stress-object", CountedObject.class);

    /** Reported as the count of an object that is dead when the actors are done. */
    static final int DEAD = -1;

    volatile int frees;

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public void release() {
        frees++; // a second free racing with the first is as wrong as one: either shows as non-zero
    }

    /** The whole count as {@code rc} sees it, or {@link #DEAD}. */
    int countUnder(RefCounting rc) {
        return isDead() ? DEAD : rc.count(this);
    }
}

package org.gillab.bench;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;

/**
 * The containers {@link ContainerBench} works on, filled with small ints. Those are immortal, so no
 * item's reference count changes: the scores show the containers' locking (RefCountBench has the
 * counts), and the unsafe model's races cannot free an item.
 */
final class Containers {
    private Containers() {}

    /** Lists hold this many items, dicts this many keys; indexes and keys are taken modulo it. */
    static final int SIZE = 64;

    static PyList list() {
        PyList l = new PyList();
        for (int i = 0; i < SIZE; i++) l.append(PyInt.of(i));
        return l;
    }

    static PyDict dict() {
        PyDict d = new PyDict();
        for (int i = 0; i < SIZE; i++) d.setItem(PyInt.of(i), PyInt.of(i));
        return d;
    }

    /** The immortal int {@code i mod SIZE}, for an index or a key. */
    static PyInt key(int i) {
        return PyInt.of(i & (SIZE - 1));
    }
}

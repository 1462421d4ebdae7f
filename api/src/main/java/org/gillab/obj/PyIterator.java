package org.gillab.obj;

import org.gillab.spi.Rc;

/** Base of the built-in iterators: {@code iter(it)} is {@code it} itself. */
public abstract class PyIterator extends PyGcObject {
    public static final PyType TYPE = PyType.builtin("iterator", PyIterator.class);

    @Override public PyType type() { return TYPE; }

    @Override
    public PyObject iter() {
        Rc.incref(this);
        return this;
    }

    @Override public abstract PyObject next();
}

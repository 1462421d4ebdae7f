package org.gillab.obj;

/** A closure cell: one variable shared between a function and the functions nested in it. */
public final class PyCell extends PyGcObject {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class);

    /** The variable's value (owned), or null while unbound. */
    public PyObject ref;

    public PyCell(PyObject ref) {
        this.ref = ref;
        org.gillab.vm.Gc.track(this);
    }

    /** cell_clear. */
    @Override
    public void gcClear() {
        PyObject r = ref;
        ref = null;
        if (r != null) org.gillab.spi.Rc.decref(r);
    }

    @Override public PyType type() { return TYPE; }

    @Override
    public void forEachRef(RefVisitor v) {
        if (ref != null) v.visit(ref);
    }
}

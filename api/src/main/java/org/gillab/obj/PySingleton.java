package org.gillab.obj;

/** None, NotImplemented and Ellipsis: immortal objects with a fixed repr. */
public final class PySingleton extends PyObject {
    private final PyType type;
    private final String repr;
    private final boolean truth;

    PySingleton(String typeName, String repr, boolean truth) {
        this.type = PyType.builtin(typeName, PySingleton.class);
        this.repr = repr;
        this.truth = truth;
    }

    @Override public PyType type() { return type; }

    @Override public String repr() { return repr; }

    @Override public boolean isTrue() { return truth; }

    @Override public long pyHash() { return repr.hashCode(); }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op == CmpOp.EQ) return Py.bool(this == other);
        if (op == CmpOp.NE) return Py.bool(this != other);
        return null;
    }
}

package org.gillab.obj;

/** None, NotImplemented and Ellipsis: immortal objects with a fixed repr. */
public final class PySingleton extends PyObject {
    private final PyType type;
    private final String repr;
    private final boolean truth;
    /**
     * None hashes as in CPython 3.12+ ({@code none_hash} in Objects/object.c: the constant
     * 0xFCA86420), so that a set holding None has one order on every run. CPython 3.11 hashes it by
     * its address, which only the build fixes; docs/language.md says so.
     */
    private final long hash;

    PySingleton(String typeName, String repr, boolean truth) {
        this.type = PyType.builtin(typeName, PySingleton.class);
        this.repr = repr;
        this.truth = truth;
        this.hash = repr.equals("None") ? 0xFCA86420L : repr.hashCode();
    }

    @Override public PyType type() { return type; }

    @Override public String repr() { return repr; }

    @Override public boolean isTrue() { return truth; }

    @Override public long pyHash() { return hash; }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op == CmpOp.EQ) return Py.bool(this == other);
        if (op == CmpOp.NE) return Py.bool(this != other);
        return null;
    }
}

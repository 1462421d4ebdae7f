package org.gillab.obj;

import org.gillab.spi.Rc;

/** A built-in method bound to its receiver: {@code [].append}. Owns the receiver. */
public final class PyBoundNative extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_method", PyBoundNative.class);

    public final PyObject self;
    public final PyMethodDescr descr;

    PyBoundNative(PyObject self, PyMethodDescr descr) {
        this.self = self;
        this.descr = descr;
    }

    @Override public PyType type() { return TYPE; }

    @Override public boolean isCallable() { return true; }

    @Override public PyObject call(PyObject[] args, String[] kwnames) { return descr.fn.call(self, args, kwnames); }

    @Override public void forEachRef(RefVisitor v) { v.visit(self); }

    @Override
    public String repr() {
        return "<built-in method " + descr.name + " of " + self.type().name + " object>";
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyBoundNative b && b.self == self && b.descr == descr;
    }

    @Override public long pyHash() { return Py.hashMix(System.identityHashCode(self), descr.name.hashCode()); }

    @Override public PyObject richCompare(PyObject other, int op) {
        if (op == CmpOp.EQ) return Py.bool(pyEquals(other));
        if (op == CmpOp.NE) return Py.bool(!pyEquals(other));
        return null;
    }
}

package org.gillab.obj;

import org.gillab.spi.Rc;

/** A function bound to an object ({@code obj.method}): calling it passes the object first. */
public final class PyMethod extends PyGcObject {
    public static final PyType TYPE = PyType.builtin("method", PyMethod.class);

    public final PyObject self;
    public final PyObject func;

    /** Takes new references to both. */
    public PyMethod(PyObject self, PyObject func) {
        Rc.incref(self);
        Rc.incref(func);
        this.self = self;
        this.func = func;
        org.gillab.vm.Gc.track(this);
    }

    @Override public boolean genericGetAttr() { return false; }

    @Override public PyType type() { return TYPE; }

    @Override public void forEachRef(RefVisitor v) { v.visit(self); v.visit(func); }

    @Override public boolean isCallable() { return true; }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return func.call(all, kwnames);
    }

    @Override
    public PyObject getAttr(String name) {
        if (name.equals("__self__")) return Rc.newRef(self);
        if (name.equals("__func__")) return Rc.newRef(func);
        return func.getAttr(name);
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PyMethod m && m.self == self && m.func == func;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op == CmpOp.EQ) return Py.bool(pyEquals(other));
        if (op == CmpOp.NE) return Py.bool(!pyEquals(other));
        return null;
    }

    @Override public long pyHash() { return Py.hashMix(System.identityHashCode(self), System.identityHashCode(func)); }

    @Override
    public String repr() {
        return "<bound method " + func.getAttrName() + " of " + self.repr() + ">";
    }
}

package org.gillab.obj;

/** A module: a name and a namespace dict ({@code math}, the program's {@code __main__}). */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class);

    public final String name;
    public final PyDict dict;

    /** Takes ownership of {@code dict}. */
    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
    }

    @Override public boolean genericGetAttr() { return false; }

    @Override public PyType type() { return TYPE; }

    @Override public void forEachRef(RefVisitor v) { v.visit(dict); }

    @Override
    public PyObject getAttr(String attr) {
        PyObject v = dict.getStrRef(attr);
        if (v != null) return v;
        if (attr.equals("__name__")) return Py.str(name);
        throw Py.attributeError(this, attr);
    }

    @Override public void setAttr(String attr, PyObject value) { dict.setStr(attr, value); }

    @Override
    public void delAttr(String attr) {
        if (!dict.delStr(attr)) throw Py.attributeError(this, attr);
    }

    @Override public String repr() { return "<module '" + name + "'>"; }
}

package org.gillab.vm;

import org.gillab.compile.Code;
import org.gillab.obj.Py;
import org.gillab.obj.PyCell;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyMethod;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.obj.RefVisitor;
import org.gillab.spi.Rc;

/** A function defined by {@code def} or {@code lambda}: code, the globals it sees, defaults, closure. */
public final class PyFunction extends org.gillab.obj.PyGcObject {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class);
    private static final PyObject[] NONE = new PyObject[0];

    public final Code code;
    public final PyDict globals;
    /** Default values of the last positional parameters (owned). */
    final PyObject[] defaults;
    /** Defaults of keyword-only parameters, or null (owned). */
    final PyDict kwdefaults;
    /** The cells of the enclosing scopes' variables this function uses (owned). */
    final PyCell[] closure;
    private PyDict dict;

    /** Takes ownership of defaults, kwdefaults and closure; takes a new reference to globals. */
    PyFunction(Code code, PyDict globals, PyTuple defaults, PyDict kwdefaults, PyTuple closure) {
        this.code = code;
        Rc.incref(globals);
        this.globals = globals;
        if (defaults == null) {
            this.defaults = NONE;
        } else {
            this.defaults = defaults.array().clone();
            for (PyObject o : this.defaults) Rc.incref(o);
            Rc.decref(defaults);
        }
        this.kwdefaults = kwdefaults;
        if (closure == null) {
            this.closure = new PyCell[0];
        } else {
            this.closure = new PyCell[closure.size()];
            for (int i = 0; i < this.closure.length; i++) {
                this.closure[i] = (PyCell) closure.get(i);
                Rc.incref(this.closure[i]);
            }
            Rc.decref(closure);
        }
        Gc.track(this);
    }

    /**
     * func_clear, in part: empties the function's attribute dict. The defaults and the closure stay
     * (they are final here); a cycle through a closure is broken by its cell's clear.
     */
    @Override
    public void gcClear() {
        if (dict != null) dict.release();
    }

    @Override public boolean genericGetAttr() { return false; }

    @Override public PyType type() { return TYPE; }

    @Override public boolean isCallable() { return true; }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return CallMachinery.callFunction(ThreadState.current(), this, args, 0, args.length, kwnames);
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return new PyMethod(obj, this);
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "__name__": return Py.str(code.name);
            case "__qualname__": return Py.str(code.qualname);
            case "__code__": return code;
            case "__defaults__": return defaults.length == 0 ? Py.None : PyTuple.copyOf(defaults);
            default:
        }
        if (dict != null) {
            PyObject v = dict.getStr(name);
            if (v != null) return Rc.newRef(v);
        }
        return super.getAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (dict == null) dict = new PyDict();
        dict.setItem(PyStr.intern(name), value);
    }

    @Override public String getAttrName() { return code.qualname; }

    @Override
    public String repr() {
        return "<function " + code.qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    @Override
    public void forEachRef(RefVisitor v) {
        v.visit(globals);
        for (PyObject d : defaults) v.visit(d);
        if (kwdefaults != null) v.visit(kwdefaults);
        for (PyCell c : closure) v.visit(c);
        if (dict != null) v.visit(dict);
    }
}

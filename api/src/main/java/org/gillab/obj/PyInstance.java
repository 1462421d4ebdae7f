package org.gillab.obj;

import org.gillab.spi.Rc;

/**
 * An instance of a class defined by a {@code class} statement: a class and an attribute dict.
 *
 * <p>Every protocol method dispatches to the class's dunder method ({@code __add__}, {@code __eq__},
 * {@code __iter__}, ...), found along the MRO, with CPython's fallbacks (reflected operators, identity
 * equality, {@code __len__} for truth, {@code __getitem__} for iteration).
 */
public class PyInstance extends PyGcObject {
    public PyType cls;
    public final PyDict dict = new PyDict();

    public PyInstance(PyType cls) {
        Rc.incref(cls);
        this.cls = cls;
        org.gillab.vm.Gc.track(this);
    }

    /** subtype_clear: empties the instance's dict (the class stays, as in CPython). */
    @Override
    public void gcClear() {
        dict.release();
    }

    @Override public final PyType type() { return cls; }

    @Override
    public void forEachRef(RefVisitor v) {
        v.visit(cls);
        v.visit(dict);
    }

    /** Calls {@code self.name(args...)} found on the class, or returns null if the class has none. */
    protected final PyObject callDunder(String name, PyObject... args) {
        PyObject m = cls.lookup(name);
        if (m == null) return null;
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = this;
        System.arraycopy(args, 0, all, 1, args.length);
        return m.call(all, null);
    }

    private PyObject require(String name, PyObject... args) {
        PyObject r = callDunder(name, args);
        if (r == null) throw Py.attributeError(this, name);
        return r;
    }

    private static String takeString(PyObject r, String dunder) {
        try {
            if (r instanceof PyStr s) return s.value;
            throw Py.typeError(dunder + " returned non-string (type " + r.type().name + ")");
        } finally {
            Rc.decref(r);
        }
    }

    // ---------------------------------------------------------------- text

    @Override
    public String repr() {
        PyObject r = callDunder("__repr__");
        if (r == null) return "<" + cls.module + "." + cls.name + " object at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
        return takeString(r, "__repr__");
    }

    @Override
    public String str() {
        PyObject r = callDunder("__str__");
        if (r == null) return repr();
        return takeString(r, "__str__");
    }

    // ---------------------------------------------------------------- truth, hash, equality

    @Override
    public boolean isTrue() {
        PyObject r = callDunder("__bool__");
        if (r != null) {
            try {
                if (r instanceof PyBool b) return b.value != 0;
                throw Py.typeError("__bool__ should return bool, returned " + r.type().name);
            } finally {
                Rc.decref(r);
            }
        }
        r = callDunder("__len__");
        if (r == null) return true;
        try {
            return Py.asIndex(r) != 0;
        } finally {
            Rc.decref(r);
        }
    }

    @Override
    public long pyHash() {
        PyObject h = cls.lookup("__hash__");
        if (h == Py.None) throw Py.unhashable(this);
        if (h == null) return System.identityHashCode(this);
        PyObject r = h.call(new PyObject[] {this}, null);
        try {
            if (!(r instanceof PyInt i)) throw Py.typeError("__hash__ method should return an integer");
            long v = i.pyHash();
            return v == -1 ? -2 : v;
        } finally {
            Rc.decref(r);
        }
    }

    @Override
    public boolean pyEquals(PyObject other) {
        if (this == other) return true;
        PyObject r = Ops.richCompare(this, other, CmpOp.EQ);
        try {
            return r.isTrue();
        } finally {
            Rc.decref(r);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        PyObject r = callDunder(CmpOp.dunder(op), other);
        if (r == Py.NotImplemented) return null;
        return r;
    }

    // ---------------------------------------------------------------- operators

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        PyObject r = callDunder(reflected ? BinOps.rdunder(op) : BinOps.dunder(op), other);
        if (r == Py.NotImplemented) return null;
        return r;
    }

    /** {@code self op= other} via {@code __iadd__} etc.; null when the class has none. */
    public PyObject inplaceOp(int op, PyObject other) {
        PyObject r = callDunder(BinOps.idunder(op), other);
        if (r == Py.NotImplemented) return null;
        return r;
    }

    @Override
    public PyObject unaryOp(int op) {
        PyObject r = callDunder(BinOps.unaryDunder(op));
        if (r == null) return super.unaryOp(op);
        return r;
    }

    // ---------------------------------------------------------------- containers

    @Override
    public int len() {
        PyObject r = callDunder("__len__");
        if (r == null) return super.len();
        try {
            int n = Py.asIndex(r);
            if (n < 0) throw Py.valueError("__len__() should return >= 0");
            return n;
        } finally {
            Rc.decref(r);
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject r = callDunder("__getitem__", key);
        if (r == null) return super.getItem(key);
        return r;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        PyObject r = callDunder("__setitem__", key, value);
        if (r == null) super.setItem(key, value);
        else Rc.decref(r);
    }

    @Override
    public void delItem(PyObject key) {
        PyObject r = callDunder("__delitem__", key);
        if (r == null) super.delItem(key);
        else Rc.decref(r);
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject r = callDunder("__contains__", item);
        if (r == null) return super.contains(item);
        try {
            return r.isTrue();
        } finally {
            Rc.decref(r);
        }
    }

    @Override
    public PyObject iter() {
        PyObject r = callDunder("__iter__");
        if (r != null) {
            if (r.type().lookup("__next__") == null && !(r instanceof PyIterator)) {
                String n = r.type().name;
                Rc.decref(r);
                throw Py.typeError("iter() returned non-iterator of type '" + n + "'");
            }
            return r;
        }
        if (cls.lookup("__getitem__") != null) {
            Rc.incref(this);
            return new PySeqIter(this);
        }
        return super.iter();
    }

    @Override
    public PyObject next() {
        PyObject m = cls.lookup("__next__");
        if (m == null) return super.next();
        try {
            return m.call(new PyObject[] {this}, null);
        } catch (PyException e) {
            if (e.matches(ExcTypes.StopIteration)) {
                Rc.decref(e.value);
                return null;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- attributes and calls

    @Override
    public PyObject getAttr(String name) {
        PyObject a = null;
        if (cls.hasDataDescriptors()) {
            a = cls.lookup(name);
            if (a != null && a.isDataDescriptor()) return a.descrGet(this, cls);
        }
        PyObject v = dict.getStrRef(name);
        if (v != null) return v;
        if (a == null) a = cls.lookup(name);
        if (a != null) return a.descrGet(this, cls);
        if (name.equals("__class__")) return Rc.newRef(cls);
        if (name.equals("__dict__")) return Rc.newRef(dict);
        PyObject ga = cls.lookup("__getattr__");
        if (ga != null) return ga.call(new PyObject[] {this, Py.str(name)}, null);
        throw Py.attributeError(this, name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (cls.hasDataDescriptors()) {
            PyObject a = cls.lookup(name);
            if (a != null && a.isDataDescriptor()) {
                a.descrSet(this, value);
                return;
            }
        }
        dict.setStr(name, value);
    }

    @Override
    public void delAttr(String name) {
        if (!dict.delStr(name)) throw Py.attributeError(this, name);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject m = cls.lookup("__call__");
        if (m == null) return super.call(args, kwnames);
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = this;
        System.arraycopy(args, 0, all, 1, args.length);
        return m.call(all, kwnames);
    }

    @Override
    public boolean isCallable() {
        return cls.lookup("__call__") != null;
    }
}

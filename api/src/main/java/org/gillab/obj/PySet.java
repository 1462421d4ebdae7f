package org.gillab.obj;

import org.gillab.spi.Rc;

/**
 * Python's set. Its table is a {@link PyDict} whose values are all None: the same open-addressing
 * structure and the same critical sections, without a second hash-table implementation. Iteration
 * order is insertion order, which Python does not promise for sets (docs/language.md says so).
 */
public final class PySet extends PyGcObject {
    public static final PyType TYPE = PyType.builtin("set", PySet.class);

    final PyDict table = new PyDict();

    public PySet() {
        org.gillab.vm.Gc.track(this);
    }

    @Override public PyType type() { return TYPE; }

    /** set_clear: empties the table (which drops its items). */
    @Override public void gcClear() { table.release(); }

    public static PySet of(PyObject iterable) {
        PySet s = new PySet();
        try {
            s.addAll(iterable);
        } catch (RuntimeException e) {
            Rc.decref(s);
            throw e;
        }
        return s;
    }

    public void add(PyObject o) {
        table.setItem(o, Py.None);
    }

    public void addAll(PyObject iterable) {
        if (iterable instanceof PySet other) iterable = other.table;
        PyObject it = iterable.iter();
        try {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                try {
                    add(x);
                } finally {
                    Rc.decref(x);
                }
            }
        } finally {
            Rc.decref(it);
        }
    }

    public boolean discard(PyObject o) {
        return table.remove(o);
    }

    @Override public boolean contains(PyObject o) { return table.contains(o); }

    @Override public int len() { return table.size(); }

    @Override public boolean isTrue() { return table.size() > 0; }

    @Override public long pyHash() { throw Py.unhashable(this); }

    @Override public void forEachRef(RefVisitor v) { v.visit(table); }

    @Override public PyObject iter() { return table.iter(); }

    /** Items with new references. */
    PyObject[] items() {
        return Ops.toArray(table);
    }

    private static void drop(PyObject[] items) {
        for (PyObject o : items) Rc.decref(o);
    }

    @Override
    public String repr() {
        if (table.size() == 0) return "set()";
        PyObject[] items = items();
        try {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(items[i].repr());
            }
            return sb.append('}').toString();
        } finally {
            drop(items);
        }
    }

    boolean isSubsetOf(PySet other) {
        if (len() > other.len()) return false;
        PyObject[] items = items();
        try {
            for (PyObject o : items) if (!other.contains(o)) return false;
            return true;
        } finally {
            drop(items);
        }
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return other instanceof PySet s && s.len() == len() && isSubsetOf(s);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PySet s)) return null;
        switch (op) {
            case CmpOp.EQ: return Py.bool(pyEquals(s));
            case CmpOp.NE: return Py.bool(!pyEquals(s));
            case CmpOp.LE: return Py.bool(isSubsetOf(s));
            case CmpOp.LT: return Py.bool(len() < s.len() && isSubsetOf(s));
            case CmpOp.GE: return Py.bool(s.isSubsetOf(this));
            default: return Py.bool(len() > s.len() && s.isSubsetOf(this));
        }
    }

    static PySet union(PySet a, PyObject b) {
        PySet r = of(a);
        r.addAll(b);
        return r;
    }

    static PySet intersection(PySet a, PyObject b) {
        PySet other = b instanceof PySet s ? Rc.newRef(s) : of(b);
        PySet r = new PySet();
        PyObject[] items = a.items();
        try {
            for (PyObject o : items) if (other.contains(o)) r.add(o);
        } finally {
            drop(items);
            Rc.decref(other);
        }
        return r;
    }

    static PySet difference(PySet a, PyObject b) {
        PySet other = b instanceof PySet s ? Rc.newRef(s) : of(b);
        PySet r = new PySet();
        PyObject[] items = a.items();
        try {
            for (PyObject o : items) if (!other.contains(o)) r.add(o);
        } finally {
            drop(items);
            Rc.decref(other);
        }
        return r;
    }

    static PySet symmetricDifference(PySet a, PyObject b) {
        PySet other = b instanceof PySet s ? Rc.newRef(s) : of(b);
        PySet r = difference(a, other);
        PyObject[] items = other.items();
        try {
            for (PyObject o : items) if (!a.contains(o)) r.add(o);
        } finally {
            drop(items);
            Rc.decref(other);
        }
        return r;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (!(other instanceof PySet o)) return null;
        PySet a = reflected ? o : this, b = reflected ? this : o;
        switch (op) {
            case BinOps.OR: return union(a, b);
            case BinOps.AND: return intersection(a, b);
            case BinOps.SUB: return difference(a, b);
            case BinOps.XOR: return symmetricDifference(a, b);
            default: return null;
        }
    }

    /** {@code |=}, {@code &=}, {@code -=}, {@code ^=} in place. */
    PyObject inplaceOp(int op, PySet other) {
        PySet r;
        switch (op) {
            case BinOps.OR: addAll(other); return Rc.newRef(this);
            case BinOps.AND: r = intersection(this, other); break;
            case BinOps.SUB: r = difference(this, other); break;
            case BinOps.XOR: r = symmetricDifference(this, other); break;
            default: return null;
        }
        replaceWith(r);
        Rc.decref(r);
        return Rc.newRef(this);
    }

    private void replaceWith(PySet r) {
        PyObject[] mine = items();
        for (PyObject o : mine) table.remove(o);
        drop(mine);
        addAll(r);
    }

    static {
        TYPE.def("add", (self, a, kw) -> { Args.exact("set.add", a, kw, 1); ((PySet) self).add(a[0]); return Py.None; });
        TYPE.def("discard", (self, a, kw) -> { Args.exact("set.discard", a, kw, 1); ((PySet) self).discard(a[0]); return Py.None; });
        TYPE.def("remove", (self, a, kw) -> {
            Args.exact("set.remove", a, kw, 1);
            if (!((PySet) self).discard(a[0])) throw Py.keyError(a[0]);
            return Py.None;
        });
        TYPE.def("pop", (self, a, kw) -> {
            Args.exact("set.pop", a, kw, 0);
            PySet s = (PySet) self;
            PyObject it = s.table.iter();
            PyObject k = it.next();
            Rc.decref(it);
            if (k == null) throw Py.raise(ExcTypes.KeyError, "pop from an empty set");
            s.discard(k);
            return k;
        });
        TYPE.def("clear", (self, a, kw) -> {
            Args.exact("set.clear", a, kw, 0);
            PySet s = (PySet) self;
            PySet empty = new PySet();
            s.replaceWith(empty);
            Rc.decref(empty);
            return Py.None;
        });
        TYPE.def("copy", (self, a, kw) -> { Args.exact("set.copy", a, kw, 0); return of(self); });
        TYPE.def("update", (self, a, kw) -> {
            Args.noKeywords("set.update", kw);
            for (PyObject o : a) ((PySet) self).addAll(o);
            return Py.None;
        });
        TYPE.def("union", (self, a, kw) -> {
            Args.noKeywords("set.union", kw);
            PySet r = of(self);
            for (PyObject o : a) r.addAll(o);
            return r;
        });
        TYPE.def("intersection", (self, a, kw) -> {
            Args.noKeywords("set.intersection", kw);
            PySet r = of(self);
            for (PyObject o : a) {
                PySet n = intersection(r, o);
                Rc.decref(r);
                r = n;
            }
            return r;
        });
        TYPE.def("difference", (self, a, kw) -> {
            Args.noKeywords("set.difference", kw);
            PySet r = of(self);
            for (PyObject o : a) {
                PySet n = difference(r, o);
                Rc.decref(r);
                r = n;
            }
            return r;
        });
        TYPE.def("symmetric_difference", (self, a, kw) -> {
            Args.exact("set.symmetric_difference", a, kw, 1);
            return symmetricDifference((PySet) self, a[0]);
        });
        TYPE.def("issubset", (self, a, kw) -> {
            Args.exact("set.issubset", a, kw, 1);
            PySet o = a[0] instanceof PySet s ? Rc.newRef(s) : of(a[0]);
            try { return Py.bool(((PySet) self).isSubsetOf(o)); } finally { Rc.decref(o); }
        });
        TYPE.def("issuperset", (self, a, kw) -> {
            Args.exact("set.issuperset", a, kw, 1);
            PySet o = a[0] instanceof PySet s ? Rc.newRef(s) : of(a[0]);
            try { return Py.bool(o.isSubsetOf((PySet) self)); } finally { Rc.decref(o); }
        });
        TYPE.def("isdisjoint", (self, a, kw) -> {
            Args.exact("set.isdisjoint", a, kw, 1);
            PySet r = intersection((PySet) self, a[0]);
            try { return Py.bool(r.len() == 0); } finally { Rc.decref(r); }
        });
        TYPE.constructor = (a, kw) -> {
            Args.between("set", a, kw, 0, 1);
            return a.length == 0 ? new PySet() : of(a[0]);
        };
    }
}

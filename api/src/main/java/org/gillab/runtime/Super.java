package org.gillab.runtime;

import org.gillab.obj.Args;
import org.gillab.obj.Py;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;
import org.gillab.obj.RefVisitor;
import org.gillab.spi.Rc;

/**
 * {@code super(cls, obj)}: attribute lookup along obj's MRO starting after cls. The compiler turns
 * a zero-argument {@code super()} into {@code super(__class__, self)}, as CPython's does.
 */
final class Super extends PyObject {
    static final PyType TYPE = PyType.builtin("super", Super.class);

    private final PyType cls;
    private final PyObject obj;

    private Super(PyType cls, PyObject obj) {
        Rc.incref(cls);
        Rc.incref(obj);
        this.cls = cls;
        this.obj = obj;
    }

    @Override public boolean genericGetAttr() { return false; }

    @Override public PyType type() { return TYPE; }

    @Override public void forEachRef(RefVisitor v) { v.visit(cls); v.visit(obj); }

    @Override
    public PyObject getAttr(String name) {
        PyType start = obj instanceof PyType t && t.isSubtypeOf(cls) ? t : obj.type();
        PyType[] mro = start.mro;
        int i = 0;
        while (i < mro.length && mro[i] != cls) i++;
        for (i++; i < mro.length; i++) {
            PyObject a = mro[i].dict.getStr(name);
            if (a != null) return obj instanceof PyType ? a.descrGetOnClass((PyType) obj) : a.descrGet(obj, start);
        }
        throw Py.attributeError("'super' object has no attribute '" + name + "'");
    }

    @Override public String repr() { return "<super: <class '" + cls.name + "'>, <" + obj.type().name + " object>>"; }

    static {
        TYPE.constructor = (a, kw) -> {
            Args.between("super", a, kw, 2, 2);
            if (!(a[0] instanceof PyType t)) throw Py.typeError("super() argument 1 must be a type, not " + a[0].type().name);
            boolean ok = a[1].type().isSubtypeOf(t) || a[1] instanceof PyType o && o.isSubtypeOf(t);
            if (!ok) throw Py.typeError("super(type, obj): obj must be an instance or subtype of type");
            return new Super(t, a[1]);
        };
    }
}

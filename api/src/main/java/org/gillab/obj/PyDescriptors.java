package org.gillab.obj;

import org.gillab.spi.Rc;

/** {@code staticmethod}, {@code classmethod} and {@code property}: the descriptors classes use. */
public final class PyDescriptors {
    private PyDescriptors() {}

    /** {@code @staticmethod}: the function, unbound, whichever way it is reached. */
    public static final class StaticMethod extends PyObject {
        public static final PyType TYPE = PyType.builtin("staticmethod", StaticMethod.class);
        final PyObject func;

        public StaticMethod(PyObject func) { Rc.incref(func); this.func = func; }

        @Override public PyType type() { return TYPE; }

        @Override public void forEachRef(RefVisitor v) { v.visit(func); }

        @Override public PyObject descrGet(PyObject obj, PyType type) { return Rc.newRef(func); }

        @Override public PyObject descrGetOnClass(PyType type) { return Rc.newRef(func); }

        @Override public PyObject call(PyObject[] args, String[] kw) { return func.call(args, kw); }
    }

    /** {@code @classmethod}: bound to the class. */
    public static final class ClassMethod extends PyObject {
        public static final PyType TYPE = PyType.builtin("classmethod", ClassMethod.class);
        final PyObject func;

        public ClassMethod(PyObject func) { Rc.incref(func); this.func = func; }

        @Override public PyType type() { return TYPE; }

        @Override public void forEachRef(RefVisitor v) { v.visit(func); }

        @Override public PyObject descrGet(PyObject obj, PyType type) { return new PyMethod(type, func); }

        @Override public PyObject descrGetOnClass(PyType type) { return new PyMethod(type, func); }
    }

    /** {@code property(fget, fset)}: a data descriptor, so it wins over the instance dict. */
    public static final class Property extends PyObject {
        public static final PyType TYPE = PyType.builtin("property", Property.class);
        final PyObject fget;
        PyObject fset;

        public Property(PyObject fget, PyObject fset) {
            Rc.incref(fget);
            if (fset != null) Rc.incref(fset);
            this.fget = fget;
            this.fset = fset;
        }

        @Override public PyType type() { return TYPE; }

        @Override public void forEachRef(RefVisitor v) { v.visit(fget); if (fset != null) v.visit(fset); }

        @Override public boolean isDataDescriptor() { return true; }

        @Override public boolean genericGetAttr() { return false; }

        @Override public PyObject descrGet(PyObject obj, PyType type) { return Py.call(fget, obj); }

        @Override
        public void descrSet(PyObject obj, PyObject value) {
            if (fset == null) throw Py.attributeError("can't set attribute");
            Py.callAndDrop(fset, obj, value);
        }

        @Override
        public PyObject getAttr(String name) {
            if (name.equals("setter")) {
                return new PyNativeFunction("setter", (a, kw) -> {
                    Args.exact("setter", a, kw, 1);
                    return new Property(fget, a[0]);
                });
            }
            return super.getAttr(name);
        }
    }
}

package org.gillab.runtime;

import org.gillab.obj.Args;
import org.gillab.obj.CmpOp;
import org.gillab.obj.Ops;
import org.gillab.obj.Py;
import org.gillab.obj.PyInstance;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyType;
import org.gillab.spi.Rc;

/** The methods of {@code object} that classes inherit and {@code super()} reaches. */
final class ObjectMethods {
    private ObjectMethods() {}

    static void install() {
        PyType o = PyType.OBJECT;
        o.def("__init__", (self, a, kw) -> {
            if (a.length > 0 && self.type().lookup("__init__") == o.dict.getStr("__init__")) {
                throw Py.typeError(self.type().name + "() takes no arguments");
            }
            return Py.None;
        });
        // for a built-in type's object (float.__repr__ reached through object) the type's own text;
        // for an instance, the default that a class without __repr__ shows
        o.def("__repr__", (self, a, kw) -> PyStr.of(self instanceof PyInstance
                ? "<" + self.type().module + "." + self.type().name + " object at 0x" + Long.toHexString(System.identityHashCode(self)) + ">"
                : self.repr()));
        o.def("__str__", (self, a, kw) -> PyStr.of(self instanceof PyInstance ? self.repr() : self.str()));
        o.def("__eq__", (self, a, kw) -> {
            Args.exact("__eq__", a, kw, 1);
            return self == a[0] ? Py.bool(true) : Py.NotImplemented;
        });
        o.def("__ne__", (self, a, kw) -> {
            Args.exact("__ne__", a, kw, 1);
            PyObject eq = Ops.richCompare(self, a[0], CmpOp.EQ);
            try {
                return Py.bool(!eq.isTrue());
            } finally {
                Rc.decref(eq);
            }
        });
        o.def("__hash__", (self, a, kw) -> PyInt.of(System.identityHashCode(self)));
        o.def("__format__", (self, a, kw) -> {
            Args.exact("__format__", a, kw, 1);
            String spec = Py.asString(a[0], "format spec");
            if (!spec.isEmpty()) throw Py.typeError("unsupported format string passed to " + self.type().name + ".__format__");
            return PyStr.of(self.str());
        });
        o.constructor = null;
    }
}

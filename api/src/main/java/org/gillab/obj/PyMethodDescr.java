package org.gillab.obj;

import org.gillab.spi.Rc;

/**
 * A built-in type's method as it sits in the type's dict ({@code list.append}); binding it to an
 * object gives a {@link PyBoundNative}. Calling it unbound takes the receiver as first argument.
 */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescr.class);

    public final String name;
    public final PyType owner;
    public final NativeMethod fn;

    public PyMethodDescr(String name, PyType owner, NativeMethod fn) {
        this.name = name;
        this.owner = owner;
        this.fn = fn;
    }

    @Override public PyType type() { return TYPE; }

    @Override public boolean isCallable() { return true; }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1 || !args[0].type().isSubtypeOf(owner)) {
            throw Py.typeError("descriptor '" + name + "' for '" + owner.name + "' objects needs an argument");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return fn.call(args[0], rest, kwnames);
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return bind(obj);
    }

    /** Binds to {@code self}: a new reference. */
    public PyObject bind(PyObject self) {
        Rc.incref(self);
        return new PyBoundNative(self, this);
    }

    @Override public String repr() { return "<method '" + name + "' of '" + owner.name + "' objects>"; }
}

package org.gillab.obj;

/** A built-in function or a bound built-in method's callable part: {@code len}, {@code math.sqrt}. */
public final class PyNativeFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyNativeFunction.class);

    public final String name;
    public final NativeFn fn;

    public PyNativeFunction(String name, NativeFn fn) {
        this.name = name;
        this.fn = fn;
    }

    @Override public PyType type() { return TYPE; }

    @Override public PyObject call(PyObject[] args, String[] kwnames) { return fn.call(args, kwnames); }

    @Override public boolean isCallable() { return true; }

    @Override public String repr() { return "<built-in function " + name + ">"; }
}

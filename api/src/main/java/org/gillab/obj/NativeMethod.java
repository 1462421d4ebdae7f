package org.gillab.obj;

/** A method written in Java, called with its receiver; otherwise as {@link NativeFn}. */
@FunctionalInterface
public interface NativeMethod {
    PyObject call(PyObject self, PyObject[] args, String[] kwnames);
}

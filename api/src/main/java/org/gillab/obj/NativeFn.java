package org.gillab.obj;

/**
 * A function written in Java: the calling convention of {@link PyObject#call}: positional arguments
 * then keyword values in {@code args}, {@code kwnames} naming the keyword ones (or null). Arguments
 * are borrowed; the result is a new reference.
 */
@FunctionalInterface
public interface NativeFn {
    PyObject call(PyObject[] args, String[] kwnames);
}

package org.gillab.obj;

/** Receives each reference an object owns (see {@link PyObject#forEachRef}). */
@FunctionalInterface
public interface RefVisitor {
    void visit(PyObject ref);
}

package org.gillab.vm;

import org.gillab.obj.PyObject;

/**
 * A code object's compiled code: one hidden class per code object, made by {@link CodeGen}, whose
 * {@link #run} executes a frame from its start to its return. Each has JVM bytecode of its own, so
 * the JIT profiles and compiles each Python function on its own.
 */
abstract class CompiledCode {
    /** Runs a fresh frame (not a generator's) to its end; the caller has counted the recursion depth. */
    abstract PyObject run(ThreadState ts, Frame f);
}

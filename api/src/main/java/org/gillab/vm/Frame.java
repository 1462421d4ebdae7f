package org.gillab.vm;

import org.gillab.compile.Code;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyObject;
import org.gillab.obj.RefVisitor;
import org.gillab.spi.Rc;

/**
 * One activation of a code object. Its slots hold the locals, cells and free variables
 * ({@link Code}'s layout) and, above them, the value stack; every non-null slot below
 * {@link #sp} owns a reference. A generator's frame outlives the call and is resumed.
 */
final class Frame {
    final Code code;
    final PyObject[] s;
    final PyDict globals;
    final PyDict builtins;
    /** A class body's namespace (LOAD_NAME/STORE_NAME), else null. */
    PyDict ns;
    int sp;
    int pc;
    /** Set by YIELD_VALUE: the last return from the eval loop was a yield. */
    boolean yielded;
    /** An exception to raise at the suspended yield when the frame resumes (generator close). */
    org.gillab.obj.PyBaseException pendingThrow;
    /**
     * Set by SEND when the iterator it awaits yielded (CPython's gi_yieldfrom): the frame is suspended
     * inside an await, with that iterator on top of its stack, so a throw or close goes to it first.
     */
    boolean delegating;
    /** Where that await's loop ends (SEND's jump target), for a throw that makes the iterator return. */
    int sendExit;

    Frame(Code code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.s = new PyObject[code.nlocalsplus + code.stacksize];
        this.globals = globals;
        this.builtins = builtins;
        this.sp = code.nlocalsplus;
    }

    /** Drops every reference the frame holds (when it finishes or is abandoned). */
    void clear() {
        PyObject[] slots = s;
        int n = sp;
        sp = 0;
        for (int i = 0; i < n; i++) {
            PyObject o = slots[i];
            if (o != null) {
                slots[i] = null;
                Rc.decref(o);
            }
        }
    }

    void forEachRef(RefVisitor v) {
        for (int i = 0; i < sp; i++) if (s[i] != null) v.visit(s[i]);
    }
}

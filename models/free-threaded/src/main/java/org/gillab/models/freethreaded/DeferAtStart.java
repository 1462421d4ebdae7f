package org.gillab.models.freethreaded;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;
import org.gillab.vm.Interpreter;
import org.gillab.vm.PyFunction;

/**
 * What CPython 3.13's free-threaded build immortalizes the first time a second thread starts
 * (gh-117783; the 3.13 free-threading HOWTO lists module-level functions, method descriptors, code
 * objects, modules and their dicts, and classes): found here from the interpreter's modules.
 * Functions in class bodies are included, since 3.13 defers every function that is not nested in
 * another. Code objects and built-in method descriptors are immortal in gillab from the start.
 */
final class DeferAtStart {
    private final DeferredObjects table;
    private int deferred;

    private DeferAtStart(DeferredObjects table) {
        this.table = table;
    }

    /** Sets aside the shared objects reachable that way from {@code interp}'s modules; returns how many. */
    static int run(Interpreter interp, DeferredObjects table) {
        DeferAtStart d = new DeferAtStart(table);
        for (PyObject root : interp.roots()) if (root instanceof PyModule m) d.module(m);
        return d.deferred;
    }

    private boolean defer(PyObject o) {
        if (!table.defer(o)) return false;
        deferred++;
        return true;
    }

    private void module(PyModule m) {
        if (!defer(m)) return;
        namespace(m.dict);
    }

    private void namespace(PyDict d) {
        if (!defer(d)) return;
        d.forEachItem((k, v) -> {
            if (v instanceof PyFunction f) function(f);
            else if (v instanceof PyType t && !t.builtin) type(t);
            else if (v instanceof PyModule m) module(m);
        });
    }

    private void function(PyFunction f) {
        if (defer(f)) defer(f.code);
    }

    private void type(PyType t) {
        if (defer(t)) namespace(t.dict);
    }
}

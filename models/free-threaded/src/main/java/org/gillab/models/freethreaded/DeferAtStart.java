package org.gillab.models.freethreaded;

import java.util.function.Predicate;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;
import org.gillab.vm.Interpreter;
import org.gillab.vm.PyFunction;

/**
 * Finds, from the interpreter's modules, the objects the free-threaded build gives deferred
 * reference counting ({@code _PyObject_SetDeferredRefcount} in 3.13 and 3.14: functions that are not
 * nested in another function, Objects/funcobject.c; modules, Objects/moduleobject.c, whose dicts 3.13
 * defers too and 3.14 counts per thread; heap types, Objects/typeobject.c) and hands each to
 * {@code setAside}: 3.13's immortalization or 3.14's deferral ({@link Release}). The 3.13 HOWTO lists
 * the same objects as what 3.13 immortalizes: module-level functions, method descriptors, code objects,
 * modules and their dicts, classes. Functions in class bodies are included (they are not nested in a
 * function); so are the classes' dicts, which gillab's instances and method lookups reach as often as
 * the module dict. Code objects and built-in method descriptors are immortal in gillab from the start.
 */
final class DeferAtStart {
    private final Predicate<PyObject> setAside;
    private int count;

    private DeferAtStart(Predicate<PyObject> setAside) {
        this.setAside = setAside;
    }

    /**
     * Hands the objects found that way from {@code interp}'s modules to {@code setAside}, which returns
     * false for one it did not take (immortal, dead, already set aside); returns how many it took.
     */
    static int run(Interpreter interp, Predicate<PyObject> setAside) {
        DeferAtStart d = new DeferAtStart(setAside);
        for (PyObject root : interp.roots()) if (root instanceof PyModule m) d.module(m);
        return d.count;
    }

    private boolean setAside(PyObject o) {
        if (!setAside.test(o)) return false;
        count++;
        return true;
    }

    private void module(PyModule m) {
        if (!setAside(m)) return;
        namespace(m.dict);
    }

    private void namespace(PyDict d) {
        if (!setAside(d)) return;
        d.forEachItem((k, v) -> {
            if (v instanceof PyFunction f) function(f);
            else if (v instanceof PyType t && !t.builtin) type(t);
            else if (v instanceof PyModule m) module(m);
        });
    }

    private void function(PyFunction f) {
        if (setAside(f)) setAside(f.code);
    }

    private void type(PyType t) {
        if (setAside(t)) namespace(t.dict);
    }
}

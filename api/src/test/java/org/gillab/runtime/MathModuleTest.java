package org.gillab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gillab.obj.Cases;
import org.gillab.obj.Heap;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.spi.Rc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The math module against CPython: ~1700 calls with their results or errors ({@code math_cases.txt},
 * made by gen_math_cases.py). Transcendental results may differ from the platform libm in the last
 * bit, so those are compared within two ulps; everything else exactly (repr).
 */
class MathModuleTest {
    @BeforeAll
    static void init() {
        Builtins.dict();
    }

    /** {@code module.name(*args, **kw)}: the result (a new reference). */
    static PyObject call(PyModule module, String name, PyTuple args, PyDict kwargs) {
        PyObject fn = module.getAttr(name);
        PyObject[][] items = kwargs.snapshotItems();
        int n = args.size();
        PyObject[] all = new PyObject[n + items.length];
        String[] names = new String[items.length];
        System.arraycopy(args.array(), 0, all, 0, n);
        for (int i = 0; i < items.length; i++) {
            names[i] = ((PyStr) items[i][0]).value;
            all[n + i] = items[i][1];
        }
        try {
            return fn.call(all, names.length == 0 ? null : names);
        } finally {
            for (PyObject[] kv : items) for (PyObject o : kv) Rc.decref(o);
            Rc.decref(fn);
        }
    }

    @Test
    void matchesCPythonTable() throws Exception {
        PyModule math = MathModule.create();
        Cases.Failures f = new Cases.Failures();
        for (String[] r : Cases.rows(MathModuleTest.class, "math_cases.txt")) {
            String name = Cases.unquote(r[0]);
            PyTuple args = (PyTuple) Cases.value(r[1]);
            PyDict kwargs = (PyDict) Cases.value(r[2]);
            String what = "math." + name + args.repr() + " " + kwargs.repr();
            if (r[3].startsWith("~")) {
                double expected = Cases.parseFloatHex(r[3].substring(1));
                String got = Cases.outcome(() -> {
                    PyObject res = call(math, name, args, kwargs);
                    try {
                        if (!(res instanceof PyFloat fl)) return "not a float: " + res.repr();
                        return Math.abs(fl.value - expected) <= 2 * Math.ulp(expected) ? "close" : "far: " + fl.value;
                    } finally {
                        Rc.decref(res);
                    }
                });
                f.check(what + " ~ " + expected, "=close", got);
            } else {
                f.check(what, Cases.expected(r[3]), Cases.outcome(() -> {
                    PyObject res = call(math, name, args, kwargs);
                    try {
                        return res.repr();
                    } finally {
                        Rc.decref(res);
                    }
                }));
            }
            Rc.decref(args);
            Rc.decref(kwargs);
        }
        Rc.decref(math);
        assertTrue(f.checked > 1500);
        assertTrue(f.items.isEmpty(), f.report());
    }

    @Test
    void constantsAndModuleLifetime() {
        Heap.startTracking();
        try {
            PyModule math = MathModule.create();
            PyObject pi = math.getAttr("pi");
            assertEquals("3.141592653589793", pi.repr());
            Rc.decref(pi);
            PyObject tau = math.getAttr("tau");
            assertEquals("6.283185307179586", tau.repr());
            Rc.decref(tau);
            PyObject sqrt = math.getAttr("sqrt");
            assertEquals("<built-in function sqrt>", sqrt.repr());
            assertTrue(Rc.isImmortal(sqrt), "module functions are immortal");
            PyFloat two = new PyFloat(2.0);
            PyObject r = sqrt.call(new PyObject[] {two}, null);
            assertEquals("1.4142135623730951", r.repr());
            Rc.decref(r);
            Rc.decref(two);
            Rc.decref(sqrt);
            Heap.AuditReport withModule = Heap.audit(java.util.List.of(math));
            assertTrue(withModule.clean(), withModule.summary() + "\n" + String.join("\n", withModule.details()));
            Rc.decref(math);
            Heap.AuditReport after = Heap.audit(java.util.List.of());
            assertTrue(after.clean(), after.summary() + "\n" + String.join("\n", after.details()));
        } finally {
            Heap.stopTracking();
        }
    }
}

package org.gillab.runtime;

import org.gillab.obj.Args;
import org.gillab.obj.Py;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyTuple;
import org.gillab.spi.Rc;
import org.gillab.vm.Collector;
import org.gillab.vm.Gc;
import org.gillab.vm.ThreadState;

/**
 * The {@code gc} module: the interface of the calling thread's interpreter's cycle collector
 * ({@link Collector}), with CPython 3.11's names, arguments and errors.
 */
public final class GcModule {
    private GcModule() {}

    public static PyModule create() {
        return new ModuleBuilder("gc")
                .fn("collect", (a, kw) -> {
                    PyObject[] b = Args.bind("collect", a, kw, new String[] {"generation"}, 0, 1);
                    long gen = b[0] == null ? Collector.GENERATIONS - 1 : Py.asLong(b[0]);
                    if (gen < 0 || gen >= Collector.GENERATIONS) throw Py.valueError("invalid generation");
                    ThreadState ts = ThreadState.current();
                    return PyInt.of(ts.interp.gc.collect(ts, (int) gen));
                })
                .fn("enable", (a, kw) -> {
                    Args.exact("enable", a, kw, 0);
                    collector().setEnabled(true);
                    return Py.None;
                })
                .fn("disable", (a, kw) -> {
                    Args.exact("disable", a, kw, 0);
                    collector().setEnabled(false);
                    return Py.None;
                })
                .fn("isenabled", (a, kw) -> {
                    Args.exact("isenabled", a, kw, 0);
                    return Py.bool(collector().isEnabled());
                })
                .fn("get_threshold", (a, kw) -> {
                    Args.exact("get_threshold", a, kw, 0);
                    return ints(collector().thresholds());
                })
                .fn("set_threshold", (a, kw) -> {
                    Args.between("set_threshold", a, kw, 1, Collector.GENERATIONS);
                    int[] t = new int[a.length];
                    for (int i = 0; i < a.length; i++) {
                        long v = Py.asLong(a[i]);
                        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                            throw Py.overflowError("signed integer is greater than maximum");
                        }
                        t[i] = (int) v;
                    }
                    collector().setThresholds(t);
                    return Py.None;
                })
                .fn("get_count", (a, kw) -> {
                    Args.exact("get_count", a, kw, 0);
                    ThreadState ts = ThreadState.current();
                    return ints(ts.interp.gc.counts(ts));
                })
                .fn("is_tracked", (a, kw) -> {
                    Args.exact("is_tracked", a, kw, 1);
                    return Py.bool(Gc.isTracked(a[0]));
                })
                .fn("get_stats", (a, kw) -> {
                    Args.exact("get_stats", a, kw, 0);
                    long[][] s = collector().stats();
                    PyList out = new PyList();
                    for (int g = 0; g < Collector.GENERATIONS; g++) {
                        PyDict d = new PyDict();
                        setOwned(d, "collections", PyInt.of(s[0][g]));
                        setOwned(d, "collected", PyInt.of(s[1][g]));
                        setOwned(d, "uncollectable", PyInt.of(0));
                        out.append(d);
                        Rc.decref(d);
                    }
                    return out;
                })
                .build();
    }

    private static Collector collector() {
        return ThreadState.current().interp.gc;
    }

    private static void setOwned(PyDict d, String key, PyObject v) {
        d.setStr(key, v);
        Rc.decref(v);
    }

    private static PyTuple ints(int[] v) {
        PyObject[] items = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) items[i] = PyInt.of(v[i]);
        return new PyTuple(items);
    }
}

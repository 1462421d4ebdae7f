package org.gillab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gillab.obj.Cases;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.spi.ContainerLocking;
import org.gillab.spi.Hooks;
import org.gillab.spi.PlainRefCounting;
import org.gillab.spi.Rc;
import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The time module: clocks, sleep's errors, and sleep releasing the model's lock. */
class TimeModuleTest {
    @BeforeAll
    static void init() {
        Builtins.dict();
    }

    @AfterEach
    void resetHooks() {
        Hooks.reset();
    }

    private static PyObject call(PyObject target, String name, PyObject... args) {
        PyObject fn = target.getAttr(name);
        try {
            return fn.call(args, null);
        } finally {
            Rc.decref(fn);
        }
    }

    private static String outcome(PyObject target, String name, PyObject... args) {
        return Cases.outcome(() -> {
            PyObject r = call(target, name, args);
            try {
                return r.type().name + ":" + (r instanceof PyFloat || r instanceof PyInt ? "number" : r.repr());
            } finally {
                Rc.decref(r);
            }
        });
    }

    @Test
    void clocksAndErrors() {
        PyModule time = TimeModule.create();
        for (String f : new String[] {"perf_counter", "monotonic", "time", "process_time", "thread_time"}) {
            assertEquals("=float:number", outcome(time, f), f);
            assertEquals("=int:number", outcome(time, f + "_ns"), f + "_ns");
        }
        PyObject t0 = call(time, "perf_counter");
        assertEquals("=NoneType:None", outcome(time, "sleep", new PyFloat(0.02)));
        assertEquals("=NoneType:None", outcome(time, "sleep", PyInt.of(0)));
        PyObject t1 = call(time, "perf_counter");
        assertTrue(((PyFloat) t1).value - ((PyFloat) t0).value >= 0.015);
        PyObject w = call(time, "time");
        assertTrue(((PyFloat) w).value > 1.6e9);
        Rc.decref(t0);
        Rc.decref(t1);
        Rc.decref(w);
        PyStr a = PyStr.of("a");
        assertEquals("!ValueError:sleep length must be non-negative", outcome(time, "sleep", PyInt.of(-1)));
        assertEquals("!TypeError:'str' object cannot be interpreted as an integer", outcome(time, "sleep", a));
        assertEquals("!ValueError:Invalid value NaN (not a number)", outcome(time, "sleep", new PyFloat(Double.NaN)));
        assertEquals("!OverflowError:timestamp out of range for platform time_t", outcome(time, "sleep", new PyFloat(1e300)));
        assertEquals("!TypeError:perf_counter() takes no arguments (1 given)", outcome(time, "perf_counter", a));
        Rc.decref(a);
        Rc.decref(time);
    }

    @Test
    void sleepReleasesTheModelsLock() throws Exception {
        GilHooks gil = new GilHooks();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, gil);
        PyModule time = TimeModule.create();
        Thread sleeper = new Thread(() -> {
            ThreadState ts = new ThreadState(null, 1);
            ts.bind();
            try {
                Rc.decref(call(time, "sleep", new PyFloat(0.3)));
            } finally {
                ts.unbind();
            }
        });
        sleeper.start();
        Thread.sleep(50);
        long t0 = System.nanoTime();
        ThreadState ts = new ThreadState(null, 0);
        ts.bind(); // gets the lock while the other thread sleeps
        ts.unbind();
        assertTrue(System.nanoTime() - t0 < 200_000_000L, "had to wait for the sleeper");
        sleeper.join(5000);
        assertEquals(1, gil.blocking.get());
        assertEquals(1, gil.unblocking.get());
        Rc.decref(time);
    }
}

package org.gillab.bench;

import java.util.concurrent.atomic.AtomicReference;

import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The object every benchmark thread counts references to, under the installed model's counting. */
@State(Scope.Benchmark)
public class RefCountTarget {
    /**
     * The live object's starting count: far from zero and from {@link Rc#IMMORTAL}, so that the
     * unsafe model's lost updates, a random walk, cannot free it or make it immortal within a run
     * (either would switch the benchmark to another path).
     */
    static final int COUNT = 1 << 29;

    @Param({"unsafe", "fine-grained-mutex", "fine-grained-atomic", "free-threaded-owner", "free-threaded-other", "free-threaded-immortal"})
    public String strategy;

    PyObject object;
    private RefCountCase refCase;
    private InstalledModel installed;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        refCase = RefCountCase.named(strategy);
        installed = InstalledModel.install(refCase.model(), refCase.options());
        object = switch (refCase.object()) {
            case SETUP_THREAD -> counted();
            case ENDED_THREAD -> madeByAnotherThread();
            case IMMORTAL -> PyInt.of(7); // a small int: immortal, as in CPython 3.12
        };
    }

    private static PyObject counted() {
        PyObject o = new PyFloat(0.5);
        o.refcnt = COUNT;
        return o;
    }

    private static PyObject madeByAnotherThread() throws InterruptedException {
        AtomicReference<PyObject> made = new AtomicReference<>();
        Thread maker = new Thread(() -> made.set(counted()), "refcount-object-maker");
        maker.start();
        maker.join();
        return made.get();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            // every incref was matched by a decref: a model that keeps counts exact must be back where it began
            if (refCase.exact() && refCase.object() != RefCountCase.Holder.IMMORTAL && Rc.count(object) != COUNT) {
                throw new IllegalStateException(strategy + ": the count ended at " + Rc.count(object) + ", not " + COUNT);
            }
        } finally {
            installed.close();
        }
    }
}

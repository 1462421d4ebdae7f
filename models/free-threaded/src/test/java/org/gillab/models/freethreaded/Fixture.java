package org.gillab.models.freethreaded;

import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.Hooks;
import org.gillab.spi.ModelOptions;
import org.gillab.vm.Interpreter;

/** The model installed for a unit test, with an interpreter for thread states. */
final class Fixture implements AutoCloseable {
    final ConcurrencyModel model;
    final Interpreter interp = new Interpreter(OutputStream.nullOutputStream());

    Fixture(Map<String, String> options) {
        FreeThreadedFactory f = new FreeThreadedFactory();
        model = f.create(ModelOptions.of(f.name(), f.options(), options));
        Hooks.install(model.refCounting(), model.containerLocking(), model.threadHooks());
    }

    Fixture() {
        this(Map.of());
    }

    Attached thread(int index) throws InterruptedException {
        return new Attached(interp, index);
    }

    long counter(String name) {
        Long v = model.counters().get(name);
        if (v == null) throw new IllegalArgumentException("no counter " + name + " in " + model.counters());
        return v;
    }

    @Override
    public void close() {
        Hooks.reset();
    }

    /** An object that records how often it is freed. */
    static final class Probe extends PyObject {
        final AtomicInteger freed = new AtomicInteger();

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }

        @Override
        public void release() {
            freed.incrementAndGet();
        }
    }
}

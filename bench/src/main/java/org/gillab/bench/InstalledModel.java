package org.gillab.bench;

import java.io.OutputStream;
import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.Hooks;
import org.gillab.spi.ThreadHooks;
import org.gillab.spi.WorkerLayout;
import org.gillab.vm.Interpreter;

/**
 * A model whose hooks are installed for a benchmark trial, exactly as {@code WorkloadRunner} installs
 * them for a run, with one interpreter for the benchmark's threads to attach to. Hooks are global:
 * one model per fork, which is how JMH runs each parameter value anyway.
 */
final class InstalledModel implements AutoCloseable {
    final ConcurrencyModel model;
    final Interpreter interpreter;
    /**
     * The hooks a thread of {@link #interpreter} runs with: the model's, or under a model with an
     * interpreter per worker the lock of one such interpreter (PEP 684).
     */
    final ThreadHooks threadHooks;

    private InstalledModel(ConcurrencyModel model) {
        this.model = model;
        this.interpreter = new Interpreter(OutputStream.nullOutputStream());
        Hooks.install(model.refCounting(), model.containerLocking(), model.threadHooks());
        this.threadHooks = model.layout() == WorkerLayout.INTERPRETER_PER_WORKER ? model.newInterpreterHooks() : model.threadHooks();
    }

    static InstalledModel install(String name) {
        return install(name, Map.of());
    }

    static InstalledModel install(String name, Map<String, String> options) {
        return new InstalledModel(Models.create(name, options));
    }

    /** Attaches the calling thread to {@link #interpreter}; it holds the model's lock, if any, on return. */
    BoundThread attach() {
        return BoundThread.attach(interpreter, threadHooks);
    }

    @Override
    public void close() {
        Hooks.reset();
        model.close();
    }
}

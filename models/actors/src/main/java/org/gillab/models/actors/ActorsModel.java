package org.gillab.models.actors;

import java.util.Map;

import org.gillab.runtime.ChannelsModule;
import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ThreadHooks;
import org.gillab.spi.WorkerLayout;
import org.gillab.workload.WorkerHost;

/**
 * One run of the actors model. Each worker's interpreter is touched only by the actor that owns it,
 * and an actor handles one message at a time, so an interpreter needs no lock at all: the workers run
 * in parallel with nothing global between them. The actor system exists for the length of the run.
 */
final class ActorsModel implements ConcurrencyModel {
    private final ActorsCounters counters = new ActorsCounters();
    private ActorRuntime runtime; // guarded by this
    private boolean closed; // guarded by this

    @Override
    public WorkerLayout layout() {
        return WorkerLayout.INTERPRETER_PER_WORKER;
    }

    /**
     * The runner asks for the main interpreter's hooks before it runs the module, so starting the actor
     * system here makes every channel of the run an actor, those that the module and {@code setup} make
     * as well as the workers'. No lock: one actor, one thread at a time, per interpreter.
     */
    @Override
    public ThreadHooks newInterpreterHooks() {
        runtime();
        return ThreadHooks.NONE;
    }

    @Override
    public WorkerHost workerHost() {
        return runtime()::startWorker;
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    /** Terminates the actor system and waits (bounded) until none of its threads is left. */
    @Override
    public void close() {
        ActorRuntime r;
        synchronized (this) {
            r = runtime;
            runtime = null;
            closed = true;
        }
        if (r == null) return;
        ChannelsModule.setRemoteCores(null);
        r.shutdown();
    }

    private synchronized ActorRuntime runtime() {
        if (closed) throw new IllegalStateException("this run of the actors model is over");
        if (runtime == null) {
            runtime = ActorRuntime.start(counters);
            ChannelsModule.setRemoteCores(runtime::newChannel);
        }
        return runtime;
    }
}

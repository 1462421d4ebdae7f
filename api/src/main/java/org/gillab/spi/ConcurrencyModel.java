package org.gillab.spi;

import java.util.Map;

import org.gillab.vm.Interpreter;
import org.gillab.workload.WorkerHost;

/**
 * A concurrency model: how workers run and what the interpreter's hooks do. A model is a small
 * type; everything else (loading the workload, starting threads, timing, the audit) stays behind it.
 *
 * <p>One instance serves one run. The interpreter reaches it only through the three hooks it returns,
 * installed for the run by {@link Hooks#install}; a hook a model does not override is the do-nothing
 * default, which the JIT inlines to nothing.
 */
public interface ConcurrencyModel {
    /** Reference counting: plain counts unless overridden. */
    default RefCounting refCounting() {
        return PlainRefCounting.INSTANCE;
    }

    /** Critical sections around container operations: none unless overridden. */
    default ContainerLocking containerLocking() {
        return ContainerLocking.NONE;
    }

    /** Thread attach/detach, the eval breaker, blocking calls: nothing unless overridden. */
    default ThreadHooks threadHooks() {
        return ThreadHooks.NONE;
    }

    /** How the workers run; threads on one shared heap unless overridden. */
    default WorkerLayout layout() {
        return WorkerLayout.SHARED_HEAP;
    }

    /**
     * With {@link WorkerLayout#INTERPRETER_PER_WORKER}: the thread hooks of one new interpreter (its own
     * lock, PEP 684), called once for each interpreter the run creates.
     */
    default ThreadHooks newInterpreterHooks() {
        return threadHooks();
    }

    /**
     * With {@link WorkerLayout#INTERPRETER_PER_WORKER}: where each worker runs; a thread of this JVM
     * unless overridden (an actor, a child process).
     */
    default WorkerHost workerHost() {
        return WorkerHost.THREADS;
    }

    /**
     * With {@link WorkerLayout#INTERPRETER_PER_WORKER}: how long a channel operation that must wait
     * (an empty channel's {@code recv}, a full one's {@code send}) sleeps between tries, as CPython 3.14's
     * {@code concurrent.interpreters.Queue} does; 0 (the default): the waiter is woken the moment it can go on.
     */
    default long channelPollNanos() {
        return 0;
    }

    /**
     * Called once the workload module and its {@code setup} have run, just before the workers start:
     * the point where CPython 3.13's free-threaded build immortalizes the objects it would defer.
     */
    default void beforeWorkers(Interpreter interp) {}

    /**
     * Called once when the run is over, after {@link #counters()}: where a model stops what it started
     * (an event loop, an actor system). The default does nothing.
     */
    default void close() {}

    /**
     * The model's counters, in a stable order (lock acquisitions, hand-offs, waits, ...). Called after
     * the run, when no worker is running. Names are lower-case with hyphens; time is in nanoseconds
     * and its name ends with {@code -ns}.
     */
    Map<String, Long> counters();
}

package org.gillab.workload;

/**
 * Where a model with one interpreter per worker runs each worker: a thread of this JVM
 * ({@link #THREADS}, subinterpreters), an actor, a child process. The runner does the rest (the main
 * interpreter's module, {@code setup}, starting the workers together, timing, {@code check}).
 */
public interface WorkerHost {
    /** Starts the worker; returns at once. */
    StartedWorker start(WorkerTask task);

    /** Each worker on a thread of its own in this JVM, as PEP 734's {@code Interpreter.call_in_thread}. */
    WorkerHost THREADS = ThreadWorkerHost::start;
}

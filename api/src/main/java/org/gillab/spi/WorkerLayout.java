package org.gillab.spi;

/** How a model runs a workload's workers. */
public enum WorkerLayout {
    /** Threads of one interpreter, sharing its heap and the module's globals, as Python threads do. */
    SHARED_HEAP,
    /**
     * One interpreter per worker (PEP 684/734 subinterpreters): each runs the module itself, owns its
     * objects and its own lock; values cross only by copy, through {@code shared}, channels and results.
     */
    INTERPRETER_PER_WORKER
}

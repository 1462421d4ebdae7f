package org.gillab.spi;

import org.gillab.vm.ThreadState;

/**
 * The per-thread hooks of a concurrency model: where a thread enters and leaves the interpreter,
 * the eval breaker's slow path, and the release around blocking calls. Every default does nothing.
 */
public interface ThreadHooks {
    /** A thread starts running Python code (CPython: take_gil on thread start). */
    default void attach(ThreadState ts) {}

    /** A thread stops running Python code for good (CPython: release on thread exit). */
    default void detach(ThreadState ts) {}

    /**
     * Called at a safe point (a backward jump or a call) when {@link ThreadState#evalBreaker} is
     * non-zero: the place to drop and re-take a lock. Must leave the flag cleared or re-armed.
     */
    default void onEvalBreaker(ThreadState ts) {
        ts.clearBreaker(ThreadState.MODEL_BITS); // the interpreter's own bits are answered before this hook
    }

    /**
     * Called between two instructions when {@link ThreadState#ticker} has run out, only in a JVM
     * started with {@link InstructionTicks} enabled. Must reset the ticker.
     */
    default void onTicksExpired(ThreadState ts) {
        ts.ticker = Integer.MAX_VALUE;
    }

    /** Before a call that may block (sleep, socket I/O, waiting on a lock or another worker). */
    default void beforeBlocking(ThreadState ts) {}

    /** After that call returns, before the thread touches any Python object again. */
    default void afterBlocking(ThreadState ts) {}

    /**
     * Whether this model's threads run Python code in parallel, so that the cycle collector must
     * stop the world ({@link #stopTheWorld}); false for a model where holding its lock already
     * keeps every other thread out (a GIL).
     */
    default boolean stopsTheWorld() {
        return false;
    }

    /**
     * The cycle collector is about to look at every object: return once no other thread of
     * {@code ts}'s interpreter runs Python code (CPython's {@code _PyEval_StopTheWorld}). The
     * default does nothing: under a GIL the collecting thread holds it, which is enough.
     * {@link StopTheWorldHooks} does it for models whose threads run in parallel.
     */
    default void stopTheWorld(ThreadState ts) {}

    /** Lets the threads stopped by {@link #stopTheWorld} run again. */
    default void startTheWorld(ThreadState ts) {}

    /**
     * Before native work on plain Java values (a large hash update, a deflate) that CPython runs with
     * the GIL released ({@code Py_BEGIN_ALLOW_THREADS}). It is a blocking call to every model that
     * releases a lock there, hence the default; a model whose tasks share one OS thread (gevent's
     * greenlets, asyncio's tasks) overrides it to keep running the task, since C code that drops the
     * GIL still holds the thread every other task needs.
     */
    default void beforeNativeWork(ThreadState ts) {
        beforeBlocking(ts);
    }

    /** After that native work, before the thread touches any Python object again. */
    default void afterNativeWork(ThreadState ts) {
        afterBlocking(ts);
    }

    ThreadHooks NONE = new ThreadHooks() {};
}

package org.gillab.bench;

import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.spi.ThreadHooks;
import org.gillab.vm.Interpreter;
import org.gillab.vm.ThreadState;

/**
 * The calling thread as the interpreter's runners set up a worker: a {@link ThreadState} bound to it
 * and attached to the model. The other methods are the interpreter's own call sites for the thread
 * hooks: the blocking-call pair ({@code Blocking.run}) and the eval breaker's poll ({@code Eval}).
 *
 * <p>A benchmark thread does not hold a model's lock between JMH invocations: JMH's threads meet at
 * barriers between iterations, where one holding a GIL would stop the others for good. So each
 * invocation that runs "Python" takes the lock on entry ({@link #reacquire}) and drops it on exit
 * ({@link #release}), as a thread coming back from a blocking call and going into the next one.
 */
final class BoundThread {
    private static final AtomicInteger INDEX = new AtomicInteger();

    private final ThreadState state;

    private BoundThread(ThreadState state) {
        this.state = state;
    }

    static BoundThread attach(Interpreter interpreter, ThreadHooks hooks) {
        ThreadState ts = new ThreadState(interpreter, INDEX.getAndIncrement(), hooks);
        ts.bind();
        return new BoundThread(ts);
    }

    ThreadState state() {
        return state;
    }

    /** Py_BEGIN_ALLOW_THREADS: the model's lock is released. */
    void release() {
        ThreadState.beginBlocking();
    }

    /** Py_END_ALLOW_THREADS: the model's lock is taken again. */
    void reacquire() {
        ThreadState.endBlocking();
    }

    /** A backward jump's check: a model that asked this thread to stop (a GIL's drop request) gets it here. */
    void pollEvalBreaker() {
        if (state.evalBreaker != 0) state.hooks.onEvalBreaker(state);
    }

    /** The thread leaves the interpreter (it must hold the model's lock, as after {@link #reacquire}). */
    void detach() {
        state.unbind();
    }
}

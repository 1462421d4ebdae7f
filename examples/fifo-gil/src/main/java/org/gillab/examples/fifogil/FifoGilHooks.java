package org.gillab.examples.fifogil;

import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;

/**
 * Where a thread takes and lets go of the lock. The interpreter calls these; nothing else in it knows
 * the model exists.
 */
final class FifoGilHooks implements ThreadHooks {
    private final FifoGil gil;

    FifoGilHooks(FifoGil gil) {
        this.gil = gil;
    }

    /** A thread starts running Python: nothing of the shared heap may be touched before it holds the lock. */
    @Override
    public void attach(ThreadState ts) {
        gil.acquire(ts);
    }

    /** The thread is done with Python for good. */
    @Override
    public void detach(ThreadState ts) {
        gil.release(ts);
    }

    /**
     * A safe point (a backward jump or a call) with the eval breaker set. Bits this model did not set
     * are left alone: the interpreter answers its own (a runner stopping a hung worker) before this hook.
     */
    @Override
    public void onEvalBreaker(ThreadState ts) {
        if ((ts.evalBreaker & FifoGil.HANDOFF_REQUEST) != 0) gil.yieldTurn(ts);
    }

    /** A blocking call (sleep, socket I/O, a lock wait) must not keep everyone else out while it waits. */
    @Override
    public void beforeBlocking(ThreadState ts) {
        gil.release(ts);
    }

    @Override
    public void afterBlocking(ThreadState ts) {
        gil.acquire(ts);
    }
}

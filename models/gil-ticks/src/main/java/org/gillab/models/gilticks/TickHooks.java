package org.gillab.models.gilticks;

import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;

/** Where Python 2 took and released {@code interpreter_lock}, mapped onto the interpreter's thread hooks. */
final class TickHooks implements ThreadHooks {
    private final InterpreterLock lock;
    private final int checkInterval;

    TickHooks(InterpreterLock lock, int checkInterval) {
        this.lock = lock;
        this.checkInterval = checkInterval;
    }

    /** PyEval_AcquireThread on thread start: the thread goes on with the global ticker. */
    @Override
    public void attach(ThreadState ts) {
        lock.acquire(ts);
    }

    /** PyEval_ReleaseThread on thread exit. */
    @Override
    public void detach(ThreadState ts) {
        lock.release(ts, false);
    }

    /**
     * ceval.c when {@code --_Py_Ticker < 0}: reset the ticker, then "Give another thread a chance":
     * release and immediately acquire again. Nothing hands the lock to a waiter, so the releasing
     * thread, still on its core, usually takes it back before the woken waiter gets there.
     */
    @Override
    public void onTicksExpired(ThreadState ts) {
        ts.ticker = checkInterval; // _Py_Ticker = _Py_CheckInterval, handed over with the lock
        lock.release(ts, true);
        lock.acquire(ts);
    }

    /** Py_BEGIN_ALLOW_THREADS. */
    @Override
    public void beforeBlocking(ThreadState ts) {
        lock.release(ts, false);
    }

    /** Py_END_ALLOW_THREADS. */
    @Override
    public void afterBlocking(ThreadState ts) {
        lock.acquire(ts);
    }
}

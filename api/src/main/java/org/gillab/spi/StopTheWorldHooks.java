package org.gillab.spi;

import org.gillab.vm.ThreadState;

/**
 * Thread hooks that can stop the world, wrapped around a model's own: what a model whose threads run
 * Python code in parallel (free-threaded, fine-grained, unsafe) needs so that the cycle collector
 * sees every object at rest. It follows CPython 3.13's {@code _PyEval_StopTheWorld}
 * (Python/pystate.c):
 *
 * <ul>
 *   <li>Each thread is <em>attached</em> (running Python code), <em>detached</em> (in a blocking
 *       call, or not started) or <em>parked</em> ({@link ThreadState#worldState}).</li>
 *   <li>The stopper sets {@code stopRequested}, sets {@link ThreadState#STOP_BIT} in every other
 *       thread's eval breaker, and waits until none is attached. A detached thread already counts
 *       as stopped: it touches no Python object until it re-attaches.</li>
 *   <li>A thread that sees the bit at its next safe point parks: it releases what the model lets a
 *       blocked thread release (its critical sections, through the model's
 *       {@link ThreadHooks#beforeBlocking}), says it is parked and waits for the restart.</li>
 *   <li>A thread returning from a blocking call, or attaching, waits while the world is stopped
 *       (CPython's {@code tstate_wait_attach} on a suspended state).</li>
 * </ul>
 *
 * All state changes happen under this object's monitor, so the stopper's check "no thread is
 * attached" and a thread's "the world is not stopped, I attach" cannot interleave. The monitor is
 * taken only where a thread's state changes (blocking calls, attach, detach, parking): never on the
 * eval loop's path, which reads the breaker word only.
 */
public final class StopTheWorldHooks implements ThreadHooks {
    private final ThreadHooks model;
    private boolean stopRequested;
    private ThreadState stopper;

    public StopTheWorldHooks(ThreadHooks model) {
        this.model = model;
    }

    @Override
    public boolean stopsTheWorld() {
        return true;
    }

    @Override
    public void attach(ThreadState ts) {
        synchronized (this) {
            waitForRestart(ts);
            ts.worldState = ThreadState.ATTACHED;
        }
        model.attach(ts);
    }

    @Override
    public void detach(ThreadState ts) {
        model.detach(ts);
        synchronized (this) {
            ts.worldState = ThreadState.DETACHED;
            notifyAll();
        }
    }

    @Override
    public void onEvalBreaker(ThreadState ts) {
        if ((ts.evalBreaker & ThreadState.STOP_BIT) != 0) {
            ts.clearBreaker(ThreadState.STOP_BIT);
            park(ts);
        }
        model.onEvalBreaker(ts);
    }

    @Override
    public void onTicksExpired(ThreadState ts) {
        model.onTicksExpired(ts);
    }

    @Override
    public void beforeBlocking(ThreadState ts) {
        model.beforeBlocking(ts);
        synchronized (this) {
            ts.worldState = ThreadState.DETACHED;
            if (stopRequested) notifyAll();
        }
    }

    @Override
    public void afterBlocking(ThreadState ts) {
        synchronized (this) {
            waitForRestart(ts);
            ts.worldState = ThreadState.ATTACHED;
        }
        model.afterBlocking(ts);
    }

    /** Parks at a safe point until the world restarts (CPython's _PyThreadState_Suspend, then attach). */
    private void park(ThreadState ts) {
        model.beforeBlocking(ts);
        synchronized (this) {
            ts.worldState = ThreadState.PARKED;
            notifyAll();
            waitForRestart(ts);
            ts.worldState = ThreadState.ATTACHED;
        }
        model.afterBlocking(ts);
    }

    private void waitForRestart(ThreadState ts) {
        boolean interrupted = false;
        while (stopRequested && stopper != ts) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true; // the stop is short; keep the interrupt for the code that waits on it
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    @Override
    public void stopTheWorld(ThreadState ts) {
        synchronized (this) {
            stopRequested = true;
            stopper = ts;
            boolean interrupted = false;
            while (true) {
                boolean anyAttached = false;
                for (ThreadState t : ts.interp.gc.threads()) {
                    if (t != ts && t.worldState == ThreadState.ATTACHED) {
                        anyAttached = true;
                        t.requestBreaker(ThreadState.STOP_BIT);
                    }
                }
                if (!anyAttached) break;
                try {
                    wait(1); // a thread busy in one long operation reaches its safe point later; ask again
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    @Override
    public void startTheWorld(ThreadState ts) {
        synchronized (this) {
            stopRequested = false;
            stopper = null;
            notifyAll();
        }
    }

    /** The model's own hooks. */
    public ThreadHooks model() {
        return model;
    }
}

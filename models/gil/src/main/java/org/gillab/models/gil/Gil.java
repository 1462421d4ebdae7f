package org.gillab.models.gil;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.spi.LockTrace;
import org.gillab.vm.ThreadState;

/**
 * The GIL of {@code Python/ceval_gil.c} ({@code struct _gil_runtime_state}): a {@code locked} flag
 * guarded by {@code mutex} and signalled on {@code cond}, plus {@code switch_mutex}/{@code switch_cond}
 * through which a thread forced to drop waits until another thread has taken it (FORCE_SWITCHING).
 *
 * <p>The counters are plain fields written under {@code mutex} (or {@code switchMutex} for the
 * forced-switch wait), so they cost nothing beyond the locking CPython does anyway.
 */
final class Gil {
    /** The drop-request bit in a thread's eval breaker ({@code _PY_GIL_DROP_REQUEST_BIT}). */
    static final int DROP_REQUEST = 1;

    /** Why a thread drops the GIL. */
    enum Drop {
        /** At an eval-breaker check, asked to by a waiter. */
        REQUESTED,
        /** Around a blocking call (Py_BEGIN_ALLOW_THREADS). */
        BLOCKING,
        /** The thread leaves the interpreter (drop_gil's final_release). */
        FINAL
    }

    private final long intervalNanos;
    private final boolean forceSwitching;

    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition cond = mutex.newCondition();
    private final ReentrantLock switchMutex = new ReentrantLock();
    private final Condition switchCond = switchMutex.newCondition();

    private boolean locked; // guarded by mutex
    private long switchNumber; // guarded by mutex
    // written under mutex, read under switchMutex alone by a forced drop: volatile for that read
    private volatile ThreadState lastHolder;

    private long acquisitions; // the counters below: guarded by mutex
    private long contendedAcquisitions;
    private long dropRequests;
    private long forcedDrops;
    private long forcedDropsRetaken;
    private long voluntaryDrops;
    private long waitNanos;
    private long forcedSwitchWaitNanos; // guarded by switchMutex

    Gil(GilSettings settings) {
        this.intervalNanos = settings.intervalNanos();
        this.forceSwitching = settings.forceSwitching();
    }

    /** take_gil: wait while locked, asking the holder to drop after each interval without a switch. */
    void take(ThreadState ts) {
        take(ts, false);
    }

    /** _Py_HandlePending's answer to a drop request: _PyThreadState_Detach, then _PyThreadState_Attach. */
    void yieldOnRequest(ThreadState ts) {
        drop(ts, Drop.REQUESTED);
        take(ts, true);
    }

    private void take(ThreadState ts, boolean afterRequestedDrop) {
        boolean interrupted = false;
        mutex.lock();
        try {
            acquisitions++;
            if (locked) {
                contendedAcquisitions++;
                LockTrace.waiting(ts.index);
                long start = System.nanoTime();
                while (locked) {
                    long savedSwitchNumber = switchNumber;
                    boolean timedOut;
                    try {
                        timedOut = cond.awaitNanos(intervalNanos) <= 0;
                    } catch (InterruptedException e) {
                        // take_gil is not interruptible: keep the interrupt for the code that runs once the GIL is held
                        interrupted = true;
                        timedOut = false;
                    }
                    if (timedOut && locked && switchNumber == savedSwitchNumber) {
                        requestDrop(lastHolder);
                    }
                }
                waitNanos += System.nanoTime() - start;
            }
            if (afterRequestedDrop && lastHolder == ts) forcedDropsRetaken++;
            if (forceSwitching) {
                switchMutex.lock(); // last_holder changes under switch_mutex: a forced drop reads it there
                try {
                    lockFor(ts);
                    switchCond.signal();
                } finally {
                    switchMutex.unlock();
                }
            } else {
                lockFor(ts);
            }
            ts.clearBreaker(DROP_REQUEST);
        } finally {
            mutex.unlock();
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void requestDrop(ThreadState holder) {
        // a holder always exists while locked: take sets last_holder before anyone can see locked
        holder.requestBreaker(DROP_REQUEST);
        dropRequests++;
    }

    private void lockFor(ThreadState ts) {
        locked = true;
        LockTrace.acquired(ts.index);
        if (lastHolder != ts) {
            lastHolder = ts;
            switchNumber++;
        }
    }

    /** drop_gil: unlock, wake one waiter, and after a requested drop wait until someone else has the GIL. */
    void drop(ThreadState ts, Drop why) {
        boolean forced;
        mutex.lock();
        try {
            if (!locked) throw new IllegalStateException("drop_gil: the GIL is not locked (thread " + ts.index + ")");
            forced = why != Drop.FINAL && (ts.evalBreaker & DROP_REQUEST) != 0;
            if (forced) forcedDrops++;
            if (why == Drop.BLOCKING) voluntaryDrops++;
            if (why != Drop.FINAL) lastHolder = ts;
            locked = false;
            LockTrace.released(ts.index);
            cond.signal();
        } finally {
            mutex.unlock();
        }
        if (forced && forceSwitching) awaitSwitch(ts);
    }

    /**
     * FORCE_SWITCHING: without this wait the dropping thread, still running on its core, would usually
     * take the GIL straight back (the old GIL's "battle"), and timeslices would stretch far past the interval.
     */
    private void awaitSwitch(ThreadState ts) {
        switchMutex.lock();
        try {
            if (lastHolder != ts) return;
            ts.clearBreaker(DROP_REQUEST);
            long start = System.nanoTime();
            // CPython waits once; a Java condition may wake spuriously, and only another taker changes last_holder
            while (lastHolder == ts) switchCond.awaitUninterruptibly();
            forcedSwitchWaitNanos += System.nanoTime() - start;
        } finally {
            switchMutex.unlock();
        }
    }

    /** The counters, in a stable order; read under both locks so that a late reader sees every update. */
    Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        mutex.lock();
        try {
            c.put("acquisitions", acquisitions);
            c.put("contended-acquisitions", contendedAcquisitions);
            c.put("switches", switchNumber);
            c.put("drop-requests", dropRequests);
            c.put("forced-drops", forcedDrops);
            c.put("forced-drops-retaken", forcedDropsRetaken);
            c.put("voluntary-drops", voluntaryDrops);
            c.put("wait-ns", waitNanos);
        } finally {
            mutex.unlock();
        }
        switchMutex.lock();
        try {
            c.put("forced-switch-wait-ns", forcedSwitchWaitNanos);
        } finally {
            switchMutex.unlock();
        }
        return c;
    }
}

package org.gillab.models.gilticks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.spi.LockTrace;
import org.gillab.vm.ThreadState;

/**
 * Python 2's {@code interpreter_lock}: a PyThread_type_lock as {@code Python/thread_pthread.h} builds
 * it without semaphores, a {@code locked} flag guarded by a mutex with a condition that a release
 * signals. A release hands nothing over: whoever reaches the mutex first with the flag clear wins.
 *
 * <p>The counters are plain fields written under the mutex.
 */
final class InterpreterLock {
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition released = mutex.newCondition();

    /**
     * Python 2's {@code _Py_Ticker}: one count for the whole process, not one per thread. The
     * interpreter counts down the running thread's {@code ThreadState.ticker}; since only the lock's
     * holder runs, handing the count over with the lock (loaded on every acquire, stored on every
     * release) makes it that one global count: a thread that takes the lock goes on from where the
     * last holder stopped. Written and read under the mutex.
     */
    private int ticker;

    InterpreterLock(int checkInterval) {
        this.ticker = checkInterval;
    }

    private boolean locked; // the fields below: guarded by mutex
    private ThreadState lastHolder;
    private int waiters;

    private long acquisitions;
    private long contendedAcquisitions;
    private long releases;
    private long switches;
    private long reacquiredBySameThread;
    private long failedWakeups;
    private long waitNanos;

    /** PyThread_acquire_lock(interpreter_lock, 1). */
    void acquire(ThreadState ts) {
        mutex.lock();
        try {
            acquisitions++;
            if (locked) {
                contendedAcquisitions++;
                waiters++;
                LockTrace.waiting(ts.index);
                long start = System.nanoTime();
                while (true) {
                    // pthread_cond_wait cannot be interrupted either
                    released.awaitUninterruptibly();
                    if (!locked) break;
                    failedWakeups++; // woken by a release, but the lock was taken again first
                }
                waitNanos += System.nanoTime() - start;
                waiters--;
            }
            locked = true;
            ts.ticker = ticker;
            LockTrace.acquired(ts.index);
            if (lastHolder != ts) {
                lastHolder = ts;
                switches++;
            } else if (waiters > 0) {
                reacquiredBySameThread++;
            }
        } finally {
            mutex.unlock();
        }
    }

    /** PyThread_release_lock(interpreter_lock); {@code tick}: the release of an expired ticker. */
    void release(ThreadState ts, boolean tick) {
        mutex.lock();
        try {
            if (!locked) throw new IllegalStateException("interpreter lock released while not held (thread " + ts.index + ")");
            if (tick) releases++;
            ticker = ts.ticker;
            locked = false;
            LockTrace.released(ts.index);
            released.signal();
        } finally {
            mutex.unlock();
        }
    }

    /** The counters, in a stable order. */
    Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        mutex.lock();
        try {
            c.put("acquisitions", acquisitions);
            c.put("contended-acquisitions", contendedAcquisitions);
            c.put("releases", releases);
            c.put("switches", switches);
            c.put("reacquired-by-same-thread", reacquiredBySameThread);
            c.put("failed-wakeups", failedWakeups);
            c.put("wait-ns", waitNanos);
        } finally {
            mutex.unlock();
        }
        return c;
    }
}

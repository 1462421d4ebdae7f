package org.gillab.models.freethreaded;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * The per-object lock (PEP 703's {@code ob_mutex}, a {@code PyMutex}), as CPython 3.14's
 * {@code Python/lock.c} runs it ({@code _PyMutex_LockTimed}, {@code _PyMutex_TryUnlock},
 * {@code mutex_unpark}):
 *
 * <ul>
 *   <li>uncontended, taking it is one compare-and-swap of the state and releasing it one store;</li>
 *   <li>a thread that finds it taken retries up to {@code spins} times (lock.c's
 *       {@code MAX_SPIN_COUNT}, 40 in the free-threaded build), yielding the processor between tries
 *       ({@code _Py_yield}, {@code sched_yield}), but only while no waiter is parked: lock.c spins only
 *       while {@code _Py_HAS_PARKED} is clear;</li>
 *   <li>then it parks in the synchronizer's queue (CPython's parking lot), first in first out;</li>
 *   <li>an unlock with waiters wakes the first; if that one has waited more than 1 ms since it began
 *       to wait ({@code TIME_TO_BE_FAIR_NS}), the lock is handed to it directly (it stays locked, so no
 *       other thread can barge in), else the lock is released and the woken thread competes for it
 *       like any newcomer. This bounds starvation without paying a hand-off on every contended
 *       unlock.</li>
 * </ul>
 *
 * The holder and its nesting depth are written only by the holder; the synchronizer's owner field
 * holds the holder, which is what a thread dump reports as the lock's owner.
 */
final class ObjectMutex extends AbstractQueuedSynchronizer {
    /** lock.c's {@code TIME_TO_BE_FAIR_NS}: a waiter older than this is handed the lock. */
    static final long TIME_TO_BE_FAIR_NS = 1_000_000;

    /** How many of the holder's active critical sections are on this object. */
    int depth;

    /** The waiter the last unlock handed the lock to, until it takes it. */
    private volatile Thread handedTo;

    /** When each parked waiter began to wait (the contended path only; created on first contention). */
    private volatile ConcurrentHashMap<Thread, Long> waitingSince;

    boolean tryLock() {
        return compareAndSetState(0, 1);
    }

    /**
     * Tries up to {@code spins} more times, yielding between tries, and stops as soon as a waiter is
     * parked (lock.c spins only while {@code _Py_HAS_PARKED} is clear); true if it got the lock.
     */
    boolean spin(int spins) {
        for (int i = 0; i < spins; i++) {
            if (hasQueuedThreads()) return false;
            Thread.yield();
            if (getState() == 0 && tryLock()) return true;
        }
        return false;
    }

    /** Waits in the queue until it gets the lock (parks); {@code since}: when this thread began to wait. */
    void lockParked(long since) {
        ConcurrentHashMap<Thread, Long> w = waiting();
        Thread me = Thread.currentThread();
        w.put(me, since);
        try {
            acquire(1);
        } finally {
            w.remove(me);
        }
    }

    private ConcurrentHashMap<Thread, Long> waiting() {
        ConcurrentHashMap<Thread, Long> w = waitingSince;
        if (w == null) {
            synchronized (this) {
                w = waitingSince;
                if (w == null) waitingSince = w = new ConcurrentHashMap<>();
            }
        }
        return w;
    }

    /** The lock was just taken by {@code me}. */
    void taken(Thread me) {
        setExclusiveOwnerThread(me);
        depth = 1;
    }

    /** Drops one section of the holder; the last one releases the lock. */
    void exitOne() {
        if (--depth == 0) {
            setExclusiveOwnerThread(null);
            release(1);
        }
    }

    /** The thread whose critical sections hold it, or null. */
    Thread holder() {
        return getExclusiveOwnerThread();
    }

    boolean isLocked() {
        return getState() != 0;
    }

    @Override
    protected boolean tryAcquire(int arg) {
        if (handedTo == Thread.currentThread()) { // the unlock left it locked for this thread
            handedTo = null;
            return true;
        }
        return compareAndSetState(0, 1);
    }

    /** lock.c's unlock: hand the lock to the first waiter if it has waited 1 ms, else release it. */
    @Override
    protected boolean tryRelease(int arg) {
        Thread first = hasQueuedThreads() ? getFirstQueuedThread() : null;
        if (first != null) {
            ConcurrentHashMap<Thread, Long> w = waitingSince;
            Long since = w == null ? null : w.get(first);
            if (since != null && System.nanoTime() - since > TIME_TO_BE_FAIR_NS) {
                handedTo = first; // the state stays locked: nobody barges in before it wakes
                return true;
            }
        }
        setState(0);
        return true;
    }

    @Override
    protected boolean isHeldExclusively() {
        return getState() != 0;
    }
}

package org.gillab.models.freethreaded;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * The per-object lock (PEP 703's {@code ob_mutex}, a {@code PyMutex}): uncontended, taking it is one
 * compare-and-swap of the state and releasing it one store; a waiter that has spun briefly parks in
 * the synchronizer's queue. The holder and its nesting depth are written only by the holder.
 */
final class ObjectMutex extends AbstractQueuedSynchronizer {
    /** How many of the holder's active critical sections are on this object. */
    int depth;

    boolean tryLock() {
        return compareAndSetState(0, 1);
    }

    /** Tries {@code spins} more times, pausing between tries; true if it got the lock. */
    boolean spin(int spins) {
        for (int i = 0; i < spins; i++) {
            Thread.onSpinWait();
            if (getState() == 0 && tryLock()) return true;
        }
        return false;
    }

    /** Waits in the queue until it gets the lock (parks). */
    void lockParked() {
        acquire(1);
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

    /**
     * The thread whose critical sections hold it, or null: the synchronizer's own owner field (a plain
     * field, written only by the holder), which is also what a thread dump reports as the lock's owner.
     */
    Thread holder() {
        return getExclusiveOwnerThread();
    }

    boolean isLocked() {
        return getState() != 0;
    }

    @Override
    protected boolean tryAcquire(int arg) {
        return compareAndSetState(0, 1);
    }

    @Override
    protected boolean tryRelease(int arg) {
        setState(0);
        return true;
    }

    @Override
    protected boolean isHeldExclusively() {
        return getState() != 0;
    }
}

package org.gillab.models.freethreaded;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * The per-object lock (PEP 703's {@code ob_mutex}, a {@code PyMutex}): uncontended, taking it is one
 * compare-and-swap of the state and releasing it one store; a waiter that has spun briefly parks in
 * the synchronizer's queue. The holder and its nesting depth are written only by the holder.
 */
final class ObjectMutex extends AbstractQueuedSynchronizer {
    /** The thread whose critical sections hold it, or null. */
    Thread holder;
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
        holder = me;
        depth = 1;
        setExclusiveOwnerThread(me); // a plain write, so that a thread dump names who holds the object
    }

    /** Drops one section of the holder; the last one releases the lock. */
    void exitOne() {
        if (--depth == 0) {
            holder = null;
            setExclusiveOwnerThread(null);
            release(1);
        }
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

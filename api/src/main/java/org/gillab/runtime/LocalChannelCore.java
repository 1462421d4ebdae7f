package org.gillab.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A channel's queue in this JVM: a deque behind a lock with two conditions, held only for a few
 * instructions. Every model uses it, the shared-heap ones with references, the isolated ones with
 * copies; a child process's channels are this, kept by its parent.
 *
 * <p>A waiter is either woken by the operation that lets it go on (a condition signal), or, with a
 * poll interval, tries again after each interval: what CPython 3.14's
 * {@code concurrent.interpreters.Queue.get}/{@code put} do ({@code Lib/concurrent/interpreters/_queues.py}:
 * on {@code QueueEmpty}/{@code QueueFull} they {@code time.sleep(_delay)}, 10 ms, and retry), since
 * {@code _interpqueues} has no way to block across interpreters. A value that arrives just after a
 * try then waits out the rest of the interval.
 */
public final class LocalChannelCore implements ChannelCore {
    /** Sleeps taken by polling waiters, in every channel of this JVM (a run's counter {@code channel-poll-sleeps}). */
    private static final LongAdder POLL_SLEEPS = new LongAdder();

    private final boolean copies;
    private final int maxsize;
    private final long pollNanos;
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private boolean closed; // guarded by lock

    public LocalChannelCore(int maxsize, boolean copies) {
        this(maxsize, copies, 0);
    }

    /** {@code pollNanos}: 0 for waiters woken by a signal, else the interval at which they try again. */
    public LocalChannelCore(int maxsize, boolean copies, long pollNanos) {
        this.maxsize = maxsize;
        this.copies = copies;
        this.pollNanos = pollNanos;
    }

    /** The polling waiters' sleeps so far in this JVM. */
    public static long pollSleeps() {
        return POLL_SLEEPS.sum();
    }

    public static void resetPollSleeps() {
        POLL_SLEEPS.reset();
    }

    private void pollSleep() throws InterruptedException {
        POLL_SLEEPS.increment();
        Thread.sleep(pollNanos / 1_000_000, (int) (pollNanos % 1_000_000));
    }

    @Override public boolean copies() { return copies; }

    private boolean full() {
        return maxsize > 0 && items.size() >= maxsize;
    }

    @Override
    public int trySend(Object item) {
        lock.lock();
        try {
            if (closed) return CLOSED;
            if (full()) return WAIT;
            items.add(item);
            notEmpty.signal();
            return SENT;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int sendWaiting(Object item) throws InterruptedException {
        if (pollNanos > 0) {
            int r;
            while ((r = trySend(item)) == WAIT) pollSleep();
            return r;
        }
        lock.lockInterruptibly();
        try {
            while (!closed && full()) notFull.await();
            if (closed) return CLOSED;
            items.add(item);
            notEmpty.signal();
            return SENT;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Object tryRecv() {
        lock.lock();
        try {
            Object v = items.poll();
            if (v != null) {
                notFull.signal();
                return v;
            }
            return closed ? null : WOULD_WAIT;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Object recvWaiting() throws InterruptedException {
        if (pollNanos > 0) {
            Object v;
            while ((v = tryRecv()) == WOULD_WAIT) pollSleep();
            return v;
        }
        lock.lockInterruptibly();
        try {
            while (items.isEmpty() && !closed) notEmpty.await();
            Object v = items.poll();
            if (v != null) notFull.signal();
            return v;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Object[] drain() {
        lock.lock();
        try {
            Object[] left = items.toArray();
            items.clear();
            notFull.signalAll();
            return left;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Object[] snapshot() {
        lock.lock();
        try {
            return items.toArray();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String describe() {
        lock.lock();
        try {
            return (closed ? "closed" : "open") + ", " + items.size() + " waiting" + (maxsize > 0 ? " of " + maxsize : "");
        } finally {
            lock.unlock();
        }
    }
}

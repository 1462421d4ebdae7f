package org.gillab.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A channel's queue in this JVM: a deque behind a lock with two conditions, held only for a few
 * instructions. Every model uses it, the shared-heap ones with references, the isolated ones with
 * copies; a child process's channels are this, kept by its parent.
 */
public final class LocalChannelCore implements ChannelCore {
    private final boolean copies;
    private final int maxsize;
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private boolean closed; // guarded by lock

    public LocalChannelCore(int maxsize, boolean copies) {
        this.maxsize = maxsize;
        this.copies = copies;
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

package org.gillab.examples.fifogil;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.spi.LockTrace;
import org.gillab.vm.ThreadState;

/**
 * One global lock, handed over in strict arrival order. A thread that finds it held joins the back of
 * a queue and waits on a condition of its own. Whoever lets go of the lock gives it straight to the
 * front of the queue, so the lock is never free while anyone waits: neither a newcomer nor the thread
 * that just let go can take it first.
 *
 * <p>That is the one difference from {@code models/gil} (CPython's {@code take_gil}), where a release
 * wakes one waiter and the lock goes to whichever thread reaches the mutex first. The switch interval
 * works the same way: a waiter that has seen no hand-over for a whole interval sets the holder's eval
 * breaker, and the holder gives the lock away at its next safe point.
 *
 * <p>{@code mutex} guards every field below it, the counters included: they cost nothing beyond the
 * locking the hand-over needs anyway.
 */
final class FifoGil {
    /** The bit a waiter sets in the holder's {@link ThreadState#evalBreaker}: hand over at your next safe point. */
    static final int HANDOFF_REQUEST = 1;

    private final long intervalNanos;
    private final ReentrantLock mutex = new ReentrantLock();
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>(); // the front has waited longest
    private ThreadState holder; // null only while the queue is empty: a release with waiters hands over

    private long acquisitions;
    private long contendedAcquisitions;
    private long handoffs; // also tells a waiter whether the holder changed during its interval
    private long handoffRequests;
    private long forcedSwitches;
    private long waitNanos;

    /** A queued thread. The releaser sets {@code granted} before it signals: the waiter wakes up owning the lock. */
    private static final class Waiter {
        final ThreadState ts;
        final Condition turn;
        boolean granted;

        Waiter(ThreadState ts, Condition turn) {
            this.ts = ts;
            this.turn = turn;
        }
    }

    FifoGil(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** Takes the lock, or queues behind everyone already waiting and returns once handed it. */
    void acquire(ThreadState ts) {
        boolean interrupted = false;
        mutex.lock();
        try {
            acquisitions++;
            if (holder == null) {
                holder = ts;
                LockTrace.acquired(ts.index); // for gillab run --trace; compiles to nothing when tracing is off
            } else {
                interrupted = waitForTurn(ts);
            }
        } finally {
            mutex.unlock();
        }
        // a Python thread cannot give up on the GIL: keep the interrupt for the code that runs once it holds it
        if (interrupted) Thread.currentThread().interrupt();
    }

    private boolean waitForTurn(ThreadState ts) {
        contendedAcquisitions++;
        Waiter me = new Waiter(ts, mutex.newCondition());
        queue.addLast(me);
        LockTrace.waiting(ts.index);
        long start = System.nanoTime();
        boolean interrupted = false;
        while (!me.granted) {
            long handoffsBefore = handoffs;
            boolean timedOut;
            try {
                timedOut = me.turn.awaitNanos(intervalNanos) <= 0;
            } catch (InterruptedException e) {
                interrupted = true;
                timedOut = false;
            }
            // ask only if one holder has had the whole interval: whoever just got the lock gets a full one
            if (timedOut && !me.granted && handoffs == handoffsBefore) requestHandOver();
        }
        waitNanos += System.nanoTime() - start;
        return interrupted;
    }

    /**
     * Sets the holder's bit, once: a holder that has not reached a safe point yet (descheduled on a
     * busy machine, or just handed the lock and not yet awake) is not asked again by every waiter.
     */
    private void requestHandOver() {
        if ((holder.evalBreaker & HANDOFF_REQUEST) != 0) return;
        holder.requestBreaker(HANDOFF_REQUEST);
        handoffRequests++;
    }

    /** Lets go of the lock: to the front of the queue if anyone waits, else it becomes free. */
    void release(ThreadState ts) {
        mutex.lock();
        try {
            handOver(ts, false);
        } finally {
            mutex.unlock();
        }
    }

    /**
     * The holder's answer to a hand-over request, at a safe point: the lock goes to the front of the
     * queue and this thread joins the back, behind every thread that was already waiting.
     */
    void yieldTurn(ThreadState ts) {
        mutex.lock();
        try {
            handOver(ts, true);
        } finally {
            mutex.unlock();
        }
        acquire(ts);
    }

    private void handOver(ThreadState ts, boolean requested) {
        if (holder != ts) throw new IllegalStateException("fifo-gil: thread " + ts.index + " releases a lock it does not hold");
        ts.clearBreaker(HANDOFF_REQUEST); // answered, or moot: whoever runs next is not this thread
        LockTrace.released(ts.index);
        Waiter next = queue.pollFirst();
        if (next == null) {
            holder = null;
            return;
        }
        holder = next.ts;
        LockTrace.acquired(next.ts.index);
        next.granted = true;
        handoffs++;
        if (requested) forcedSwitches++;
        next.turn.signal();
    }

    /** The counters, in a stable order. */
    Map<String, Long> counters() {
        mutex.lock();
        try {
            Map<String, Long> c = new LinkedHashMap<>();
            c.put("acquisitions", acquisitions);
            c.put("contended-acquisitions", contendedAcquisitions);
            c.put("handoffs", handoffs);
            c.put("handoff-requests", handoffRequests);
            c.put("forced-switches", forcedSwitches);
            c.put("wait-ns", waitNanos);
            return c;
        } finally {
            mutex.unlock();
        }
    }
}

package org.gillab.models.finegrained;

import java.util.concurrent.atomic.AtomicLongArray;

import org.gillab.vm.PyThread;

/**
 * The container-lock counts. Unlike the refcount mutex, per-container locks are not one lock whose
 * holder could count for everyone, and a shared atomic counter would itself be a contended cache
 * line on every container access; so each thread counts in its own {@link PyThread#modelCounters}
 * and hands its counts in when it detaches. A thread that is not a PyThread (a test calling in
 * directly) counts in a shared atomic array instead.
 */
final class ContainerCounters {
    static final int ACQUISITIONS = 0;
    static final int CONTENDED = 1;
    static final int WAIT_NS = 2;
    static final int CREATED = 3;
    private static final int SLOTS = 4;

    private final AtomicLongArray foreign = new AtomicLongArray(SLOTS);
    private final long[] totals = new long[SLOTS];

    void add(int slot, long n) {
        if (Thread.currentThread() instanceof PyThread p) p.modelCounters[slot] += n;
        else foreign.addAndGet(slot, n);
    }

    /**
     * Moves the calling thread's counts into the totals, leaving its slots at zero so that nothing
     * is counted twice.
     */
    synchronized void collectCallingThread() {
        if (!(Thread.currentThread() instanceof PyThread p)) return;
        long[] mine = p.modelCounters;
        for (int i = 0; i < SLOTS; i++) {
            totals[i] += mine[i];
            mine[i] = 0;
        }
    }

    synchronized long total(int slot) {
        return totals[slot] + foreign.get(slot);
    }
}

package org.gillab.models.freethreaded;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.gillab.vm.PyThread;

/**
 * The model's counters. Reference-count events are counted in the calling thread's
 * {@link PyThread#modelCounters} (plain stores, no sharing) and added to the totals when the thread
 * detaches; a thread that is not a {@code PyThread} counts into the totals directly.
 */
final class Counters {
    static final int LOCAL_OPS = 0;
    static final int SHARED_OPS = 1;
    static final int DEFERRED_OPS = 2;
    static final int MERGES = 3;
    static final int QUEUED = 4;
    static final int ABANDONED = 5;
    static final int OPTIMISTIC_READS = 6;
    static final int OPTIMISTIC_RETRIES = 7;
    private static final int SLOTS = 8;

    private final LongAdder[] totals = new LongAdder[SLOTS];
    private final LongAdder csAcquisitions = new LongAdder();
    private final LongAdder csContended = new LongAdder();
    private final LongAdder csSuspensions = new LongAdder();
    private final LongAdder immortalized = new LongAdder();
    private final LongAdder deferredObjects = new LongAdder();
    private final boolean localOpsCounted;

    Counters(boolean localOpsCounted) {
        this.localOpsCounted = localOpsCounted;
        for (int i = 0; i < SLOTS; i++) totals[i] = new LongAdder();
    }

    void bump(int slot) {
        if (Thread.currentThread() instanceof PyThread p) p.modelCounters[slot]++;
        else totals[slot].increment();
    }

    /** Forgets what the calling thread counted before it attached (it belonged to no run of this model). */
    void clearThread() {
        if (Thread.currentThread() instanceof PyThread p) java.util.Arrays.fill(p.modelCounters, 0);
    }

    /** Adds the calling thread's counts to the totals and clears them. */
    void collectThread(SectionStack sections) {
        if (Thread.currentThread() instanceof PyThread p) {
            for (int i = 0; i < SLOTS; i++) {
                totals[i].add(p.modelCounters[i]);
                p.modelCounters[i] = 0;
            }
        }
        csAcquisitions.add(sections.acquisitions);
        csContended.add(sections.contended);
        csSuspensions.add(sections.suspensions);
        sections.acquisitions = sections.contended = sections.suspensions = 0;
    }

    void immortalized(int n) {
        immortalized.add(n);
    }

    void deferredObjects(int n) {
        deferredObjects.add(n);
    }

    Map<String, Long> snapshot() {
        Map<String, Long> m = new LinkedHashMap<>();
        if (localOpsCounted) m.put("local-refcount-ops", totals[LOCAL_OPS].sum());
        m.put("shared-refcount-ops", totals[SHARED_OPS].sum());
        m.put("deferred-refcount-ops", totals[DEFERRED_OPS].sum());
        m.put("merges", totals[MERGES].sum());
        m.put("queued-merges", totals[QUEUED].sum());
        m.put("abandoned-merges", totals[ABANDONED].sum());
        m.put("immortalized", immortalized.sum());
        m.put("deferred-objects", deferredObjects.sum());
        m.put("cs-acquisitions", csAcquisitions.sum());
        m.put("cs-contended", csContended.sum());
        m.put("cs-suspensions", csSuspensions.sum());
        m.put("optimistic-reads", totals[OPTIMISTIC_READS].sum());
        m.put("optimistic-read-retries", totals[OPTIMISTIC_RETRIES].sum());
        return m;
    }
}

package org.gillab.harness.sweep;

import java.util.Map;

/**
 * One run of a cell, as the forked JVM measured it.
 *
 * @param status      ok, racy (the check counted lost updates, a measured outcome), failed, timeout or not-applicable
 * @param correct     the check passed and the audit was clean (null: not applicable, or no verdict)
 * @param reason      why it is not ok (null when it is)
 * @param peakHeapBytes the JVM's peak heap use during the run (the heap pools' peaks, reset before it)
 * @param trace       with {@code --trace}, who held the model's lock over the first moments of the work (else null)
 * @param lost        for a racy run, the updates its check counted as lost (else null)
 */
public record RunSample(String status, long wallNanos, long cpuNanos, long peakHeapBytes, Boolean correct,
                        String reason, Map<String, Long> counters, LockHolds trace, LostUpdates lost) {
    public static final String OK = "ok", RACY = "racy", FAILED = "failed", TIMEOUT = "timeout", NOT_APPLICABLE = "not-applicable";

    public RunSample {
        counters = counters == null ? Map.of() : Map.copyOf(counters);
    }

    /** A run that lost no update it counted. */
    public RunSample(String status, long wallNanos, long cpuNanos, long peakHeapBytes, Boolean correct,
                     String reason, Map<String, Long> counters, LockHolds trace) {
        this(status, wallNanos, cpuNanos, peakHeapBytes, correct, reason, counters, trace, null);
    }

    /**
     * Updates a racing program lost: the result of a race measured, not a broken run. A workload's check
     * reports them by printing one line holding {@code racy, lost N of M updates} (see docs/workloads.md).
     */
    public record LostUpdates(long lost, long of) {
        private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("racy, lost (\\d+) of (\\d+) updates");

        /** The count a check printed in {@code output}, or null. */
        public static LostUpdates in(String output) {
            java.util.regex.Matcher m = LINE.matcher(output);
            return m.find() ? new LostUpdates(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))) : null;
        }

        /** e.g. {@code lost 39,619 of 200,000 (19.8 %)}. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "lost %,d of %,d (%.1f %%)", lost, of, of == 0 ? 0.0 : 100.0 * lost / of);
        }
    }

    /** A cell that never produced a run (its JVM died, stopped answering, could not start). */
    public static RunSample lost(String status, String reason) {
        return new RunSample(status, 0, 0, 0, status.equals(TIMEOUT) ? null : Boolean.FALSE, reason, Map.of(), null);
    }

    /**
     * Lock holds and waits, each as {thread, start ns, end ns} within a window of {@code windowNanos};
     * thread 0 is the main thread, worker k is thread k + 1.
     */
    public record LockHolds(long windowNanos, java.util.List<long[]> holds, java.util.List<long[]> waits) {
        public LockHolds {
            waits = waits == null ? java.util.List.of() : waits;
        }
    }

    public RunSample withTrace(LockHolds t) {
        return new RunSample(status, wallNanos, cpuNanos, peakHeapBytes, correct, reason, counters, t, lost);
    }

    public boolean ok() {
        return status.equals(OK);
    }

    /** Whether its time is a measurement: ok, or racy (the race's outcome is the result, the run itself went through). */
    public boolean timed() {
        return status.equals(OK) || status.equals(RACY);
    }
}

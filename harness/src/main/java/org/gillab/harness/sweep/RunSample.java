package org.gillab.harness.sweep;

import java.util.Map;

/**
 * One run of a cell, as the forked JVM measured it.
 *
 * @param status      ok, failed, timeout or not-applicable
 * @param correct     the check passed and the audit was clean (null: not applicable, or no verdict)
 * @param reason      why it is not ok (null when it is)
 * @param peakHeapBytes the JVM's peak heap use during the run (the heap pools' peaks, reset before it)
 * @param trace       with {@code --trace}, who held the model's lock over the first moments of the work (else null)
 */
public record RunSample(String status, long wallNanos, long cpuNanos, long peakHeapBytes, Boolean correct,
                        String reason, Map<String, Long> counters, LockHolds trace) {
    public static final String OK = "ok", FAILED = "failed", TIMEOUT = "timeout", NOT_APPLICABLE = "not-applicable";

    public RunSample {
        counters = counters == null ? Map.of() : Map.copyOf(counters);
    }

    /** A cell that never produced a run (its JVM died, stopped answering, could not start). */
    public static RunSample lost(String status, String reason) {
        return new RunSample(status, 0, 0, 0, status.equals(TIMEOUT) ? null : Boolean.FALSE, reason, Map.of(), null);
    }

    /** Lock holds as {thread, start ns, end ns} within a window of {@code windowNanos}. */
    public record LockHolds(long windowNanos, java.util.List<long[]> holds) {}

    public RunSample withTrace(LockHolds t) {
        return new RunSample(status, wallNanos, cpuNanos, peakHeapBytes, correct, reason, counters, t);
    }

    public boolean ok() {
        return status.equals(OK);
    }
}

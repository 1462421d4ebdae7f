package org.gillab.workload;

import java.util.List;

import org.gillab.runtime.Shareable;

/**
 * What one isolated worker gave back: its result (null when it has none), what it raised and what
 * broke, its CPU time, what starting it cost (making its interpreter, and for a process the process),
 * and when, on this JVM's {@link System#nanoTime} clock, it finished.
 */
public record WorkerResult(Shareable result, List<String> errors, List<String> damage, long cpuNanos, long startupNanos,
                           long endNanos) {
    public WorkerResult {
        errors = List.copyOf(errors);
        damage = List.copyOf(damage);
    }
}

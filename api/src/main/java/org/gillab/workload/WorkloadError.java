package org.gillab.workload;

/**
 * A workload file that breaks the convention (no {@code work}, a bad {@code CATEGORY}, ...): the
 * message is {@code file:line:column: workload error: what is wrong}.
 */
public final class WorkloadError extends RuntimeException {
    public WorkloadError(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": workload error: " + message);
    }
}

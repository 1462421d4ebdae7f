package org.gillab.workload;

/** An isolated worker a {@link WorkerHost} has started. */
public interface StartedWorker {
    /** Waits until the worker has finished, or until {@code deadlineNanos} ({@link System#nanoTime}); true if it finished. */
    boolean join(long deadlineNanos) throws InterruptedException;

    /** What it gave back; only after {@link #join} answered true. */
    WorkerResult result();

    /** Stops a worker past the timeout: at its next safe point, or by killing its process. Returns at once. */
    void abandon();
}

package org.gillab.vm;

/**
 * Thrown at a safe point in a thread the runner has {@link ThreadState#abandon abandoned}. An Error,
 * not a Python exception, so that no {@code except} clause or {@code finally} body runs more Python
 * code in a run that is already over.
 */
public final class WorkerAbandoned extends Error {
    public WorkerAbandoned() {
        super("worker abandoned after its timeout", null, false, false);
    }
}

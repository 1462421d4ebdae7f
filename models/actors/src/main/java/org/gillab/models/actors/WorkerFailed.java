package org.gillab.models.actors;

import org.gillab.workload.WorkerResult;

/**
 * How a worker actor fails: its work raised (or its interpreter broke), and the actor throws this so
 * that its supervisor sees the failure, with the worker's result, which names the worker and carries
 * the traceback. Control flow, not a fault of gillab's: no stack trace is taken.
 */
final class WorkerFailed extends RuntimeException {
    private final transient WorkerResult result;

    WorkerFailed(int part, WorkerResult result) {
        super("worker " + part + " failed", null, false, false);
        this.result = result;
    }

    WorkerResult result() {
        return result;
    }
}

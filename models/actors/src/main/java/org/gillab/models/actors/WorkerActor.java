package org.gillab.models.actors;

import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.gillab.workload.WorkerResult;

/**
 * A worker: an actor that owns one interpreter and runs the worker's whole life when told to start.
 * Handling that one message keeps the actor's thread for the length of the work, which is what a
 * worker is: one long task, never interleaved with another on its interpreter. A worker whose work
 * raised fails (throws {@link WorkerFailed}); its supervisor stops it, and the guardian, which
 * watches it, is told why.
 */
final class WorkerActor {
    private WorkerActor() {}

    enum Start { START }

    static Behavior<Start> create(WorkerHandle handle) {
        Behavior<Start> work = Behaviors.receive(Start.class).onMessage(Start.class, s -> run(handle)).build();
        // stop, not restart: a worker's interpreter is its state, and a failed one is not run again;
        // the failure is reported by the guardian, so the supervisor's own log line is off
        return Behaviors.supervise(work).onFailure(Exception.class, SupervisorStrategy.stop().withLoggingEnabled(false));
    }

    private static Behavior<Start> run(WorkerHandle handle) {
        WorkerResult r;
        try {
            r = handle.runHere();
        } catch (RuntimeException | Error e) {
            // a fault of gillab's own inside the actor: the worker's damage, and the actor fails like any failed worker
            throw new WorkerFailed(handle.part, handle.damaged("its actor failed: " + describe(e)));
        }
        if (!r.errors().isEmpty() || !r.damage().isEmpty()) throw new WorkerFailed(handle.part, r);
        return Behaviors.stopped();
    }

    /** A Java fault, briefly: the exception and where in gillab it happened. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) sb.append(": ").append(e.getMessage());
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.gillab.")) {
                String cls = f.getClassName();
                sb.append(" (in ").append(cls.substring(cls.lastIndexOf('.') + 1)).append('.').append(f.getMethodName()).append(')');
                break;
            }
        }
        return sb.toString();
    }
}

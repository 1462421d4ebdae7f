package org.gillab.models.actors;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.gillab.vm.PyThread;
import org.gillab.workload.IsolatedWorker;
import org.gillab.workload.StartedWorker;
import org.gillab.workload.WorkerResult;

/**
 * One worker as the runner sees it ({@link StartedWorker}), and what its actor runs. The worker's actor
 * runs the body; the guardian, which supervises that actor, completes the handle when the actor
 * stops, normally or by failing: the run learns the outcome through the supervisor, as actors do.
 */
final class WorkerHandle implements StartedWorker {
    /**
     * A worker's whole life and how to stop it early: an {@link IsolatedWorker}, which says ready
     * itself even when it fails (tests give simpler ones).
     */
    interface Body {
        WorkerResult run();

        void abandon();

        static Body of(IsolatedWorker worker) {
            return new Body() {
                @Override public WorkerResult run() { return worker.run(); }
                @Override public void abandon() { worker.abandon(); }
            };
        }
    }

    final int part;
    private final CountDownLatch ready;
    private final Body body;
    private final CompletableFuture<WorkerResult> done = new CompletableFuture<>();
    private volatile WorkerResult produced;
    private boolean entered; // guarded by this
    private Thread runningOn; // guarded by this

    WorkerHandle(int part, CountDownLatch ready, Body body) {
        this.part = part;
        this.ready = ready;
        this.body = body;
    }

    /**
     * Runs the body on the calling actor thread, named {@code gillab-worker-N} meanwhile, as a worker
     * thread of the threads host is. Called once, by the worker's actor.
     */
    WorkerResult runHere() {
        Thread t = Thread.currentThread();
        if (!(t instanceof PyThread)) throw new IllegalStateException("a worker actor runs on " + t.getName() + ", not on a PyThread");
        String name = t.getName();
        synchronized (this) {
            entered = true;
            runningOn = t;
        }
        t.setName("gillab-worker-" + part);
        try {
            WorkerResult r = body.run();
            produced = r;
            return r;
        } finally {
            synchronized (this) {
                runningOn = null;
                Thread.interrupted(); // an interrupt meant for this worker must not reach the next actor on this thread
            }
            t.setName(name);
        }
    }

    /** What the body returned, once it has. */
    WorkerResult produced() {
        return produced;
    }

    /** The outcome, as the supervisor saw it. A worker that never ran still counts as ready, so that the run does not wait for it. */
    void finish(WorkerResult r) {
        synchronized (this) {
            if (!entered) ready.countDown();
            entered = true;
        }
        done.complete(r);
    }

    /** What a worker whose actor stopped without a result of its own reports. */
    WorkerResult damaged(String what) {
        return new WorkerResult(null, List.of(), List.of("worker " + part + ": " + what), 0, 0, System.nanoTime());
    }

    @Override
    public boolean join(long deadlineNanos) throws InterruptedException {
        try {
            done.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // never: the handle is only ever completed with a value
        }
    }

    @Override
    public WorkerResult result() {
        return done.getNow(null);
    }

    @Override
    public void abandon() {
        body.abandon();
    }

    /** Wakes the worker from a blocking wait (a channel that will never deliver) when the run is being shut down. */
    void interrupt() {
        synchronized (this) {
            if (runningOn != null) runningOn.interrupt();
        }
    }
}

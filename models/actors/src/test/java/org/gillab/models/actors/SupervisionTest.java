package org.gillab.models.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.gillab.runtime.Shareable;
import org.gillab.vm.PyThread;
import org.gillab.workload.WorkerResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the guardian learns a worker's end: a stop gives the result, a failure is recorded once, a fault of gillab's is damage. */
class SupervisionTest {
    private final ActorsCounters counters = new ActorsCounters();
    private final ActorRuntime runtime = ActorRuntime.start(counters);
    private boolean shutDown;

    @AfterEach
    void shutDown() {
        if (!shutDown) runtime.shutdown();
        ActorsContractTest.ActorsLeftBehind.assertNone();
    }

    private static WorkerResult result(long value, List<String> errors) {
        return new WorkerResult(new Shareable.Int(value, null), errors, List.of(), 0, 1, System.nanoTime());
    }

    private WorkerHandle start(int part, CountDownLatch ready, Supplier<WorkerResult> body) {
        WorkerHandle h = new WorkerHandle(part, ready, new WorkerHandle.Body() {
            @Override public WorkerResult run() { return body.get(); }
            @Override public void abandon() {}
        });
        runtime.startWorker(h);
        return h;
    }

    private static WorkerResult joined(WorkerHandle h) throws InterruptedException {
        assertTrue(h.join(System.nanoTime() + TimeUnit.SECONDS.toNanos(20)), "the worker never ended");
        return h.result();
    }

    @Test
    void aWorkerRunsOnAPyThreadNamedAfterItAndItsResultComesBack() throws Exception {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AtomicReference<String> name = new AtomicReference<>();
        WorkerHandle h = start(3, new CountDownLatch(0), () -> {
            ranOn.set(Thread.currentThread());
            name.set(Thread.currentThread().getName());
            return result(42, List.of());
        });
        WorkerResult r = joined(h);
        assertEquals(new Shareable.Int(42, null), r.result());
        assertTrue(ranOn.get() instanceof PyThread);
        assertEquals("gillab-worker-3", name.get());
        assertTrue(ranOn.get().getName().startsWith(ActorThreads.PREFIX), "the thread's own name is given back: " + ranOn.get().getName());
        assertEquals(0L, counters.workerFailures.get());
        assertEquals(1L, counters.workerActors.get());
    }

    @Test
    void aWorkerThatRaisedFailsItsActorAndIsRecordedOnce() throws Exception {
        WorkerHandle ok = start(0, new CountDownLatch(0), () -> result(0, List.of()));
        WorkerHandle bad = start(1, new CountDownLatch(0), () -> result(1, List.of("worker 1 raised:\nKeyError: 'one'")));
        assertEquals(List.of(), joined(ok).errors());
        assertEquals(List.of("worker 1 raised:\nKeyError: 'one'"), joined(bad).errors());
        assertEquals(1L, counters.workerFailures.get());
    }

    @Test
    void aJavaFaultInsideTheActorIsTheWorkersDamageAndDoesNotHangTheRun() throws Exception {
        WorkerHandle h = start(2, new CountDownLatch(0), () -> {
            throw new IllegalStateException("a bug");
        });
        WorkerResult r = joined(h);
        assertEquals(1, r.damage().size(), r.damage().toString());
        assertTrue(r.damage().get(0).startsWith("worker 2: its actor failed: IllegalStateException: a bug"), r.damage().get(0));
        assertEquals(List.of(), r.errors());
        assertEquals(1L, counters.workerFailures.get());
    }

    /** A body says ready itself, even when it fails (IsolatedWorker does); one that never ran cannot. */
    @Test
    void aWorkerWhoseActorEndedBeforeItRanDoesNotHoldTheOthersBack() {
        CountDownLatch ready = new CountDownLatch(2);
        WorkerHandle h = new WorkerHandle(1, ready, new WorkerHandle.Body() {
            @Override public WorkerResult run() { throw new AssertionError("never run"); }
            @Override public void abandon() {}
        });
        h.finish(h.damaged("its actor stopped before the worker ran"));
        assertEquals(1, ready.getCount());
        assertEquals(List.of("worker 1: its actor stopped before the worker ran"), h.result().damage());
    }

    @Test
    void shuttingDownWakesAWorkerStuckInAWaitAndLeavesNothingBehind() throws Exception {
        CountDownLatch never = new CountDownLatch(1), waiting = new CountDownLatch(1);
        WorkerHandle h = start(0, new CountDownLatch(0), () -> {
            waiting.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result(0, List.of());
        });
        assertTrue(waiting.await(20, TimeUnit.SECONDS));
        assertEquals(false, h.join(System.nanoTime()));
        runtime.shutdown();
        shutDown = true;
        ActorsContractTest.ActorsLeftBehind.assertNone();
    }
}

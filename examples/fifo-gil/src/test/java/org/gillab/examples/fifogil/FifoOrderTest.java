package org.gillab.examples.fifogil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-over order, with the lock alone: threads that queue one after another are served in that
 * order, whatever their ids, and neither the thread letting go nor a newcomer gets in first.
 */
class FifoOrderTest {
    /** Long enough that no waiter asks for a hand-over unless a test wants it to. */
    private static final long NO_REQUESTS = TimeUnit.MINUTES.toNanos(10);

    private final List<String> owners = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> started = new ArrayList<>();
    private FifoGil gil = new FifoGil(NO_REQUESTS);

    private static ThreadState state(int index) {
        return new ThreadState(null, index, ThreadHooks.NONE);
    }

    /** Starts a thread that takes the lock, notes that it has it, and lets go; returns once it is queued. */
    private void contender(String name, int index) {
        long queued = gil.counters().get("contended-acquisitions");
        ThreadState ts = state(index);
        Thread t = new Thread(() -> {
            gil.acquire(ts);
            owners.add(name);
            gil.release(ts);
        }, "fifo-test-" + name);
        started.add(t);
        t.start();
        awaitUntil(() -> gil.counters().get("contended-acquisitions") > queued, name + " queued");
    }

    private static void awaitUntil(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("gave up waiting for: " + what);
            Thread.onSpinWait();
        }
    }

    private void joinAll() throws InterruptedException {
        for (Thread t : started) {
            t.join(TimeUnit.SECONDS.toMillis(30));
            assertFalse(t.isAlive(), t.getName() + " never got the lock");
        }
    }

    @AfterEach
    void everyHandOverHadATaker() {
        FifoGilCounters.assertConsistent(gil.counters());
    }

    @Test
    void waitersAreServedInArrivalOrderNotByThreadId() throws InterruptedException {
        ThreadState main = state(0);
        gil.acquire(main);
        contender("C", 3);
        contender("A", 1);
        contender("B", 2);
        owners.add("main");
        gil.release(main);
        joinAll();
        assertEquals(List.of("main", "C", "A", "B"), owners);
        assertEquals(3, gil.counters().get("handoffs"));
    }

    @Test
    void theThreadLettingGoCannotTakeTheLockStraightBack() throws InterruptedException {
        ThreadState main = state(0);
        gil.acquire(main);
        contender("A", 1);
        gil.release(main);
        gil.acquire(main); // with a plain lock this usually wins: A has not even woken up yet
        owners.add("main");
        gil.release(main);
        joinAll();
        assertEquals(List.of("A", "main"), owners);
    }

    @Test
    void aHolderAskedToHandOverGoesToTheBackOfTheQueue() throws InterruptedException {
        gil = new FifoGil(TimeUnit.MILLISECONDS.toNanos(1));
        ThreadState holder = state(0);
        gil.acquire(holder);
        contender("A", 1);
        contender("B", 2);
        awaitUntil(() -> (holder.evalBreaker & FifoGil.HANDOFF_REQUEST) != 0, "a waiter asks the holder to hand over");
        new FifoGilHooks(gil).onEvalBreaker(holder); // the holder's next safe point: returns once it has the lock again
        owners.add("holder");
        assertEquals(0, holder.evalBreaker & FifoGil.HANDOFF_REQUEST, "the request is answered");
        gil.release(holder);
        joinAll();
        assertEquals(List.of("A", "B", "holder"), owners);
        assertEquals(1, gil.counters().get("forced-switches"));
    }

    @Test
    void aRequestIsDroppedWhenTheHolderLetsGoForABlockingCall() throws InterruptedException {
        gil = new FifoGil(TimeUnit.MILLISECONDS.toNanos(1));
        ThreadState holder = state(0);
        gil.acquire(holder);
        contender("A", 1);
        awaitUntil(() -> (holder.evalBreaker & FifoGil.HANDOFF_REQUEST) != 0, "a waiter asks the holder to hand over");
        new FifoGilHooks(gil).beforeBlocking(holder);
        // otherwise the thread would hand over again at its first safe point after the call, for nothing
        assertEquals(0, holder.evalBreaker & FifoGil.HANDOFF_REQUEST);
        joinAll();
        assertEquals(List.of("A"), owners);
        assertEquals(0, gil.counters().get("forced-switches"));
    }
}

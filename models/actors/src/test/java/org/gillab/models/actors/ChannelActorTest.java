package org.gillab.models.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.gillab.runtime.ChannelCore;
import org.gillab.runtime.Shareable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The channel actor's semantics, through its core as the channels module drives it: the same as the
 * in-JVM queue's (LocalChannelCore), with every operation a message to the actor.
 */
class ChannelActorTest {
    private final ActorsCounters counters = new ActorsCounters();
    private final ActorRuntime runtime = ActorRuntime.start(counters);

    @AfterEach
    void shutDown() {
        runtime.shutdown();
        ActorsContractTest.ActorsLeftBehind.assertNone();
    }

    private static Shareable item(long i) {
        return new Shareable.Int(i, null);
    }

    private static CompletableFuture<Integer> sendOnAnotherThread(ChannelCore ch, Shareable v) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ch.sendWaiting(v);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static CompletableFuture<Object> recvOnAnotherThread(ChannelCore ch) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ch.recvWaiting();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Until {@code c} holds; the actor counts a parked request before anything can answer it. */
    private static void awaitTrue(BooleanSupplier c) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!c.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "condition never held");
            Thread.onSpinWait();
        }
    }

    private static void awaitCount(AtomicLong n, long value) {
        awaitTrue(() -> n.get() == value);
    }

    @Test
    void everyOperationGoesThroughTheWaitingHalf() {
        ChannelCore ch = runtime.newChannel(0);
        assertTrue(ch.copies());
        assertEquals(ChannelCore.WAIT, ch.trySend(item(1)));
        assertEquals(ChannelCore.WOULD_WAIT, ch.tryRecv());
    }

    @Test
    void itemsComeOutInOrderAndIntact() throws Exception {
        ChannelCore ch = runtime.newChannel(0);
        List<Shareable> sent = List.of(item(1), new Shareable.Str("two"), new Shareable.Tuple(List.of(item(3), new Shareable.None())));
        for (Shareable v : sent) assertEquals(ChannelCore.SENT, ch.sendWaiting(v));
        List<Object> got = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) got.add(ch.recvWaiting());
        assertEquals(sent, got);
        assertEquals(6L, counters.channelMessages.get());
    }

    @Test
    void anUnboundedChannelNeverMakesASenderWait() throws Exception {
        ChannelCore ch = runtime.newChannel(0);
        for (int i = 0; i < 1000; i++) assertEquals(ChannelCore.SENT, ch.sendWaiting(item(i)));
        assertEquals(0L, counters.sendsWaited.get());
        assertEquals("open, 1000 waiting", ch.describe());
    }

    @Test
    void aFullBoundedChannelHoldsTheSenderUntilAReceiverMakesRoom() throws Exception {
        ChannelCore ch = runtime.newChannel(2);
        assertEquals(ChannelCore.SENT, ch.sendWaiting(item(1)));
        assertEquals(ChannelCore.SENT, ch.sendWaiting(item(2)));
        CompletableFuture<Integer> third = sendOnAnotherThread(ch, item(3));
        awaitCount(counters.sendsWaited, 1);
        assertFalse(third.isDone());
        assertEquals("open, 2 waiting of 2", ch.describe());
        assertEquals(item(1), ch.recvWaiting());
        assertEquals(ChannelCore.SENT, third.get(20, TimeUnit.SECONDS));
        assertEquals(item(2), ch.recvWaiting());
        assertEquals(item(3), ch.recvWaiting());
    }

    @Test
    void aReceiverWaitsForTheNextItem() throws Exception {
        ChannelCore ch = runtime.newChannel(1);
        CompletableFuture<Object> got = recvOnAnotherThread(ch);
        awaitCount(counters.recvsWaited, 1);
        assertFalse(got.isDone());
        assertEquals(ChannelCore.SENT, ch.sendWaiting(item(7)));
        assertEquals(item(7), got.get(20, TimeUnit.SECONDS));
        assertEquals("open, 0 waiting of 1", ch.describe());
    }

    @Test
    void aClosedChannelRefusesSendsAndIsDrainedBeforeItEnds() throws Exception {
        ChannelCore ch = runtime.newChannel(0);
        ch.sendWaiting(item(1));
        ch.sendWaiting(item(2));
        ch.close();
        assertEquals(ChannelCore.CLOSED, ch.sendWaiting(item(3)));
        assertEquals(item(1), ch.recvWaiting());
        assertEquals(item(2), ch.recvWaiting());
        assertNull(ch.recvWaiting());
        assertNull(ch.recvWaiting());
        assertEquals("closed, 0 waiting", ch.describe());
    }

    @Test
    void closingWakesEveryWaiterWithTheEnd() throws Exception {
        ChannelCore full = runtime.newChannel(1), empty = runtime.newChannel(0);
        full.sendWaiting(item(1));
        CompletableFuture<Integer> sender = sendOnAnotherThread(full, item(2));
        CompletableFuture<Object> receiver = recvOnAnotherThread(empty);
        awaitCount(counters.sendsWaited, 1);
        awaitCount(counters.recvsWaited, 1);
        full.close();
        empty.close();
        assertEquals(ChannelCore.CLOSED, sender.get(20, TimeUnit.SECONDS), "a send still waiting when the channel closes fails");
        assertNull(receiver.get(20, TimeUnit.SECONDS));
        assertEquals(item(1), full.recvWaiting(), "what was queued before the close is still received");
        assertNull(full.recvWaiting());
    }

    /** Pekko names its threads after the system; none is a dispatcher of its own: every actor runs on the run's PyThreads. */
    @Test
    void theActorSystemsThreadsAreTheRunsOwn() throws Exception {
        ChannelCore ch = runtime.newChannel(0);
        ch.sendWaiting(item(1));
        boolean scheduler = false;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().contains("pekko") || t.getName().contains("dispatcher"), t.getName());
            scheduler |= t.getName().equals(ActorThreads.PREFIX + "scheduler-1");
        }
        assertTrue(scheduler, "Pekko's scheduler thread is named after the system");
    }

    @Test
    void eachChannelIsAnActorOfItsOwn() {
        runtime.newChannel(0);
        runtime.newChannel(3);
        assertEquals(2L, counters.channelActors.get());
    }
}

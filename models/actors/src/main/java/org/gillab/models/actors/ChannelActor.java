package org.gillab.models.actors;

import java.util.ArrayDeque;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.gillab.runtime.ChannelCore;
import org.gillab.runtime.Shareable;

/**
 * A channel's queue, as an actor: its state (the queued copies, who waits) is touched only by the actor
 * itself, one message at a time, so it needs no lock. A sender or receiver that has to wait is not
 * answered until it can be: a full bounded channel keeps the sender's request (and its item) until a
 * receiver makes room; an empty one keeps the receiver's until an item or the close arrives. The
 * semantics are {@link org.gillab.runtime.LocalChannelCore}'s: a send on a closed channel, or one
 * still waiting when the channel closes, fails; receivers drain what is queued, then see the end.
 */
final class ChannelActor extends AbstractBehavior<ChannelActor.Message> {
    sealed interface Message permits Send, Recv, Close, Describe {}

    /** Answered with {@link ChannelCore#SENT} or {@link ChannelCore#CLOSED}. */
    record Send(Shareable item, ActorRef<Integer> replyTo) implements Message {}

    record Recv(ActorRef<Received> replyTo) implements Message {}

    enum Close implements Message { CLOSE }

    record Describe(ActorRef<String> replyTo) implements Message {}

    /** A receiver's answer: an item, or the end (null) once the channel is closed and drained. */
    record Received(Shareable item) {
        static final Received END = new Received(null);
    }

    private final int maxsize;
    private final ActorsCounters counters;
    private final ArrayDeque<Shareable> items = new ArrayDeque<>();
    private final ArrayDeque<Send> waitingSenders = new ArrayDeque<>();
    private final ArrayDeque<Recv> waitingReceivers = new ArrayDeque<>();
    private boolean closed;

    private ChannelActor(ActorContext<Message> context, int maxsize, ActorsCounters counters) {
        super(context);
        this.maxsize = maxsize;
        this.counters = counters;
    }

    static Behavior<Message> create(int maxsize, ActorsCounters counters) {
        return Behaviors.setup(context -> new ChannelActor(context, maxsize, counters));
    }

    @Override
    public Receive<Message> createReceive() {
        return newReceiveBuilder()
                .onMessage(Send.class, this::send)
                .onMessage(Recv.class, this::recv)
                .onMessage(Close.class, c -> close())
                .onMessage(Describe.class, this::describe)
                .build();
    }

    private boolean full() {
        return maxsize > 0 && items.size() >= maxsize;
    }

    private Behavior<Message> send(Send m) {
        if (closed) {
            m.replyTo().tell(ChannelCore.CLOSED);
        } else if (!waitingReceivers.isEmpty()) { // they wait only while nothing is queued
            waitingReceivers.poll().replyTo().tell(new Received(m.item()));
            m.replyTo().tell(ChannelCore.SENT);
        } else if (!full()) {
            items.add(m.item());
            m.replyTo().tell(ChannelCore.SENT);
        } else {
            counters.sendsWaited.incrementAndGet();
            waitingSenders.add(m);
        }
        return this;
    }

    private Behavior<Message> recv(Recv m) {
        Shareable v = items.poll();
        if (v != null) {
            m.replyTo().tell(new Received(v));
            Send next = waitingSenders.poll(); // the room just made goes to the longest-waiting sender
            if (next != null) {
                items.add(next.item());
                next.replyTo().tell(ChannelCore.SENT);
            }
        } else if (closed) {
            m.replyTo().tell(Received.END);
        } else {
            counters.recvsWaited.incrementAndGet();
            waitingReceivers.add(m);
        }
        return this;
    }

    private Behavior<Message> close() {
        closed = true;
        for (Send s; (s = waitingSenders.poll()) != null; ) s.replyTo().tell(ChannelCore.CLOSED);
        for (Recv r; (r = waitingReceivers.poll()) != null; ) r.replyTo().tell(Received.END);
        return this;
    }

    private Behavior<Message> describe(Describe m) {
        m.replyTo().tell((closed ? "closed" : "open") + ", " + items.size() + " waiting" + (maxsize > 0 ? " of " + maxsize : ""));
        return this;
    }
}

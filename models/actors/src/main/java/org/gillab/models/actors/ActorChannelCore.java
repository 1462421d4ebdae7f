package org.gillab.models.actors;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.japi.function.Function;
import org.gillab.runtime.ChannelCore;
import org.gillab.runtime.ForwardingChannelCore;
import org.gillab.runtime.Shareable;

/**
 * A channel whose queue is a {@link ChannelActor}: every operation is a message to it, and the
 * calling worker waits for the answer (Pekko's ask). Every handle on the channel, in whichever
 * interpreter, talks to the same actor. The {@code try} halves never answer, so that each operation
 * goes through its waiting half, where a model's lock would be released (this model has none).
 */
final class ActorChannelCore extends ForwardingChannelCore {
    /**
     * An ask must have a time limit; a receiver may legitimately wait for as long as a run lasts, so
     * this is only a safety net, far beyond any run's timeout (a run past its timeout is shut down, and
     * a worker still waiting here is interrupted then).
     */
    private static final Duration WAIT_LIMIT = Duration.ofDays(1);
    private static final Duration DESCRIBE_LIMIT = Duration.ofSeconds(5);

    private final ActorRef<ChannelActor.Message> actor;
    private final int maxsize;
    private final Scheduler scheduler;
    private final ActorsCounters counters;

    ActorChannelCore(ActorRef<ChannelActor.Message> actor, int maxsize, Scheduler scheduler, ActorsCounters counters) {
        this.actor = actor;
        this.maxsize = maxsize;
        this.scheduler = scheduler;
        this.counters = counters;
    }

    @Override
    public int sendWaiting(Object item) throws InterruptedException {
        return ask(replyTo -> new ChannelActor.Send((Shareable) item, replyTo));
    }

    @Override
    public Object recvWaiting() throws InterruptedException {
        return this.<ChannelActor.Received>ask(ChannelActor.Recv::new).item();
    }

    /** Needs no answer: the actor handles it after every operation this thread has already had answered. */
    @Override
    public void close() {
        counters.channelMessages.incrementAndGet();
        actor.tell(ChannelActor.Close.CLOSE);
    }

    /** Copies belong to no interpreter: nothing to release or audit. */
    @Override
    public String describe() {
        CompletableFuture<String> f = AskPattern.<ChannelActor.Message, String>ask(actor, ChannelActor.Describe::new, DESCRIBE_LIMIT, scheduler)
                .toCompletableFuture();
        try {
            return f.get(DESCRIBE_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the run is over and its actors are gone
        }
        return "of an actor system that has ended" + (maxsize > 0 ? ", bounded to " + maxsize : "");
    }

    private <R> R ask(Function<ActorRef<R>, ChannelActor.Message> message) throws InterruptedException {
        counters.channelMessages.incrementAndGet();
        CompletableFuture<R> answer = AskPattern.<ChannelActor.Message, R>ask(actor, message, WAIT_LIMIT, scheduler).toCompletableFuture();
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("channel actor " + actor.path().name() + " did not answer: " + e.getCause(), e.getCause());
        }
    }
}

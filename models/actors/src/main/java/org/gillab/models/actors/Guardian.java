package org.gillab.models.actors;

import java.util.HashMap;
import java.util.Map;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.ChildFailed;
import org.apache.pekko.actor.typed.Terminated;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.gillab.workload.WorkerResult;

/**
 * The run's guardian (the actor system's user guardian): it spawns a worker actor per worker and a
 * channel actor per channel, watches the workers, and is where a worker's end is learnt: a worker that
 * stopped gave its result, one that failed is recorded as a failure, with its own result (the
 * traceback that names it) or, for a fault of gillab's inside the actor, damage.
 */
final class Guardian extends AbstractBehavior<Guardian.Message> {
    sealed interface Message permits SpawnWorker, SpawnChannel {}

    record SpawnWorker(WorkerHandle handle) implements Message {}

    record SpawnChannel(int maxsize, ActorRef<ActorRef<ChannelActor.Message>> replyTo) implements Message {}

    private final ActorsCounters counters;
    private final Map<ActorRef<?>, WorkerHandle> workers = new HashMap<>();
    private int channels;

    private Guardian(ActorContext<Message> context, ActorsCounters counters) {
        super(context);
        this.counters = counters;
    }

    static Behavior<Message> create(ActorsCounters counters) {
        return Behaviors.setup(context -> new Guardian(context, counters));
    }

    @Override
    public Receive<Message> createReceive() {
        return newReceiveBuilder()
                .onMessage(SpawnWorker.class, this::spawnWorker)
                .onMessage(SpawnChannel.class, this::spawnChannel)
                .onSignal(ChildFailed.class, this::workerFailed) // before Terminated: ChildFailed is one
                .onSignal(Terminated.class, this::workerStopped)
                .build();
    }

    private Behavior<Message> spawnWorker(SpawnWorker m) {
        WorkerHandle h = m.handle();
        ActorRef<WorkerActor.Start> worker = getContext().spawn(WorkerActor.create(h), "worker-" + h.part);
        getContext().watch(worker);
        workers.put(worker, h);
        counters.workerActors.incrementAndGet();
        worker.tell(WorkerActor.Start.START);
        return this;
    }

    private Behavior<Message> spawnChannel(SpawnChannel m) {
        ActorRef<ChannelActor.Message> channel = getContext().spawn(ChannelActor.create(m.maxsize(), counters), "channel-" + ++channels);
        counters.channelActors.incrementAndGet();
        m.replyTo().tell(channel);
        return this;
    }

    private Behavior<Message> workerFailed(ChildFailed signal) {
        WorkerHandle h = workers.remove(signal.getRef());
        if (h == null) return this;
        counters.workerFailures.incrementAndGet();
        Throwable cause = signal.getCause();
        h.finish(cause instanceof WorkerFailed f ? f.result() : h.damaged("its actor failed: " + WorkerActor.describe(cause)));
        return this;
    }

    private Behavior<Message> workerStopped(Terminated signal) {
        WorkerHandle h = workers.remove(signal.getRef());
        if (h == null) return this;
        WorkerResult r = h.produced();
        h.finish(r != null ? r : h.damaged("its actor stopped before the worker ran"));
        return this;
    }
}

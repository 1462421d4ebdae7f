package org.gillab.models.actors;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.apache.pekko.actor.BootstrapSetup;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.dispatch.ExecutionContexts;
import org.gillab.obj.ExcTypes;
import org.gillab.obj.PyBaseException;
import org.gillab.obj.PyException;
import org.gillab.obj.PyTuple;
import org.gillab.runtime.ChannelCore;
import org.gillab.workload.IsolatedWorker;
import org.gillab.workload.StartedWorker;
import org.gillab.workload.WorkerTask;

/**
 * The actor system of one run: its guardian, which spawns and supervises the worker and channel
 * actors, and the threads they run on. Started when the run starts, shut down by the model's
 * {@code close()}, which waits (bounded) until no thread of it is left.
 */
final class ActorRuntime {
    /**
     * Pekko names its own threads (the scheduler's) after the system, "gillab-actor-scheduler-1", so
     * that every thread of the run's actor system starts with {@link ActorThreads#PREFIX}.
     */
    static final String SYSTEM_NAME = "gillab-actor";

    private static final Duration SPAWN_LIMIT = Duration.ofSeconds(30);
    /** How long shutting the system down may take, its threads' ends included. */
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(10);
    private static final AtomicInteger LIVE = new AtomicInteger();

    private final ActorsCounters counters;
    private final ActorThreads threads;
    private final ThreadPoolExecutor pool;
    private final ActorSystem<Guardian.Message> system;
    private final List<WorkerHandle> workers = new CopyOnWriteArrayList<>();

    private ActorRuntime(ActorsCounters counters, ActorThreads threads, ThreadPoolExecutor pool, ActorSystem<Guardian.Message> system) {
        this.counters = counters;
        this.threads = threads;
        this.pool = pool;
        this.system = system;
    }

    /**
     * A new actor system whose dispatcher runs every actor on {@link ActorThreads}. The pool grows with
     * demand: a worker actor keeps its thread for the whole of its work, so a fixed pool smaller than
     * the workers plus the channel actors would starve the channels (and deadlock a pipeline).
     */
    static ActorRuntime start(ActorsCounters counters) {
        long t0 = System.nanoTime();
        ActorThreads threads = new ActorThreads();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
        ClassLoader loader = ActorRuntime.class.getClassLoader();
        BootstrapSetup setup = BootstrapSetup.create(settings(loader))
                .withClassloader(loader)
                .withDefaultExecutionContext(ExecutionContexts.fromExecutorService(pool, e -> {})); // actor code's faults are handled by its actor
        ActorSystem<Guardian.Message> system;
        try {
            system = ActorSystem.create(Guardian.create(counters), SYSTEM_NAME, setup);
        } catch (RuntimeException | Error e) {
            pool.shutdownNow();
            throw e;
        }
        LIVE.incrementAndGet();
        counters.systemStartupNanos = System.nanoTime() - t0;
        return new ActorRuntime(counters, threads, pool, system);
    }

    /**
     * Pekko's settings for a system made and terminated within one run of a command-line tool: quiet
     * (its log goes to SLF4J, which has no provider but the no-op one here, and the startup logger to
     * stdout is off, since stdout is the program's), no JVM shutdown hook or exit of its own (the run
     * terminates it), daemon threads, and Pekko's internal actors on the same dispatcher as ours.
     */
    private static Config settings(ClassLoader loader) {
        return ConfigFactory.parseString("""
                pekko {
                  loglevel = "WARNING"
                  stdout-loglevel = "OFF"
                  log-dead-letters = off
                  log-dead-letters-during-shutdown = off
                  daemonic = on
                  jvm-exit-on-fatal-error = off
                  jvm-shutdown-hooks = off
                  coordinated-shutdown.run-by-jvm-shutdown-hook = off
                  actor.internal-dispatcher = "pekko.actor.default-dispatcher"
                }
                """).withFallback(ConfigFactory.load(loader));
    }

    /** Systems started and not yet terminated, in this JVM. */
    static int live() {
        return LIVE.get();
    }

    /** {@link org.gillab.workload.WorkerHost#start}: the guardian spawns the worker's actor. */
    StartedWorker startWorker(WorkerTask task) {
        WorkerHandle h = new WorkerHandle(task.part(), task.ready(), WorkerHandle.Body.of(new IsolatedWorker(task)));
        startWorker(h);
        return h;
    }

    /** Spawns a worker actor running {@code h}'s body. */
    void startWorker(WorkerHandle h) {
        workers.add(h);
        system.tell(new Guardian.SpawnWorker(h));
    }

    /** A channel whose queue is a new channel actor; asked of the guardian, from any thread. */
    ChannelCore newChannel(int maxsize) {
        CompletableFuture<ActorRef<ChannelActor.Message>> ref = AskPattern.<Guardian.Message, ActorRef<ChannelActor.Message>>ask(
                system, replyTo -> new Guardian.SpawnChannel(maxsize, replyTo), SPAWN_LIMIT, system.scheduler()).toCompletableFuture();
        try {
            return new ActorChannelCore(ref.get(), maxsize, system.scheduler(), counters);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // as a blocking builtin does
            throw new PyException(PyBaseException.withArgs(ExcTypes.KeyboardInterrupt, PyTuple.EMPTY));
        } catch (ExecutionException e) {
            throw new IllegalStateException("the actor system did not spawn a channel actor: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Terminates the system. The guardian cannot stop while a child is still handling its message, so a
     * worker still inside its work (only one the runner gave up on at the timeout: the run is over) is
     * told to stop at its next safe point and woken from any wait it is stuck in (a channel that will
     * never deliver). Bounded: the threads are daemons should something never return.
     */
    void shutdown() {
        long deadline = System.nanoTime() + SHUTDOWN_LIMIT.toNanos();
        for (WorkerHandle h : workers) {
            h.abandon();
            h.interrupt();
        }
        system.terminate();
        boolean terminated = awaitTerminated(deadline);
        pool.shutdown();
        try {
            pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            threads.awaitAllEnded(deadline);
            awaitSystemThreadsEnded(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (terminated) LIVE.decrementAndGet();
    }

    private boolean awaitTerminated(long deadlineNanos) {
        try {
            system.getWhenTerminated().toCompletableFuture().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Pekko's own threads (its scheduler) end during termination; wait for the last steps of their exit. */
    private static void awaitSystemThreadsEnded(long deadlineNanos) throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.getName().startsWith(ActorThreads.PREFIX)) continue;
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) TimeUnit.NANOSECONDS.timedJoin(t, left);
        }
    }
}

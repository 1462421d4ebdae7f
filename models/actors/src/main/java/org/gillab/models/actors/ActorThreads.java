package org.gillab.models.actors;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.vm.PyThread;

/**
 * The threads every actor of a run executes on. They are {@link PyThread}s because a worker actor runs
 * an interpreter on the thread that handles its message (the interpreter wants PyThread's deep stack
 * and its per-thread state), and daemons so that a run that could not stop them cannot keep the JVM
 * alive. Each one is remembered so that the run can wait until all are gone.
 */
final class ActorThreads implements ThreadFactory {
    static final String PREFIX = "gillab-actor-";

    private final AtomicInteger made = new AtomicInteger();
    private final Queue<Thread> all = new ConcurrentLinkedQueue<>();

    @Override
    public Thread newThread(Runnable body) {
        PyThread t = new PyThread(body, PREFIX + made.incrementAndGet());
        t.setDaemon(true);
        all.add(t);
        return t;
    }

    /** Waits until every thread made here has ended, or until {@code deadlineNanos}; true if all have. */
    boolean awaitAllEnded(long deadlineNanos) throws InterruptedException {
        for (Thread t : all) {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0) TimeUnit.NANOSECONDS.timedJoin(t, left);
            if (t.isAlive()) return false;
        }
        return true;
    }
}

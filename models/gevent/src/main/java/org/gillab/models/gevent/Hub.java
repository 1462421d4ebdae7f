package org.gillab.models.gevent;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.vm.ThreadState;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * gevent's hub and the baton it passes. At most one greenlet holds the baton, and so runs Python
 * code; a greenlet gives it up only where a monkey-patched call would block, or when it ends, never
 * because it ran long (gevent has no preemption: a CPU-bound greenlet runs to its next blocking call).
 * A greenlet that wants to run again (it started, or its blocking call's event fired) joins the ready
 * queue, as gevent's hub queues the switch back to it; the hub, a Reactor single-thread scheduler,
 * hands the baton to the longest-ready greenlet whenever it is free.
 *
 * <p>Each greenlet keeps its own Java thread, because its Python frames live on a Java stack and
 * Java 17 cannot suspend one (greenlet copies C stack slices; a JVM cannot); the baton makes those
 * threads take turns exactly where gevent's greenlets would.
 */
final class Hub {
    private final Scheduler loop = Schedulers.newSingle("gillab-gevent-hub", true);
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Greenlet> ready = new ArrayDeque<>(); // guarded by lock
    private Greenlet running; // guarded by lock

    /** Set when the run is over: a worker still queued (abandoned by a timed-out run) is let go at once. */
    private volatile boolean closed;
    private long handOffs, yields, blockedNow, maxBlocked, maxReady, waitNanos; // guarded by lock

    /** A greenlet's own turn signal. */
    static final class Greenlet {
        final Semaphore turn = new Semaphore(0);
    }

    static Greenlet greenletOf(ThreadState ts) {
        if (ts.modelData instanceof Greenlet t) return t;
        Greenlet t = new Greenlet();
        ts.modelData = t;
        return t;
    }

    /** The greenlet wants to run (it started, or its blocking call returned): queue it and wait for its turn. */
    void awaitTurn(ThreadState ts, boolean afterBlocking) {
        Greenlet t = greenletOf(ts);
        long start = System.nanoTime();
        lock.lock();
        try {
            if (afterBlocking) blockedNow--;
            ready.add(t);
            maxReady = Math.max(maxReady, ready.size());
        } finally {
            lock.unlock();
        }
        scheduleDispatch();
        if (closed) return;
        t.turn.acquireUninterruptibly();
        lock.lock();
        try {
            waitNanos += System.nanoTime() - start;
        } finally {
            lock.unlock();
        }
    }

    /** The greenlet gives the baton up: it is about to block ({@code blocking}) or it has ended. */
    void yieldTurn(ThreadState ts, boolean blocking) {
        Greenlet t = greenletOf(ts);
        lock.lock();
        try {
            if (running == t) running = null;
            if (blocking) {
                yields++;
                blockedNow++;
                maxBlocked = Math.max(maxBlocked, blockedNow);
            }
        } finally {
            lock.unlock();
        }
        scheduleDispatch();
    }

    /** On the loop's thread: if nobody runs, the longest-ready greenlet does. */
    private void dispatch() {
        Greenlet next;
        lock.lock();
        try {
            if (running != null || ready.isEmpty()) return;
            next = ready.poll();
            running = next;
            handOffs++;
        } finally {
            lock.unlock();
        }
        next.turn.release();
    }

    Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        lock.lock();
        try {
            c.put("hand-offs", handOffs);
            c.put("blocking-yields", yields);
            c.put("max-blocked-at-once", maxBlocked);
            c.put("max-ready-queue", maxReady);
            c.put("wait-ns", waitNanos);
        } finally {
            lock.unlock();
        }
        return c;
    }

    /**
     * Has the loop's thread pass the baton on. Once the run is over the scheduler is gone, and an
     * abandoned worker that stops late (a timed-out run) passes it itself, so that the workers still
     * waiting for a turn get it and stop too.
     */
    private void scheduleDispatch() {
        if (!closed) {
            try {
                loop.schedule(this::dispatch);
                return;
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // disposed between the check and the call: dispatch here
            }
        }
        dispatch();
    }

    void shutdown() {
        closed = true;
        loop.dispose();
        // a timed-out run's workers may still wait for a turn: they were abandoned and stop at their
        // next safe point, so every one of them may go now
        lock.lock();
        try {
            while (!ready.isEmpty()) ready.poll().turn.release();
        } finally {
            lock.unlock();
        }
    }
}

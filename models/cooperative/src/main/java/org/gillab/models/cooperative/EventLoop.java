package org.gillab.models.cooperative;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.vm.ThreadState;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The baton and the loop that passes it. At most one task holds the baton, and so runs Python code;
 * a task gives it up only when it ends (or, for the runner's main thread, while it awaits the
 * workers), never because it ran long or blocked (there is no eval-breaker preemption, and a
 * blocking call blocks the loop, as in asyncio). A task that wants to run again (it started, or its blocking call
 * returned) joins the ready queue, as a completed future's callback joins asyncio's; the loop, a
 * Reactor single-thread scheduler, hands the baton to the longest-ready task whenever it is free.
 *
 * <p>Each task keeps its own Java thread, because its Python frames live on a Java stack and Java 17
 * cannot suspend one; the baton makes those threads take turns exactly where asyncio's tasks would.
 *
 * <p>gevent's hub is the same baton ({@code models/gevent}); only where a task gives it up differs
 * (at every monkey-patched blocking call), which is the model's hooks' business, not the loop's.
 */
public final class EventLoop {
    private final Scheduler loop;
    /** Whether this loop counts blocking calls made without giving it up (asyncio's rule; gevent yields instead). */
    private final boolean countsLoopBlocking;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Task> ready = new ArrayDeque<>(); // guarded by lock
    private Task running; // guarded by lock

    /** Set when the run is over: a worker still queued (abandoned by a timed-out run) is let go at once. */
    private volatile boolean closed;
    private long handOffs, yields, blockedNow, maxBlocked, maxReady, waitNanos, loopBlocks; // guarded by lock

    /** A loop whose thread is named {@code threadName}; {@code countsLoopBlocking} adds the loop-blocking-calls counter. */
    public EventLoop(String threadName, boolean countsLoopBlocking) {
        this.loop = Schedulers.newSingle(threadName, true);
        this.countsLoopBlocking = countsLoopBlocking;
    }

    /** A task's own turn signal. */
    static final class Task {
        final Semaphore turn = new Semaphore(0);
    }

    static Task taskOf(ThreadState ts) {
        if (ts.modelData instanceof Task t) return t;
        Task t = new Task();
        ts.modelData = t;
        return t;
    }

    /** The task wants to run (it started, or its blocking call returned): queue it and wait for its turn. */
    public void awaitTurn(ThreadState ts, boolean afterBlocking) {
        Task t = taskOf(ts);
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

    /** The task gives the baton up: it is about to block ({@code blocking}) or it has ended. */
    public void yieldTurn(ThreadState ts, boolean blocking) {
        Task t = taskOf(ts);
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

    /** A task made a blocking call without giving the loop up (asyncio's rules): the whole loop waits with it. */
    void blockedTheLoop() {
        lock.lock();
        try {
            loopBlocks++;
        } finally {
            lock.unlock();
        }
    }

    /** On the loop's thread: if nobody runs, the longest-ready task does. */
    private void dispatch() {
        Task next;
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

    public Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        lock.lock();
        try {
            c.put("hand-offs", handOffs);
            c.put("blocking-yields", yields);
            c.put("max-blocked-at-once", maxBlocked);
            c.put("max-ready-queue", maxReady);
            c.put("wait-ns", waitNanos);
            if (countsLoopBlocking) c.put("loop-blocking-calls", loopBlocks);
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

    public void shutdown() {
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

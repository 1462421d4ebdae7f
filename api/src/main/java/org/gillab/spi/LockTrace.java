package org.gillab.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A record of who held a model's global lock when, and who waited for it, for the lock timeline of
 * {@code gillab run --trace}: a lock model calls {@link #waiting} when a thread finds the lock taken and
 * starts to wait, {@link #acquired} when a thread gets it (which ends its wait) and {@link #released},
 * each with the thread's index and while it holds its own mutex, so events arrive in order. Off unless
 * the JVM was started with {@code -Dgillab.trace=true} (a {@code static final} flag: when off, the calls
 * compile to nothing); the record is bounded, and only the first {@link #CAPACITY} events of a run are
 * kept: about a second of gil-ticks, whose holder lets go and takes the lock back every 100 ticks
 * (1<<16 events lasted some 40 ms of it, less than the timeline's window).
 */
public final class LockTrace {
    private LockTrace() {}

    public static final String PROPERTY = "gillab.trace";
    public static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
    public static final int CAPACITY = 1 << 20;

    private static final byte ACQUIRED = 1, RELEASED = 2, WAITING = 3;

    private static final long[] TIMES = new long[ENABLED ? CAPACITY : 0];
    private static final int[] THREADS = new int[ENABLED ? CAPACITY : 0];
    private static final byte[] KINDS = new byte[ENABLED ? CAPACITY : 0];
    private static final AtomicInteger NEXT = new AtomicInteger();

    public static void acquired(int thread) {
        if (ENABLED) record(thread, ACQUIRED);
    }

    public static void released(int thread) {
        if (ENABLED) record(thread, RELEASED);
    }

    /** The thread found the lock taken and waits for it; its wait ends when it {@link #acquired} the lock. */
    public static void waiting(int thread) {
        if (ENABLED) record(thread, WAITING);
    }

    private static void record(int thread, byte kind) {
        // once full, stop counting too: runs after the traced one still call in, and the count must not wrap
        if (NEXT.get() > CAPACITY) return;
        int i = NEXT.getAndIncrement();
        if (i >= CAPACITY) return;
        TIMES[i] = System.nanoTime();
        THREADS[i] = thread;
        KINDS[i] = kind;
    }

    /** Until when the record is complete: the time of the last event kept once the record is full, else no limit. */
    public static long completeUntil() {
        return NEXT.get() > CAPACITY ? TIMES[CAPACITY - 1] : Long.MAX_VALUE;
    }

    /** Forgets what was recorded (before a run). */
    public static void reset() {
        NEXT.set(0);
    }

    /**
     * The holds recorded since {@link #reset}, within {@code windowNanos} of {@code startNanos}, as
     * {thread, start, end} relative to {@code startNanos}; a hold still open at the window's end is cut there.
     */
    public static List<long[]> holds(long startNanos, long windowNanos) {
        return spans(ACQUIRED, RELEASED, startNanos, windowNanos);
    }

    /** The waits, from {@link #waiting} to the thread's next {@link #acquired}, in the form of {@link #holds}. */
    public static List<long[]> waits(long startNanos, long windowNanos) {
        return spans(WAITING, ACQUIRED, startNanos, windowNanos);
    }

    private static List<long[]> spans(byte opens, byte closes, long startNanos, long windowNanos) {
        int n = Math.min(NEXT.get(), CAPACITY);
        List<long[]> out = new ArrayList<>();
        Map<Integer, Long> open = new HashMap<>();
        long end = startNanos + windowNanos;
        for (int i = 0; i < n; i++) {
            long t = TIMES[i];
            int th = THREADS[i];
            if (KINDS[i] == opens) open.put(th, t);
            else if (KINDS[i] == closes) {
                Long from = open.remove(th);
                if (from != null && t > startNanos && from < end) {
                    out.add(new long[] {th, Math.max(from, startNanos) - startNanos, Math.min(t, end) - startNanos});
                }
            }
        }
        for (Map.Entry<Integer, Long> e : open.entrySet()) {
            if (e.getValue() < end) out.add(new long[] {e.getKey(), Math.max(e.getValue(), startNanos) - startNanos, windowNanos});
        }
        return out;
    }
}

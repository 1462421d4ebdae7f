package org.gillab.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A record of who held a model's global lock when, for the lock timeline of {@code gillab run --trace}:
 * a lock model calls {@link #acquired} and {@link #released} with the thread's index while it holds its
 * own mutex, so events arrive in order. Off unless the JVM was started with {@code -Dgillab.trace=true}
 * (a {@code static final} flag: when off, the calls compile to nothing); the record is bounded, and
 * only the first {@link #CAPACITY} events of a run are kept.
 */
public final class LockTrace {
    private LockTrace() {}

    public static final String PROPERTY = "gillab.trace";
    public static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
    public static final int CAPACITY = 1 << 16;

    private static final long[] TIMES = new long[ENABLED ? CAPACITY : 0];
    private static final int[] THREADS = new int[ENABLED ? CAPACITY : 0];
    private static final AtomicInteger NEXT = new AtomicInteger();

    public static void acquired(int thread) {
        if (ENABLED) record(thread + 1);
    }

    public static void released(int thread) {
        if (ENABLED) record(-(thread + 1));
    }

    private static void record(int signedThread) {
        int i = NEXT.getAndIncrement();
        if (i >= CAPACITY) return;
        TIMES[i] = System.nanoTime();
        THREADS[i] = signedThread;
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
        int n = Math.min(NEXT.get(), CAPACITY);
        List<long[]> out = new ArrayList<>();
        Map<Integer, Long> open = new HashMap<>();
        long end = startNanos + windowNanos;
        for (int i = 0; i < n; i++) {
            long t = TIMES[i];
            int th = THREADS[i];
            if (th > 0) open.put(th - 1, t);
            else {
                Long from = open.remove(-th - 1);
                if (from != null && t > startNanos && from < end) {
                    out.add(new long[] {-th - 1, Math.max(from, startNanos) - startNanos, Math.min(t, end) - startNanos});
                }
            }
        }
        for (Map.Entry<Integer, Long> e : open.entrySet()) {
            if (e.getValue() < end) out.add(new long[] {e.getKey(), Math.max(e.getValue(), startNanos) - startNanos, windowNanos});
        }
        return out;
    }
}

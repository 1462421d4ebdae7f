package org.gillab.vm;

import java.util.concurrent.atomic.LongAdder;

import org.gillab.obj.PyGcObject;
import org.gillab.obj.PyObject;

/**
 * The cycle collector's entry points from the object model: container types call {@link #track}
 * when they are made, and {@link org.gillab.spi.Rc#deallocate} calls {@link #untrack} for a tracked
 * object whose count reached zero. The collector itself, one per interpreter, is {@link Collector}.
 *
 * <p>The layout of {@link PyGcObject#gcBits} (CPython packs the same facts into {@code PyGC_Head}):
 * bit 0 tracked, bits 1-2 the generation, bits 3-5 a collection's marks, and from bit 8 up, while a
 * collection runs, the object's index in the collector's array of reference counts.
 */
public final class Gc {
    private Gc() {}

    public static final int TRACKED = 1;
    static final int GEN_SHIFT = 1;
    static final int GEN_MASK = 3 << GEN_SHIFT;
    /** In the set being collected. */
    static final int COLLECTING = 1 << 3;
    /** Reached from outside the set (move_unreachable's verdict). */
    static final int REACHABLE = 1 << 4;
    /** Found unreachable; finalized and cleared next. */
    static final int UNREACHABLE = 1 << 5;
    static final int INDEX_SHIFT = 8;
    /** The most objects one collection looks at (the index must fit in gcBits' upper 24 bits). */
    static final int MAX_INDEX = (1 << 23) - 1;

    /** Starts tracking a new container on the calling thread's interpreter (CPython's PyObject_GC_Track). */
    public static void track(PyGcObject o) {
        ThreadState ts = ThreadState.bound();
        if (ts != null && ts.interp != null) ts.interp.gc.track(ts, o);
    }

    /** A tracked object was deallocated: it leaves its generation (CPython's PyObject_GC_UnTrack in dealloc). */
    public static void untrack(PyGcObject o) {
        o.gcBits = 0; // its list entry goes at the next collection or compaction
        ThreadState ts = ThreadState.bound();
        if (ts != null && ts.interp != null) ts.interp.gc.onDealloc(ts);
    }

    /**
     * CPython's {@code _PyObject_GC_MAY_BE_TRACKED}: whether a dict holding {@code o} must be tracked.
     * Every container but a dict is tracked when made (an untracked one is a tuple of atomic values,
     * which can never be part of a cycle); a dict is tracked lazily, so any dict counts.
     */
    public static boolean mayBeTracked(PyObject o) {
        return o instanceof PyGcObject g && (g.gcBits & TRACKED) != 0 || o instanceof org.gillab.obj.PyDict;
    }

    /** Whether {@code o} is tracked ({@code gc.is_tracked}). */
    public static boolean isTracked(PyObject o) {
        return o instanceof PyGcObject g && (g.gcBits & TRACKED) != 0;
    }

    /**
     * Every collector's totals in this JVM, which a run reports beside the model's counters (one run
     * at a time per JVM; the runners reset them at the start).
     */
    public static final class Totals {
        private Totals() {}

        static final LongAdder COLLECTIONS = new LongAdder();
        static final LongAdder COLLECTED = new LongAdder();
        static final LongAdder PAUSE_NS = new LongAdder();
        static final java.util.concurrent.atomic.AtomicLong MAX_PAUSE_NS = new java.util.concurrent.atomic.AtomicLong();

        public static void reset() {
            COLLECTIONS.reset();
            COLLECTED.reset();
            PAUSE_NS.reset();
            MAX_PAUSE_NS.set(0);
        }

        /** The counters a run reports: gc-collections, gc-collected, gc-pause-ns, gc-max-pause-ns. */
        public static void addTo(java.util.Map<String, Long> counters) {
            counters.put("gc-collections", COLLECTIONS.sum());
            counters.put("gc-collected", COLLECTED.sum());
            counters.put("gc-pause-ns", PAUSE_NS.sum());
            counters.put("gc-max-pause-ns", MAX_PAUSE_NS.get());
        }

        static void record(long collected, long pauseNs) {
            COLLECTIONS.increment();
            COLLECTED.add(collected);
            PAUSE_NS.add(pauseNs);
            MAX_PAUSE_NS.accumulateAndGet(pauseNs, Math::max);
        }
    }
}

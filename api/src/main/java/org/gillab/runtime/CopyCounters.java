package org.gillab.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What serialized copies ({@link Shareable.Pickled}) cost in this JVM: how many values were pickled,
 * their bytes, and the time spent pickling and unpickling them. The isolated runner resets them at the
 * start of a run and reports them with the model's counters; a child process sends its own back with
 * its result. Values that cross as themselves (PEP 734's shareable types) are not counted: they cost
 * a plain copy of their data, as in CPython, where they do not go through pickle either.
 */
public final class CopyCounters {
    private CopyCounters() {}

    /** The counters' names, in the order reports show them. */
    public static final String PICKLED = "copies-pickled", BYTES = "copy-bytes", PICKLE_NS = "pickle-ns", UNPICKLE_NS = "unpickle-ns";

    private static final LongAdder pickled = new LongAdder();
    private static final LongAdder bytes = new LongAdder();
    private static final LongAdder pickleNanos = new LongAdder();
    private static final LongAdder unpickleNanos = new LongAdder();

    static void pickled(int size, long nanos) {
        pickled.increment();
        bytes.add(size);
        pickleNanos.add(nanos);
    }

    static void unpickled(long nanos) {
        unpickleNanos.add(nanos);
    }

    /** Zero, at the start of a run. */
    public static void reset() {
        pickled.reset();
        bytes.reset();
        pickleNanos.reset();
        unpickleNanos.reset();
    }

    public static Map<String, Long> snapshot() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put(PICKLED, pickled.sum());
        c.put(BYTES, bytes.sum());
        c.put(PICKLE_NS, pickleNanos.sum());
        c.put(UNPICKLE_NS, unpickleNanos.sum());
        return c;
    }
}

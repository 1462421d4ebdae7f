package org.gillab.bench;

import java.util.Map;

/**
 * One way of counting references, as {@link RefCountBench} names it: which model's counting, with
 * which options, on an object made by which thread (biased counting treats its owner apart).
 */
record RefCountCase(String model, Map<String, String> options, Holder object) {
    /** Who made the object, which is what biased counting keys on. */
    enum Holder {
        /** The benchmark thread that set the trial up (with two threads: one owner, one not). */
        SETUP_THREAD,
        /** A thread that has ended: every benchmark thread counts it as a non-owner. */
        ENDED_THREAD,
        /** Nobody: an immortal object (PEP 683), whose count never changes. */
        IMMORTAL
    }

    static final String NAMES = "unsafe, fine-grained-mutex, fine-grained-atomic, free-threaded-owner, free-threaded-other, free-threaded-immortal";

    static RefCountCase named(String name) {
        return switch (name) {
            case "unsafe" -> new RefCountCase("unsafe", Map.of(), Holder.SETUP_THREAD);
            case "fine-grained-mutex" -> new RefCountCase("fine-grained", Map.of("refcount", "mutex"), Holder.SETUP_THREAD);
            case "fine-grained-atomic" -> new RefCountCase("fine-grained", Map.of("refcount", "atomic"), Holder.SETUP_THREAD);
            case "free-threaded-owner" -> new RefCountCase("free-threaded", Map.of(), Holder.SETUP_THREAD);
            case "free-threaded-other" -> new RefCountCase("free-threaded", Map.of(), Holder.ENDED_THREAD);
            case "free-threaded-immortal" -> new RefCountCase("free-threaded", Map.of(), Holder.IMMORTAL);
            default -> throw UsageError.exit("unknown reference-counting case '" + name + "' (known: " + NAMES + ")");
        };
    }

    /** Whether the model keeps counts exact under concurrent updates (the unsafe model loses some, by design). */
    boolean exact() {
        return !model.equals("unsafe");
    }
}

package org.gillab.vm;

/**
 * A thread that runs Python code: its {@link ThreadState} is one field away, where a
 * {@code ThreadLocal} would cost a hash lookup, and models may keep per-thread counters here that
 * hot paths (an incref) reach through {@code Thread.currentThread()} alone.
 *
 * <p>Every thread the runners start is one; a thread that is not still works through the
 * {@code ThreadLocal}.
 */
public class PyThread extends Thread {
    /** Deep enough for CPython's default recursion limit with room to spare. */
    public static final long STACK_BYTES = 1L << 29;

    ThreadState state;

    /**
     * Per-thread scratch a model's hot path may use without synchronisation (biased reference
     * counting's local-operation counts); read by the model after the thread has finished.
     */
    public final long[] modelCounters = new long[8];

    public PyThread(Runnable body, String name) {
        super(null, body, name, STACK_BYTES);
    }
}

package org.gillab.vm;

import org.gillab.obj.PyBaseException;
import org.gillab.spi.Hooks;
import org.gillab.spi.ThreadHooks;

/**
 * What one thread running Python code carries (CPython's {@code PyThreadState}): its interpreter,
 * its recursion depth, the exception being handled, and the eval-breaker flag through which a
 * concurrency model asks the thread to stop at its next safe point.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    /**
     * Non-zero when the model wants this thread at a safe point; polled at backward jumps and calls.
     * One volatile read when nothing is pending.
     */
    public volatile int evalBreaker;

    public final Interpreter interp;
    public final ThreadHooks hooks;
    /** A small id, 0 for the first thread of a run (threading.get_ident gives the Java thread id). */
    public final int index;
    /** Per-thread state a concurrency model may keep here (lock bookkeeping, biased-count owner). */
    public Object modelData;

    int depth;
    /** The exception being handled by an except clause, for bare {@code raise} (CPython's exc_info). */
    PyBaseException handled;

    public ThreadState(Interpreter interp, int index) {
        this.interp = interp;
        this.index = index;
        this.hooks = Hooks.threads();
    }

    /** The state of the calling thread; it must have been {@link #bind bound}. */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) throw new IllegalStateException("no Python thread state bound to " + Thread.currentThread().getName());
        return ts;
    }

    /** Whether the calling thread runs Python code (has a bound state). */
    public static boolean isBound() {
        return CURRENT.get() != null;
    }

    /** Makes this the calling thread's state and attaches it to the model. */
    public void bind() {
        CURRENT.set(this);
        hooks.attach(this);
    }

    /** Detaches from the model and unbinds. */
    public void unbind() {
        try {
            hooks.detach(this);
        } finally {
            CURRENT.remove();
        }
    }

    /** Before a blocking call: let the model release what it holds. */
    public static void beginBlocking() {
        ThreadState ts = CURRENT.get();
        if (ts != null) ts.hooks.beforeBlocking(ts);
    }

    /** After a blocking call: let the model re-acquire. */
    public static void endBlocking() {
        ThreadState ts = CURRENT.get();
        if (ts != null) ts.hooks.afterBlocking(ts);
    }
}

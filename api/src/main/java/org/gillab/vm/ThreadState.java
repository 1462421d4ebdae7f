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

    /**
     * Instructions left before {@link ThreadHooks#onTicksExpired}; counted down only when
     * {@link org.gillab.spi.InstructionTicks#ENABLED}.
     */
    public int ticker = Integer.MAX_VALUE;

    /** Set by {@link #abandon}: the thread stops at its next safe point. */
    volatile boolean abandoned;

    /**
     * The eval-breaker bits a concurrency model may use for its own requests (a drop request, a
     * merge queue): the bits above them are the interpreter's (abandon, collect, stop the world). A
     * model sets and clears only its own, with {@link #requestBreaker} and {@link #clearBreaker}:
     * another thread may be setting one of the interpreter's at the same moment.
     */
    public static final int MODEL_BITS = (1 << 28) - 1;

    /** The eval-breaker bit the cycle collector sets on the thread whose allocation passed the threshold. */
    public static final int GC_BIT = 1 << 29;
    /** The eval-breaker bit that asks a thread to park while another stops the world. */
    public static final int STOP_BIT = 1 << 28;

    private static final java.lang.invoke.VarHandle EVAL_BREAKER;
    static {
        try {
            EVAL_BREAKER = java.lang.invoke.MethodHandles.lookup().findVarHandle(ThreadState.class, "evalBreaker", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Sets {@code bit} in {@link #evalBreaker} atomically (another thread may be setting its own bit). */
    public void requestBreaker(int bit) {
        EVAL_BREAKER.getAndBitwiseOr(this, bit);
    }

    /** Clears {@code bit} in {@link #evalBreaker} atomically. */
    public void clearBreaker(int bit) {
        EVAL_BREAKER.getAndBitwiseAnd(this, ~bit);
    }

    /** This thread's young generation: the containers it made since the last collection ({@link Collector}). */
    final Collector.ObjList gcYoung = new Collector.ObjList(64);
    /** Tracked allocations minus deallocations not yet added to the collector's count. */
    int gcAllocs;

    /**
     * Where this thread stands while another stops the world (models whose threads run in
     * parallel): attached, detached (blocked, or not running Python) or parked at a safe point.
     */
    public volatile int worldState = DETACHED;
    public static final int ATTACHED = 0, DETACHED = 1, PARKED = 2;

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
        this(interp, index, Hooks.threads());
    }

    /** A state whose thread hooks are {@code hooks} (an interpreter with a lock of its own). */
    public ThreadState(Interpreter interp, int index, ThreadHooks hooks) {
        this.interp = interp;
        this.index = index;
        this.hooks = hooks;
    }

    /** The state of the calling thread; it must have been {@link #bind bound}. */
    public static ThreadState current() {
        ThreadState ts = bound();
        if (ts == null) throw new IllegalStateException("no Python thread state bound to " + Thread.currentThread().getName());
        return ts;
    }

    /** Whether the calling thread runs Python code (has a bound state). */
    public static boolean isBound() {
        return bound() != null;
    }

    /** Makes this the calling thread's state and attaches it to the model. */
    public void bind() {
        if (Thread.currentThread() instanceof PyThread p) p.state = this;
        CURRENT.set(this);
        if (interp != null) interp.gc.register(this);
        hooks.attach(this);
    }

    /** Detaches from the model and unbinds. */
    public void unbind() {
        try {
            hooks.detach(this);
        } finally {
            if (interp != null) interp.gc.unregister(this);
            if (Thread.currentThread() instanceof PyThread p) p.state = null;
            CURRENT.remove();
        }
    }

    /**
     * Makes this thread stop running Python code at its next safe point (a backward jump or a call),
     * by throwing {@link WorkerAbandoned} there: what a runner does to a worker that outlived its
     * timeout, so that it does not go on using a core. A thread stuck inside one Java operation (a
     * blocking call, a loop over a corrupted structure) stops only when that operation returns.
     */
    public void abandon() {
        abandoned = true;
        requestBreaker(ABANDON_BIT);
    }

    /** The eval-breaker bit {@link #abandon} sets; models leave bits they do not own alone. */
    public static final int ABANDON_BIT = 1 << 30;

    /** The calling thread's state, or null. */
    public static ThreadState bound() {
        return Thread.currentThread() instanceof PyThread p ? p.state : CURRENT.get();
    }

    /** Before a blocking call: let the model release what it holds. */
    public static void beginBlocking() {
        ThreadState ts = bound();
        if (ts != null) ts.hooks.beforeBlocking(ts);
    }

    /** After a blocking call: let the model re-acquire. */
    public static void endBlocking() {
        ThreadState ts = bound();
        if (ts != null) ts.hooks.afterBlocking(ts);
    }

    /** Before native work done outside the lock (see {@link ThreadHooks#beforeNativeWork}). */
    public static void beginNativeWork() {
        ThreadState ts = bound();
        if (ts != null) ts.hooks.beforeNativeWork(ts);
    }

    /** After that native work: let the model re-acquire. */
    public static void endNativeWork() {
        ThreadState ts = bound();
        if (ts != null) ts.hooks.afterNativeWork(ts);
    }
}

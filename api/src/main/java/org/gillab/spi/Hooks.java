package org.gillab.spi;

/**
 * Installs a concurrency model's hooks into the interpreter. One set is active at a time; a run
 * installs its model's hooks before it starts and {@link #reset}s them when it ends.
 */
public final class Hooks {
    private Hooks() {}

    static volatile ThreadHooks threads = ThreadHooks.NONE;

    public static void install(RefCounting refCounting, ContainerLocking locking, ThreadHooks threadHooks) {
        Rc.strategy = refCounting;
        Cs.strategy = locking;
        threads = threadHooks;
    }

    public static void reset() {
        install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, ThreadHooks.NONE);
    }

    public static ThreadHooks threads() {
        return threads;
    }
}

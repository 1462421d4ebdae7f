package org.gillab.bench;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.vm.PyThread;

/**
 * JMH's benchmark threads, made {@link PyThread}s (JMH's {@code jmh.executor=CUSTOM}, set by
 * {@link Jvm#ARGS}): the interpreter's runners run Python code only on those, and the hot paths
 * differ on them (a thread state one field away instead of a {@code ThreadLocal}, per-thread model
 * counters instead of shared adders), so a benchmark thread must be one to take the same paths.
 * A fixed pool, as JMH's own executor, so that a benchmark's threads stay the same across iterations.
 */
public final class PyThreadExecutor extends ThreadPoolExecutor {
    /** The constructor JMH calls for a custom executor. */
    public PyThreadExecutor(int maxThreads, String prefix) {
        super(maxThreads, maxThreads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), pyThreads(prefix));
    }

    private static java.util.concurrent.ThreadFactory pyThreads(String prefix) {
        AtomicInteger made = new AtomicInteger();
        return body -> {
            PyThread t = new PyThread(body, prefix + "-" + made.incrementAndGet());
            t.setDaemon(true); // as JMH's own workers: a stuck benchmark thread must not keep the fork alive
            return t;
        };
    }
}

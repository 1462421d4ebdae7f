package org.gillab.harness.sweep;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;
import org.gillab.spi.ModelPlugin;
import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;

/**
 * Models that only a test would write, found on the test class path like any plugin: one whose JVM
 * dies as soon as a run starts, one that never answers (stuck before any safe point), one whose two
 * workers deadlock on two locks taken in opposite orders.
 */
public final class TestModels {
    private TestModels() {}

    private record Factory(String name, Runnable onCreate) implements ModelFactory {
        @Override public String description() { return "test model: " + name; }
        @Override public ConcurrencyModel create(ModelOptions options) {
            onCreate.run();
            return Map::of;
        }
    }

    /** Its JVM exits with status 9 when a run starts (as a JVM killed or out of memory would end). */
    public static final class DiesPlugin extends ModelPlugin {
        public DiesPlugin() {
            super(new Factory("test-dies", () -> Runtime.getRuntime().halt(9)));
        }
    }

    /** Never returns from making the model: no safe point, no timeout of its own can help. */
    public static final class StuckPlugin extends ModelPlugin {
        public StuckPlugin() {
            super(new Factory("test-stuck", () -> {
                while (true) LockSupport.park();
            }));
        }
    }

    /**
     * Each worker takes two locks as it attaches, the first worker A then B, the second B then A, and
     * both wait until each holds its first: a deadlock every time, the one the fork's thread dump must
     * name (both threads, both locks).
     */
    public static final class DeadlockPlugin extends ModelPlugin {
        public DeadlockPlugin() {
            super(new ModelFactory() {
                @Override public String name() { return "test-deadlock"; }
                @Override public String description() { return "test model: two workers, two locks, opposite orders"; }
                @Override public ConcurrencyModel create(ModelOptions options) { return new Deadlocking(); }
            });
        }
    }

    private static final class Deadlocking implements ConcurrencyModel {
        private final ReentrantLock a = new ReentrantLock(), b = new ReentrantLock();
        private final CountDownLatch bothHoldOne = new CountDownLatch(2);
        private final AtomicInteger arrivals = new AtomicInteger();

        @Override
        public ThreadHooks threadHooks() {
            return new ThreadHooks() {
                @Override
                public void attach(ThreadState ts) {
                    if (!Thread.currentThread().getName().startsWith("gillab-worker-")) return;
                    boolean first = arrivals.getAndIncrement() % 2 == 0;
                    ReentrantLock mine = first ? a : b, theirs = first ? b : a;
                    mine.lock();
                    bothHoldOne.countDown();
                    try {
                        bothHoldOne.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    theirs.lock();
                }
            };
        }

        @Override
        public Map<String, Long> counters() {
            return Map.of();
        }
    }
}

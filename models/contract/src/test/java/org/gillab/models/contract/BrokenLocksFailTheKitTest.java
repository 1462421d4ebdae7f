package org.gillab.models.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptions;
import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The kit must see a broken lock, not only a broken heap. Each of three locks below keeps every
 * object intact and is broken in one way that a plugin author met in practice; the kit's test for
 * that way must fail on it (and, for the hang, within a minute), and the correct lock must pass it.
 */
class BrokenLocksFailTheKitTest {
    /** How a {@link SimpleGil} is broken. */
    enum Fault { NONE, RELEASE_WAKES_NOBODY, DROP_REQUEST_IGNORED, KEPT_ACROSS_BLOCKING }

    @Test
    void theCorrectLockPassesTheSwitchingTests() {
        for (String test : List.of("twoCpuBoundWorkersTakeTurnsWhileBothRun", "aLockLetGoAtABlockingCallWakesItsWaiterAtOnce",
                "blockingCallsLetOtherWorkersRun")) {
            TestExecutionSummary s = runKitTest(Fault.NONE, test);
            assertEquals(1, s.getTestsSucceededCount(), test + ": " + failures(s));
        }
    }

    @Test
    void aReleaseThatWakesNobodyFails() {
        TestExecutionSummary s = runKitTest(Fault.RELEASE_WAKES_NOBODY, "aLockLetGoAtABlockingCallWakesItsWaiterAtOnce");
        assertEquals(1, s.getTestsFailedCount(), "the kit passed a lock whose release wakes nobody");
        assertTrue(failures(s).contains("did not wake the parked waiter"), failures(s));
    }

    @Test
    void aDropRequestThatIsIgnoredFails() {
        TestExecutionSummary s = runKitTest(Fault.DROP_REQUEST_IGNORED, "twoCpuBoundWorkersTakeTurnsWhileBothRun");
        assertEquals(1, s.getTestsFailedCount(), "the kit passed a lock that never drops when asked");
        assertTrue(failures(s).contains("did not take turns"), failures(s));
    }

    @Test
    void aLockKeptAcrossABlockingCallFailsWithinAMinute() {
        long start = System.nanoTime();
        TestExecutionSummary s = runKitTest(Fault.KEPT_ACROSS_BLOCKING, "blockingCallsLetOtherWorkersRun");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(1, s.getTestsFailedCount(), "the kit passed a lock kept across a blocking call");
        assertTrue(failures(s).contains("kept the model's lock"), failures(s));
        assertTrue(seconds < 60, "took " + seconds + " s to fail");
    }

    private static TestExecutionSummary runKitTest(Fault fault, String method) {
        Kit.fault = fault;
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        // the switching tests take a temporary folder; the others take nothing
        String parameters = method.startsWith("blocking") ? "" : Path.class.getName();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(Kit.class, method, parameters)).build(), listener);
        return listener.getSummary();
    }

    private static String failures(TestExecutionSummary s) {
        StringBuilder sb = new StringBuilder();
        s.getFailures().forEach(f -> sb.append(f.getException().getMessage()).append('\n'));
        return sb.toString();
    }

    /** The kit, run on a {@link SimpleGil} with the fault of the moment (nested: Surefire does not run it by itself). */
    static class Kit extends GlobalLockModelContract {
        static volatile Fault fault = Fault.NONE;

        @Override
        protected ModelFactory factory() {
            return new SimpleGilFactory(fault);
        }

        @Override
        protected Map<String, String> longIntervalOptions() {
            return Map.of("interval", "2s");
        }
    }

    record SimpleGilFactory(Fault fault) implements ModelFactory {
        @Override public String name() { return "simple-gil"; }
        @Override public String description() { return "a test lock"; }
        @Override public List<ModelOption> options() { return List.of(new ModelOption("interval", "5ms", "switch interval")); }
        @Override public ConcurrencyModel create(ModelOptions options) {
            SimpleGil gil = new SimpleGil(options.getDurationNanos("interval"), fault);
            return new ConcurrencyModel() {
                @Override public ThreadHooks threadHooks() { return gil; }
                @Override public Map<String, Long> counters() { return Map.of(); }
            };
        }
    }

    /**
     * The smallest time-based GIL: a waiter waits an interval at a time and, when the holder has not
     * changed meanwhile, asks it to drop at its next safe point; a release signals one waiter.
     */
    static final class SimpleGil implements ThreadHooks {
        static final int DROP = 1;
        private final ReentrantLock mutex = new ReentrantLock();
        private final Condition free = mutex.newCondition();
        private final long intervalNanos;
        private final Fault fault;
        private ThreadState holder;
        private long switches;

        SimpleGil(long intervalNanos, Fault fault) {
            this.intervalNanos = intervalNanos;
            this.fault = fault;
        }

        void take(ThreadState ts) {
            mutex.lock();
            try {
                while (holder != null) {
                    long seen = switches;
                    if (free.awaitNanos(intervalNanos) <= 0 && holder != null && switches == seen) holder.evalBreaker |= DROP;
                }
                holder = ts;
                switches++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                holder = ts; // keep the model simple: a test thread is not interrupted
            } finally {
                mutex.unlock();
            }
        }

        void drop(ThreadState ts) {
            mutex.lock();
            try {
                ts.evalBreaker &= ~DROP;
                holder = null;
                if (fault != Fault.RELEASE_WAKES_NOBODY) free.signal();
            } finally {
                mutex.unlock();
            }
        }

        @Override public void attach(ThreadState ts) { take(ts); }
        @Override public void detach(ThreadState ts) { drop(ts); }

        @Override
        public void onEvalBreaker(ThreadState ts) {
            if ((ts.evalBreaker & DROP) == 0 || fault == Fault.DROP_REQUEST_IGNORED) return;
            drop(ts);
            Thread.yield();
            take(ts);
        }

        @Override public void beforeBlocking(ThreadState ts) { if (fault != Fault.KEPT_ACROSS_BLOCKING) drop(ts); }
        @Override public void afterBlocking(ThreadState ts) { if (fault != Fault.KEPT_ACROSS_BLOCKING) take(ts); }
    }
}

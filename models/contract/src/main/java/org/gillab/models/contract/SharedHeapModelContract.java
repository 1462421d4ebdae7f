package org.gillab.models.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gillab.spi.ModelFactory;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every model that runs workers as threads on one shared heap must keep, whatever its
 * locking: the interpreter's own state (reference counts, lists, dicts) is never corrupted (the audit is
 * clean after every run), a lock the program takes makes its updates atomic, blocking calls (a lock, a
 * socket, a sleep) let other workers run, a failing worker is reported while the others finish, a hung
 * one is reported and stopped, no thread outlives a run, and the counters add up.
 *
 * <p>To check a new model, extend this class in the model's tests and return its factory:
 * <pre>
 * class MyModelContractTest extends SharedHeapModelContract {
 *     &#64;Override protected ModelFactory factory() { return new MyFactory(); }
 * }
 * </pre>
 * Sizes are small so that the whole contract runs in seconds; the workloads are the shipped ones.
 */
public abstract class SharedHeapModelContract {
    /** The model under test. */
    protected abstract ModelFactory factory();

    /** Settings for every run (defaults: none). */
    protected Map<String, String> options() {
        return Map.of();
    }

    /** Workers for the shared-state runs: more than cores, so that threads are preempted mid-operation. */
    protected int workers() {
        return 4;
    }

    /** Model-specific consistency of the counters after a run with {@code workers} workers; override to add. */
    protected void assertCountersConsistent(Map<String, Long> counters, int workers) {}

    /**
     * How long one of the kit's runs may take. Each takes well under a second on an idle machine;
     * the margin is for a loaded one, and small enough that a model that hangs every run (a lock kept
     * across a blocking call) fails the whole kit in minutes, each test naming the hang.
     */
    protected static final Duration RUN_TIMEOUT = Duration.ofSeconds(20);

    protected final RunOutcome run(String workload, int workers, long size) {
        return ModelRuns.run(factory(), options(), Workloads.file(workload), workers, size, RUN_TIMEOUT).outcome();
    }

    /**
     * Nothing went wrong inside the interpreter: no hang, no damage, no Python error, a clean audit.
     * A hang is named first: the runner records it among the damage, but its cause is the model's
     * locking (a lock never released, a waiter never woken), not a broken heap.
     */
    protected static void assertInterpreterIntact(RunOutcome r) {
        assertFalse(r.timedOut(), () -> "hung: " + String.join("; ", r.damage()));
        assertEquals(List.of(), r.damage(), "interpreter damage");
        assertEquals(List.of(), r.errors(), "Python errors");
        assertFalse(r.timedOut(), "hung");
        assertNotNull(r.audit(), "audit");
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
    }

    @Test
    void isDiscoverableByName() {
        ContractChecks.assertDiscoverable(factory());
    }

    @Test
    void oneWorkerRunsAWorkloadCorrectly() {
        RunOutcome r = run("countdown", 1, 200_000);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        assertEquals(0, r.exitCode());
    }

    /** How many times the race tests run their program: each run is one chance for the race. */
    protected int raceRepeats() {
        return 3;
    }

    @Test
    void aCachedGlobalReadNeverReturnsAnotherGlobal(@TempDir Path dir) throws IOException {
        // issue 16: one worker deletes a global, adds 120 others, re-creates it and deletes the 120,
        // so the module dict compacts and resizes; two others read the global through LOAD_GLOBAL's
        // inline cache. Before the fix a read returned whatever the resize had moved to the cached
        // entry (another global: a function, a class, a pad int) in about one run in five.
        Path f = Workloads.race(dir, "global_cache_race");
        for (int i = 0; i < raceRepeats(); i++) {
            RunOutcome r = ModelRuns.run(factory(), options(), f, 3, 1500, Duration.ofSeconds(120)).outcome();
            assertInterpreterIntact(r);
            assertEquals(RunOutcome.Check.PASSED, r.check(), "a cached global read returned another object (run " + i + ")");
        }
    }

    @Test
    void concurrentAppendsToOneListAreNeverLost() {
        RunOutcome r = run("list_append", workers(), 100_000);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), "appends lost");
    }

    @Test
    void concurrentStoresIntoOneDictAreNeverLost() {
        RunOutcome r = run("dict_keys", workers(), 60_000);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), "keys lost");
    }

    @Test
    void concurrentAddsAndDiscardsOnOneSetAreNeverLost(@TempDir Path dir) throws IOException {
        RunOutcome r = ModelRuns.run(factory(), options(), Workloads.race(dir, "set_race"), workers(), 40_000, RUN_TIMEOUT).outcome();
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), "set members lost or resurrected");
    }

    @Test
    void sharedObjectsKeepTheirReferenceCounts() {
        RunOutcome r = run("read_shared", workers(), 400_000);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
    }

    @Test
    void aReadModifyWriteUnderALockLosesNoUpdate() {
        RunOutcome r = run("counter_locked", workers(), 40_000);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), "updates lost under a threading.Lock");
    }

    @Test
    void aReadModifyWriteWithoutALockMayLoseUpdatesButNeverCorruptsTheInterpreter() {
        RunOutcome r = run("shared_counter", workers(), 200_000);
        assertInterpreterIntact(r);
        assertTrue(r.check() == RunOutcome.Check.PASSED || r.check() == RunOutcome.Check.FAILED);
    }

    @Test
    void aCollectionWhileOtherWorkersRunFreesOnlyGarbage() {
        // worker 0 calls gc.collect() every 1000 iterations (and the thresholds trip on their own)
        // while every worker makes cyclic garbage and finally walks a ring of live nodes both ways:
        // a collection that freed a live node, or ran while a container was mid-update, shows in the
        // walk, the audit or the damage list
        RunOutcome r = run("gc_churn", workers(), 40_000);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), "a live ring was broken or a result lost: " + r.results());
        // worker 0 asks for 10 collections; one asked for while another thread's collection runs returns
        // at once, as CPython's does while gcstate->collecting is set, so fewer may be counted
        assertTrue(r.counters().get("gc-collections") >= 5, "collections: " + r.counters());
        assertTrue(r.counters().get("gc-collected") > 0, "nothing collected: " + r.counters());
    }

    @Test
    protected void valuesCrossAChannelIntact() {
        // 3 producers send through a bounded channel (sends wait while it is full) to one consumer
        RunOutcome r = run("pipeline", 4, 30_000);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
    }

    @Test
    protected void blockingCallsLetOtherWorkersRun() {
        // worker 0 blocks on a lock and a socket that only worker 1 can open: a model that held its
        // lock across the blocking call would hang here (reported as a timeout)
        RunOutcome r = ModelRuns.run(factory(), options(), Workloads.file("blocking_handoff"), 2, 20_000, RUN_TIMEOUT).outcome();
        assertFalse(r.timedOut(), "a blocking call kept the model's lock");
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
    }

    @Test
    protected void aSleepingWorkerDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
        // a model that kept its lock through time.sleep would let the counting workers finish only after
        // the sleeper woke; their finishing times say which happened
        RunOutcome r = ModelRuns.run(factory(), options(), Workloads.sleeperAndCounters(dir, 1.0), 3, 20_000, RUN_TIMEOUT).outcome();
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), "workers finished after the sleeper woke: " + r.results());
    }

    @Test
    void noWorkerThreadOutlivesItsRun() {
        // only this run's threads count: a thread an earlier, failed test left behind is that test's fault
        Set<Thread> before = workerThreads();
        run("list_append", workers(), 20_000);
        for (Thread t : workerThreads()) {
            assertTrue(before.contains(t), "left behind: " + t.getName());
        }
    }

    private static Set<Thread> workerThreads() {
        Set<Thread> alive = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("gillab-worker-") && t.isAlive()) alive.add(t);
        }
        return alive;
    }

    @Test
    void aWorkerThatRaisesIsReportedAndTheOthersFinish(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("raises.py");
        Files.writeString(f, String.join("\n",
                "DESCRIPTION = 'worker 1 raises'",
                "CATEGORY = 'cpu'",
                "SIZE = 10000",
                "def work(part, parts, size, shared):",
                "    n = 0",
                "    for i in range(size):",
                "        n += i",
                "    if part == 1:",
                "        raise ValueError('worker one fails')",
                "    return n",
                ""));
        RunOutcome r = ModelRuns.run(factory(), options(), f, 3, 10_000, RUN_TIMEOUT).outcome();
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).contains("ValueError: worker one fails"), r.errors().get(0));
        assertEquals(List.of(), r.damage());
        assertEquals("49995000", r.results().get(0));
        assertEquals("49995000", r.results().get(2));
        assertEquals(1, r.exitCode());
        assertTrue(r.audit().clean(), r.audit().summary());
    }

    @Test
    void aHungWorkerIsReportedAndStopsAtItsNextSafePoint(@TempDir Path dir) throws IOException, InterruptedException {
        Path f = dir.resolve("hangs.py");
        Files.writeString(f, String.join("\n",
                "DESCRIPTION = 'worker 1 never ends'",
                "CATEGORY = 'cpu'",
                "SIZE = 1",
                "def work(part, parts, size, shared):",
                "    while part == 1:",
                "        pass",
                "    return part",
                ""));
        RunOutcome r = ModelRuns.run(factory(), options(), f, 2, 1, Duration.ofSeconds(1)).outcome();
        assertTrue(r.timedOut(), "not reported as hung");
        assertEquals(3, r.exitCode());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (workerThreadsAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertFalse(workerThreadsAlive(), "the abandoned worker is still running");
    }

    private static boolean workerThreadsAlive() {
        return !workerThreads().isEmpty();
    }

    @Test
    void countersAreConsistent() {
        RunOutcome a = run("counter_locked", 2, 20_000);
        RunOutcome b = run("countdown", 1, 100_000);
        ContractChecks.assertCountersWellFormed(a, b);
        assertCountersConsistent(a.counters(), 2);
        assertCountersConsistent(b.counters(), 1);
    }
}

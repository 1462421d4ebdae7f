package org.gillab.models.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.gillab.spi.ModelFactory;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;

/**
 * The contract of a model that declares itself unsafe (no synchronization, as a baseline or to show
 * what races do): it cannot keep the shared-heap contract, so it is held to what makes it useful
 * instead. With one worker it is exactly right; with several on shared state its damage is detected
 * and reported (the test fails if the races are never seen, so a model that is secretly safe, or an
 * audit that went blind, is caught); a damaged run still comes back with a report; no worker outlives
 * its run.
 *
 * <p>A model declares itself unsafe by extending this class in its tests instead of
 * {@link SharedHeapModelContract}.
 */
public abstract class UnsafeModelContract {
    /** The model under test. */
    protected abstract ModelFactory factory();

    /** Settings for every run (defaults: none). */
    protected Map<String, String> options() {
        return Map.of();
    }

    /** A corrupted heap may send a worker round a loop forever: that is reported as hung, and the test goes on. */
    protected final RunOutcome run(String workload, int workers, long size) {
        return ModelRuns.run(factory(), options(), Workloads.file(workload), workers, size, Duration.ofSeconds(10)).outcome();
    }

    @Test
    void isDiscoverableByName() {
        ContractChecks.assertDiscoverable(factory());
    }

    @Test
    void oneWorkerIsExactlyRight() {
        for (String w : new String[] {"countdown", "list_append", "dict_keys", "read_shared", "shared_counter", "gc_churn"}) {
            RunOutcome r = run(w, 1, 50_000);
            assertEquals(RunOutcome.Check.PASSED, r.check(), w);
            assertTrue(r.audit().clean(), w + ": " + r.audit().summary());
            assertEquals(0, r.exitCode(), w);
        }
    }

    @Test
    void itsDamageIsDetectedAndReported() {
        // plain ++/-- of the same counts from 4 threads: updates are lost, so counts drift until an object
        // is freed while referenced or never freed. Each attempt either shows damage or is (rarely)
        // lucky; three lucky runs in a row would mean the races are not real or not seen.
        boolean detected = false;
        for (int attempt = 0; attempt < 3 && !detected; attempt++) {
            RunOutcome r = run("read_shared", 4, 2_000_000);
            assertNotNull(r.counters(), "the run came back with a report");
            detected = r.exitCode() == 3 && (!r.damage().isEmpty() || r.check() == RunOutcome.Check.FAILED
                    || (r.audit() != null && !r.audit().clean()));
        }
        assertTrue(detected, "no damage detected in three racy runs");
    }

    @Test
    void aDamagedRunStillComesBackWithAReport() {
        // racing appends and stores damage lists and dicts; the first damaged run must still carry what
        // a report needs: its timing, every worker accounted for, and either an audit or
        // the reason there is none
        RunOutcome damaged = null;
        for (int attempt = 0; attempt < 4 && damaged == null; attempt++) {
            RunOutcome r = run(attempt % 2 == 0 ? "list_append" : "dict_keys", 4, 200_000);
            if (r.exitCode() != 0) damaged = r;
        }
        assertNotNull(damaged, "four racy runs came back undamaged: the races are not real or not seen");
        assertEquals(4, damaged.workers());
        assertTrue(damaged.wallNanos() > 0 || damaged.timedOut(), "a damaged run keeps its timing");
        assertTrue(damaged.timedOut() || damaged.results().size() + damaged.errors().size() + damaged.damage().size() >= 4,
                "every worker is accounted for: " + damaged.results() + " " + damaged.errors() + " " + damaged.damage());
        assertTrue(damaged.audit() != null || !damaged.damage().isEmpty(), "neither an audit nor the reason it could not run");
        assertTrue(!damaged.damage().isEmpty() || !damaged.errors().isEmpty() || damaged.check() == RunOutcome.Check.FAILED
                || !damaged.audit().clean(), "exit " + damaged.exitCode() + " with no reason given");
    }

    @Test
    void noWorkerOutlivesItsRun() throws InterruptedException {
        run("list_append", 4, 50_000);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos(); // a hung worker stops at its next safe point
        while (workerAlive() && System.nanoTime() < until) Thread.sleep(20);
        assertFalse(workerAlive(), "a worker thread outlived its run");
    }

    private static boolean workerAlive() {
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith("gillab-worker-") && t.isAlive()) return true;
        return false;
    }
}

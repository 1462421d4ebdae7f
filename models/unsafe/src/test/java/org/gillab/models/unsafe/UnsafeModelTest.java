package org.gillab.models.unsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.models.contract.Workloads;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;

/**
 * unsafe is not held to the shared-heap contract: it is the model that breaks it. Single-threaded it
 * must be exactly right; with several workers on shared state its damage must be detected and
 * reported, and the run must still come back with a report.
 */
class UnsafeModelTest {
    private static RunOutcome run(String workload, int workers, long size) {
        return ModelRuns.run(new UnsafeFactory(), Map.of(), Workloads.file(workload), workers, size, Duration.ofSeconds(10)).outcome(); // a corrupted heap may loop forever: that is reported as hung
    }

    @Test
    void oneWorkerIsExactlyRight() {
        for (String w : new String[] {"countdown", "list_append", "dict_keys", "read_shared", "shared_counter"}) {
            RunOutcome r = run(w, 1, 50_000);
            assertEquals(RunOutcome.Check.PASSED, r.check(), w);
            assertTrue(r.audit().clean(), w + ": " + r.audit().summary());
            assertEquals(0, r.exitCode(), w);
        }
    }

    @Test
    void racesOnSharedReferenceCountsAreDetectedAndReported() {
        // plain ++/-- of the same 64 counts from 4 threads: updates are lost, so counts drift until an
        // object is freed while referenced or never freed. Each attempt either shows damage or is
        // (rarely) lucky; three lucky runs in a row would mean the races are not real.
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
    void theHarnessSurvivesADamagedHeap() {
        for (String w : new String[] {"list_append", "dict_keys"}) {
            RunOutcome r = run(w, 4, 200_000);
            assertNotNull(r, w);
            assertTrue(r.exitCode() == 0 || r.exitCode() == 3 || r.exitCode() == 1, w + " exit " + r.exitCode());
        }
    }
}

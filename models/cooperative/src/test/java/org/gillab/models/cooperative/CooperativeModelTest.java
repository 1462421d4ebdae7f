package org.gillab.models.cooperative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.models.contract.Workloads;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;

/** asyncio's rules: no preemption, switches only where a task blocks, blocked tasks overlap. */
class CooperativeModelTest {
    private static RunOutcome run(String workload, int workers, long size) {
        RunOutcome r = ModelRuns.run(new CooperativeFactory(), Map.of(), Workloads.file(workload), workers, size,
                Duration.ofSeconds(60)).outcome();
        assertEquals(0, r.exitCode(), r.errors() + " " + r.damage());
        return r;
    }

    @Test
    void cpuBoundTasksAreNeverPreempted() {
        // each of the 3 tasks (and the main thread) gets the baton once at its start and, for the main
        // thread, once more for the check: a CPU-bound task runs to its end without a switch
        RunOutcome r = run("countdown", 3, 3_000_000);
        assertTrue(r.counters().get("hand-offs") <= 5, r.counters().toString());
        assertEquals(1L, r.counters().get("blocking-yields"), r.counters().toString()); // the main thread's wait
    }

    @Test
    void aReadModifyWriteIsNeverSplitBecauseNothingSwitchesInsideIt() {
        assertEquals(RunOutcome.Check.PASSED, run("counter_unlocked", 4, 200_000).check());
    }

    @Test
    void blockedTasksOverlap() {
        // 50 tasks each sleeping 10 ms: each gives the baton up as it starts to sleep, so all 50 sleep at once
        RunOutcome r = run("sleepers", 50, 1);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        // (51 when the main thread's own wait for the workers overlaps them too)
        assertTrue(r.counters().get("max-blocked-at-once") >= 50, r.counters().toString());
    }

    @Test
    void theEventLoopStopsWithTheRun() throws InterruptedException {
        run("sleepers", 4, 1);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (loopAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertFalse(loopAlive(), "the event loop's thread outlived the run");
    }

    private static boolean loopAlive() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("gillab-event-loop") && t.isAlive()) return true;
        }
        return false;
    }
}

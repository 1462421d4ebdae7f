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

/** asyncio's rules: no preemption, a blocking call blocks the loop, only await switches (async workloads). */
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
        assertEquals(RunOutcome.Check.PASSED, run("shared_counter", 4, 200_000).check());
    }

    @Test
    void aBlockingCallBlocksTheLoop() {
        // asyncio's rule: 3 workers each sleeping 10 ms 5 times keep the loop through every sleep, so
        // they run one after another; only the main thread's wait for them gives the loop up
        RunOutcome r = run("io_sleep", 3, 5);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        assertEquals(15L, r.counters().get("loop-blocking-calls"), r.counters().toString());
        assertEquals(1L, r.counters().get("blocking-yields"), r.counters().toString());
        assertEquals(1L, r.counters().get("max-blocked-at-once"), r.counters().toString());
    }

    @Test
    void asyncWorkersAreTasksOfOneLoopSwitchingAtAwait() {
        // 50 tasks awaiting asyncio.sleep twice overlap on the loop's thread: the only blocking calls are
        // the loop's own waits for its next timer (its selector), a few for all 100 sleeps
        RunOutcome r = run("io_sleep_async", 50, 2);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        assertTrue(r.counters().get("loop-blocking-calls") <= 10, r.counters().toString());
    }

    @Test
    void nativeWorkKeepsTheLoop() {
        // hashlib drops the GIL around a large hash, but the loop's thread is busy with it all the same
        RunOutcome r = run("hash_blocks", 2, 8);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        assertEquals(1L, r.counters().get("blocking-yields"), r.counters().toString());
    }

    @Test
    void theEventLoopStopsWithTheRun() throws InterruptedException {
        run("io_sleep", 4, 1);
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

package org.gillab.models.gevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.models.contract.Workloads;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;

/** gevent's rules: no preemption, switches at every monkey-patched blocking call, blocked greenlets overlap, native work does not. */
class GeventModelTest {
    private static RunOutcome run(String workload, int workers, long size) {
        RunOutcome r = ModelRuns.run(new GeventFactory(), Map.of(), Workloads.file(workload), workers, size,
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
    void blockedTasksOverlap() {
        // 50 tasks each sleeping 10 ms: each gives the baton up as it starts to sleep, and the next one
        // starts. Every sleep yields (plus the main thread's wait for the workers); how many sleep at
        // once depends on how fast the 50 start (on a quiet machine all 50, on a loaded one a third
        // of them were seen), so the test asks only for a clear overlap
        RunOutcome r = run("io_sleep", 50, 1);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        assertEquals(51L, r.counters().get("blocking-yields"), r.counters().toString());
        assertTrue(r.counters().get("max-blocked-at-once") >= 5, r.counters().toString());
    }

    @Test
    void nativeWorkKeepsTheBaton() {
        // hashlib drops the GIL around a large hash, but gevent does not patch it: the C code runs on
        // the hub's thread, so the greenlet keeps running. Only the main thread's wait yields.
        RunOutcome r = run("hash_blocks", 2, 8);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        assertEquals(1L, r.counters().get("blocking-yields"), r.counters().toString());
    }

    @Test
    void theHubStopsWithTheRun() throws InterruptedException {
        run("io_sleep", 4, 1);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (loopAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertFalse(loopAlive(), "the hub's thread outlived the run");
    }

    private static boolean loopAlive() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("gillab-gevent-hub") && t.isAlive()) return true;
        }
        return false;
    }
}

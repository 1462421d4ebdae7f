package org.gillab.models.gilticks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.models.contract.Workloads;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;

/** The old GIL's own behaviour: releases every check interval, the battle for the lock, lost updates. */
class GilTicksModelTest {
    private static final GilTicksFactory FACTORY = new GilTicksFactory();

    private static RunOutcome run(String workload, String checkInterval, int workers, long size) {
        RunOutcome r = ModelRuns.run(FACTORY, Map.of(GilTicksFactory.CHECK_INTERVAL, checkInterval),
                Workloads.file(workload), workers, size, Duration.ofSeconds(120)).outcome();
        // whatever the program loses, the lock keeps the interpreter's own state intact
        assertEquals(List.of(), r.damage(), "interpreter damage");
        assertEquals(List.of(), r.errors(), "Python errors");
        assertTrue(r.audit().clean(), r.audit().summary());
        TickCounters.assertConsistent(r.counters());
        return r;
    }

    @Test
    void needsEveryInstructionCounted() {
        assertTrue(FACTORY.needsInstructionTicks());
    }

    @Test
    void twoCpuBoundWorkersBattleForTheLock() {
        // a release wakes the waiter, but the releaser, still running, asks again first. Whether the
        // two workers overlap at all in a short run is the OS scheduler's call (a run on a quiet
        // machine once showed them taking turns in long stretches): allow three runs to show it
        Map<String, Long> c = Map.of();
        for (int attempt = 0; attempt < 3 && c.getOrDefault("reacquired-by-same-thread", 0L) == 0; attempt++) {
            RunOutcome r = run("countdown", "100", 2, 12_000_000);
            assertEquals(RunOutcome.Check.PASSED, r.check());
            c = r.counters();
            assertTrue(c.get("releases") > 10_000, c.toString());
        }
        assertTrue(c.get("reacquired-by-same-thread") > 0, c.toString());
        assertTrue(c.get("contended-acquisitions") > 0, c.toString());
    }

    @Test
    void theCheckIntervalSetsHowOftenTheLockIsReleased() {
        // releases follow the instruction count: (instructions run) / (check-interval + 1)
        long often = run("countdown", "10", 2, 2_000_000).counters().get("releases");
        long rarely = run("countdown", "1000", 2, 2_000_000).counters().get("releases");
        assertTrue(often > 20 * rarely, "releases with check-interval 10: " + often + ", with 1000: " + rarely);
    }

    @Test
    void aSwitchBetweenAnyTwoInstructionsLosesUnlockedUpdates() {
        // a switch between the read and the write of counts["hits"] += 1 makes that worker write back a
        // stale count; switches need the waiter to win the battle, which is the OS scheduler's call, so
        // allow three runs for one to lose updates (each has hundreds of switches in practice)
        RunOutcome.Check verdict = RunOutcome.Check.PASSED;
        for (int attempt = 0; attempt < 3 && verdict == RunOutcome.Check.PASSED; attempt++) {
            verdict = run("shared_counter", "10", 4, 400_000).check();
        }
        assertEquals(RunOutcome.Check.FAILED, verdict, "no update lost in three runs");
    }

    @Test
    void aBadCheckIntervalNamesTheOption() {
        for (String bad : List.of("0", "-5", "often", "1.5", "99999999999")) {
            ModelOptionException e = assertThrows(ModelOptionException.class, () -> FACTORY.create(
                    ModelOptions.of(FACTORY, Map.of(GilTicksFactory.CHECK_INTERVAL, bad))));
            assertTrue(e.getMessage().contains("check-interval"), e.getMessage());
        }
    }

    @Test
    void theCheckIntervalDefaultsToPython23s100() {
        assertEquals(Map.of("check-interval", "100"), ModelOptions.of(FACTORY, Map.of()).asMap());
    }
}

package org.gillab.models.gil;

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

/** The GIL's own behaviour: what its counters show about switching, and its settings. */
class GilModelTest {
    private static final GilFactory FACTORY = new GilFactory();
    /** Two countdown workers on this share run for about half a second to a second. */
    private static final long COUNTDOWN = 20_000_000;

    private static RunOutcome run(String workload, Map<String, String> options, int workers, long size) {
        RunOutcome r = ModelRuns.run(FACTORY, options, Workloads.file(workload), workers, size, Duration.ofSeconds(120)).outcome();
        assertEquals(List.of(), r.damage(), "interpreter damage");
        assertEquals(List.of(), r.errors(), "Python errors");
        assertTrue(r.audit().clean(), r.audit().summary());
        assertEquals(RunOutcome.Check.PASSED, r.check());
        GilCounters.assertConsistent(r.counters(), !"false".equals(options.get(GilFactory.FORCE_SWITCHING)));
        return r;
    }

    @Test
    void anUnlockedReadModifyWriteLosesNoUpdate() {
        // the eval breaker is polled only at backward jumps and calls (as in CPython since 2021), so
        // counts["hits"] += 1 is never split, however often the GIL changes hands
        for (Map<String, String> options : List.of(Map.<String, String>of(), Map.of(GilFactory.INTERVAL, "100us"))) {
            RunOutcome r = run("shared_counter", options, 4, 1_000_000);
            assertTrue(r.counters().get("switches") > 8, "the workers took turns: " + r.counters());
        }
    }

    @Test
    void twoCpuBoundWorkersHandTheGilOverOnRequest() {
        Map<String, Long> c = run("countdown", Map.of(), 2, COUNTDOWN).counters();
        assertTrue(c.get("drop-requests") > 0, c.toString());
        assertTrue(c.get("forced-drops") > 0, c.toString());
        // main, worker, worker, then handovers between the workers
        assertTrue(c.get("switches") > 3, c.toString());
        assertTrue(c.get("contended-acquisitions") > 0, c.toString());
    }

    @Test
    void aShorterIntervalSwitchesMoreOften() {
        // switches per second of the run: each switch costs the interval plus the time the OS takes to
        // wake the waiter, and on a loaded machine that wake-up latency (milliseconds) and the run's
        // length vary from run to run; the rate and a 50x interval ratio keep the comparison clear of both
        double fast = switchRate(run("countdown", Map.of(GilFactory.INTERVAL, "1ms"), 2, COUNTDOWN));
        double slow = switchRate(run("countdown", Map.of(GilFactory.INTERVAL, "50ms"), 2, COUNTDOWN));
        assertTrue(fast > 3 * slow, "switches/s with 1ms: " + fast + ", with 50ms: " + slow);
    }

    private static double switchRate(RunOutcome r) {
        return r.counters().get("switches") * 1e9 / r.wallNanos();
    }

    @Test
    void forcedSwitchingMakesTheDropperWaitForATaker() {
        Map<String, Long> c = run("countdown", Map.of(GilFactory.INTERVAL, "1ms"), 2, COUNTDOWN).counters();
        assertTrue(c.get("forced-drops") > 0, c.toString());
        assertEquals(0, c.get("forced-drops-retaken"), c.toString());
    }

    @Test
    void withoutForcedSwitchingTheDropperOftenTakesTheGilStraightBack() {
        // the dropper is still on its core when it calls take_gil again, the waiter must first be woken:
        // the old GIL's battle, which FORCE_SWITCHING ended; who wins is the OS scheduler's call, so allow
        // three runs for the dropper to win at least once
        Map<String, String> options = Map.of(GilFactory.INTERVAL, "1ms", GilFactory.FORCE_SWITCHING, "false");
        long retaken = 0;
        for (int attempt = 0; attempt < 3 && retaken == 0; attempt++) {
            Map<String, Long> c = run("countdown", options, 2, COUNTDOWN).counters();
            assertEquals(0, c.get("forced-switch-wait-ns"), c.toString());
            retaken = c.get("forced-drops-retaken");
        }
        assertTrue(retaken > 0, "no forced drop was retaken by its dropper in three runs");
    }

    @Test
    void blockingCallsDropTheGilVoluntarily() {
        Map<String, Long> c = run("blocking_handoff", Map.of(), 2, 20_000).counters();
        // the main thread's wait, worker 0's lock acquire and recv, worker 1's sleep and sendall
        assertTrue(c.get("voluntary-drops") >= 5, c.toString());
    }

    @Test
    void badSettingsNameTheOption() {
        for (String bad : List.of("-1ms", "fast", "0ms", "5")) {
            ModelOptionException e = assertThrows(ModelOptionException.class, () -> create(GilFactory.INTERVAL, bad));
            assertTrue(e.getMessage().contains("interval"), e.getMessage());
        }
        ModelOptionException e = assertThrows(ModelOptionException.class, () -> create(GilFactory.FORCE_SWITCHING, "maybe"));
        assertTrue(e.getMessage().contains("force-switching"), e.getMessage());
    }

    @Test
    void settingsHaveDefaults() {
        assertEquals(Map.of("interval", "5ms", "force-switching", "true"),
                ModelOptions.of(FACTORY, Map.of()).asMap());
    }

    private static void create(String option, String value) {
        FACTORY.create(ModelOptions.of(FACTORY, Map.of(option, value)));
    }
}

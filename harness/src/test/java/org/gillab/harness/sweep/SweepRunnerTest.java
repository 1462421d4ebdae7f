package org.gillab.harness.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gillab.harness.library.Workload;
import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.metrics.Metrics;
import org.gillab.harness.wiring.Catalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole sweeps in forked JVMs, at tiny sizes: the numbers come out and add up; a workload that raises,
 * one that hangs, a JVM that dies and one that stops answering each cost their own cell only, with the
 * reason, and the sweep goes on.
 */
class SweepRunnerTest {
    static Catalog catalog;

    @BeforeAll
    static void wire() {
        catalog = Catalog.wire(null, WorkloadLibrary.defaultDirectory());
    }

    @AfterEach
    void noForkLeftBehind() {
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(), "a forked JVM outlived its sweep");
    }

    static List<SweepEvent> sweep(List<String> models, List<Workload> workloads, List<Integer> workers, int reps, long timeoutSeconds) {
        SweepSettings s = new SweepSettings(models, workloads, workers, 0.0, 0, 0.0, reps, 0.002, Duration.ofSeconds(timeoutSeconds),
                Map.of(), List.of(), false);
        return new SweepRunner(catalog, s).events().collectList().block();
    }

    static List<CellResult> cells(List<SweepEvent> events) {
        List<SweepEvent.CellFinished> f = new ArrayList<>();
        for (SweepEvent e : events) if (e instanceof SweepEvent.CellFinished c) f.add(c);
        return Metrics.compute(f, Map.of());
    }

    static CellResult find(List<CellResult> cells, String model, String workload, int workers) {
        return cells.stream().filter(c -> c.model().equals(model) && c.workload().equals(workload) && c.workers() == workers)
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + model + "/" + workload + "/" + workers + " in " + cells));
    }

    @Test
    void withSeveralForksACellPoolsTheTimedRunsOfEveryFork() {
        SweepSettings s = new SweepSettings(List.of("gil"), List.of(catalog.workload("countdown")), List.of(1, 2), 0.0, 0, 0.0, 2, 0.002,
                Duration.ofSeconds(60), Map.of(), List.of(), false);
        List<SweepEvent> events = new SweepRunner(catalog, s, 3).events().collectList().block();
        SweepEvent.Planned planned = (SweepEvent.Planned) events.get(0);
        assertEquals(3, planned.cells()); // forks multiply the runs, not the cells
        assertEquals(18, planned.runs());
        assertEquals(18, events.stream().filter(e -> e instanceof SweepEvent.RunFinished).count());
        assertEquals(3, events.stream().filter(e -> e instanceof SweepEvent.CellFinished).count(), "one CellFinished per cell, after its last fork");
        for (CellResult c : cells(events)) {
            assertEquals(RunSample.OK, c.status(), c.toString());
            assertEquals(6, c.runs(), "2 timed runs in each of 3 JVMs: " + c);
        }
    }

    @Test
    void aSmallSweepMeasuresEveryCellAgainstTheBaseline() {
        List<SweepEvent> events = sweep(List.of("gil", "free-threaded"), List.of(catalog.workload("countdown")), List.of(1, 2), 2, 60);
        SweepEvent.Planned planned = (SweepEvent.Planned) events.get(0);
        assertEquals(5, planned.cells()); // the baseline at 1 worker, two models at 1 and 2
        assertEquals(10, planned.runs());
        assertEquals(10, events.stream().filter(e -> e instanceof SweepEvent.RunFinished).count());
        List<CellResult> cells = cells(events);
        assertEquals(5, cells.size());
        for (CellResult c : cells) {
            assertEquals(RunSample.OK, c.status(), c.toString());
            assertEquals(Boolean.TRUE, c.correct(), c.toString());
            assertEquals(2, c.runs());
            assertTrue(c.wallSecondsMin() <= c.wallSecondsMedian() && c.wallSecondsMedian() <= c.wallSecondsMax(), c.toString());
            assertNotNull(c.peakMemoryBytes());
            assertNotNull(c.singleThreadOverhead());
        }
        CellResult gil2 = find(cells, "gil", "countdown", 2);
        assertNotNull(gil2.speedup());
        assertEquals(gil2.speedup() / 2, gil2.parallelEfficiency(), 1e-9);
        assertTrue(gil2.counters().containsKey("acquisitions") || !gil2.counters().isEmpty(), gil2.counters().toString());
    }

    @Test
    void aRaisingAndAHangingWorkloadCostTheirOwnCellsOnly(@TempDir Path dir) throws IOException {
        Path raises = dir.resolve("raises.py"), hangs = dir.resolve("hangs.py");
        Files.writeString(raises, "DESCRIPTION = 'raises'\nCATEGORY = 'cpu'\nSIZE = 1\n"
                + "def work(part, parts, size, shared):\n    raise ValueError('bad ' + str(part))\n");
        Files.writeString(hangs, "DESCRIPTION = 'hangs'\nCATEGORY = 'cpu'\nSIZE = 1\n"
                + "def work(part, parts, size, shared):\n    while True:\n        pass\n");
        List<Workload> ws = List.of(WorkloadLibrary.inspect(raises), WorkloadLibrary.inspect(hangs), catalog.workload("countdown"));
        List<CellResult> cells = cells(sweep(List.of("gil"), ws, List.of(1), 1, 2));
        CellResult r = find(cells, "gil", "raises", 1);
        assertEquals(RunSample.FAILED, r.status());
        assertTrue(r.reason().contains("ValueError: bad 0"), r.reason());
        assertEquals(Boolean.FALSE, r.correct());
        CellResult h = find(cells, "gil", "hangs", 1);
        assertEquals(RunSample.TIMEOUT, h.status());
        assertTrue(h.reason().contains("timed out"), h.reason());
        assertTrue(h.reason().contains("gillab-worker-0 RUNNABLE"), "where the hung worker was: " + h.reason());
        assertEquals(RunSample.OK, find(cells, "gil", "countdown", 1).status()); // after the hang, a fresh JVM
    }

    @Test
    void aJvmThatDiesCostsItsCellAndTheNextCellGetsAFreshOne() {
        List<CellResult> cells = cells(sweep(List.of("test-dies", "gil"), List.of(catalog.workload("countdown")), List.of(1, 2), 1, 30));
        for (int n : new int[] {1, 2}) {
            CellResult c = find(cells, "test-dies", "countdown", n);
            assertEquals(RunSample.FAILED, c.status());
            assertTrue(c.reason().contains("exited with status 9"), c.reason());
        }
        assertEquals(RunSample.OK, find(cells, "gil", "countdown", 2).status());
    }

    @Test
    void aJvmThatStopsAnsweringIsKilledAndReported() {
        String before = System.getProperty("gillab.fork.grace");
        System.setProperty("gillab.fork.grace", "2");
        try {
            List<CellResult> cells = cells(sweep(List.of("test-stuck"), List.of(catalog.workload("countdown")), List.of(1), 1, 1));
            CellResult c = find(cells, "test-stuck", "countdown", 1);
            assertEquals(RunSample.TIMEOUT, c.status());
            assertTrue(c.reason().contains("no answer from its JVM"), c.reason());
        } finally {
            if (before == null) System.clearProperty("gillab.fork.grace");
            else System.setProperty("gillab.fork.grace", before);
        }
    }
}

package org.gillab.harness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gillab.harness.sweep.Cell;
import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static RunSample ok(double seconds) {
        return new RunSample(RunSample.OK, (long) (seconds * 1e9), (long) (seconds * 2e9), 1000, true, null, Map.of("n", 1L), null);
    }

    private static SweepEvent.CellFinished cell(String model, int workers, RunSample... runs) {
        return new SweepEvent.CellFinished(new Cell(model, "w", workers), List.of(runs));
    }

    private static CellResult find(List<CellResult> cells, String model, int workers) {
        return cells.stream().filter(c -> c.model().equals(model) && c.workers() == workers).findFirst().orElseThrow();
    }

    @Test
    void mediansAndRangesAreOverTheTimedRuns() {
        Stats s = Stats.of(List.of(3.0, 1.0, 2.0, 10.0));
        assertEquals(2.5, s.median());
        assertEquals(1.0, s.min());
        assertEquals(10.0, s.max());
        assertEquals(2.0, Stats.of(List.of(2.0, 1.0, 3.0)).median());
        assertNull(Stats.of(List.of()));
    }

    @Test
    void ratiosComeFromTheModelAtOneWorkerAndTheBaseline() {
        List<SweepEvent.CellFinished> f = new ArrayList<>();
        f.add(cell(Cell.BASELINE, 1, ok(1.0), ok(1.2), ok(0.8)));
        f.add(cell("m", 1, ok(2.0), ok(2.0), ok(2.0)));
        f.add(cell("m", 2, ok(0.5), ok(0.6), ok(0.4)));
        List<CellResult> r = Metrics.compute(f, Map.of("w", 100L));
        CellResult one = find(r, "m", 1), two = find(r, "m", 2);
        assertEquals(2.0, one.singleThreadOverhead(), 1e-9);
        assertEquals(2.0, two.singleThreadOverhead(), 1e-9); // the same for every worker count
        assertEquals(1.0, one.speedup(), 1e-9);
        assertEquals(4.0, two.speedup(), 1e-9);
        assertEquals(2.0, two.parallelEfficiency(), 1e-9);
        assertEquals(0.5, two.slowdownVsBaseline(), 1e-9);
        assertEquals(0.4, two.wallSecondsMin(), 1e-9);
        assertEquals(0.6, two.wallSecondsMax(), 1e-9);
        assertEquals(1.0, two.cpuSecondsMedian(), 1e-9);
        assertEquals(100L, two.size());
        assertEquals(RunSample.OK, two.status());
        assertTrue(two.correct());
        assertEquals(Map.of("n", 1L), two.counters());
    }

    @Test
    void aBrokenCellHasItsStatusReasonAndNoRatios() {
        RunSample lost = new RunSample(RunSample.FAILED, 5_000_000, 0, 0, false, "check failed; results [1, 1]", Map.of(), null);
        RunSample na = new RunSample(RunSample.NOT_APPLICABLE, 0, 0, 0, null, "shared-state", Map.of(), null);
        RunSample hung = RunSample.lost(RunSample.TIMEOUT, "no answer");
        List<CellResult> r = Metrics.compute(List.of(cell(Cell.BASELINE, 1, ok(1.0)), cell("m", 1, ok(1.0)), cell("m", 2, ok(1.0), lost),
                cell("n", 1, na), cell("t", 1, hung)), Map.of());
        CellResult failed = find(r, "m", 2);
        assertEquals(RunSample.FAILED, failed.status());
        assertEquals("check failed; results [1, 1]", failed.reason());
        assertFalse(failed.correct());
        assertEquals(2, failed.runs());
        assertEquals(1.0, failed.wallSecondsMedian(), 1e-9); // the ok run's time is kept...
        assertNull(failed.speedup()); // ...but no ratio is drawn from a broken cell
        CellResult notApplicable = find(r, "n", 1);
        assertNull(notApplicable.correct());
        assertNull(notApplicable.wallSecondsMedian());
        assertNull(notApplicable.singleThreadOverhead());
        assertNull(find(r, "t", 1).correct());
        assertEquals(RunSample.TIMEOUT, find(r, "t", 1).status());
    }

    @Test
    void aRacyRunKeepsItsTimingsAndSaysHowManyUpdatesWereLost() {
        RunSample racy = new RunSample(RunSample.RACY, 1_000_000_000, 0, 0, false, "lost", Map.of(), null,
                new RunSample.LostUpdates(39_619, 200_000));
        List<CellResult> r = Metrics.compute(List.of(cell(Cell.BASELINE, 1, ok(1.0)), cell("m", 1, ok(1.0)), cell("m", 2, ok(0.5), racy)), Map.of());
        CellResult c = find(r, "m", 2);
        assertEquals(RunSample.RACY, c.status());
        assertEquals("lost 39,619 of 200,000 (19.8 %)", c.lostUpdates());
        assertEquals(0.75, c.wallSecondsMedian(), 1e-9); // both runs are measurements
        assertNotNull(c.speedup()); // and its ratios are drawn
        assertFalse(c.correct());
        assertEquals(RunSample.LostUpdates.in("shared_counter: racy, lost 5 of 10 updates\n"), new RunSample.LostUpdates(5, 10));
        assertNull(RunSample.LostUpdates.in("counter_locked: lost 5 of 10 updates"), "only the declared line counts");
    }

    @Test
    void forksGiveEveryRatioAnIntervalAndTheAaComparisonHoldsOne() {
        List<RunSample> runs = new ArrayList<>();
        double[] levels = {1.00, 1.04, 0.97};
        for (double l : levels) for (double d : new double[] {0.99, 1.0, 1.01}) runs.add(ok(l * d));
        List<org.gillab.harness.sweep.ForkRun> forks = List.of(new org.gillab.harness.sweep.ForkRun(3, new org.gillab.harness.sweep.Warmup(4, 1.0, true)),
                new org.gillab.harness.sweep.ForkRun(3, new org.gillab.harness.sweep.Warmup(12, 3.0, false)),
                new org.gillab.harness.sweep.ForkRun(3, null));
        List<RunSample> shifted = runs.stream().map(s -> ok(s.wallNanos() / 1e9 * 1.02)).toList();
        List<CellResult> r = Metrics.compute(List.of(new SweepEvent.CellFinished(new Cell(Cell.BASELINE, "w", 1), runs, forks),
                new SweepEvent.CellFinished(new Cell("unsafe", "w", 1), shifted, forks)), Map.of());
        CellResult aa = find(r, "unsafe", 1);
        assertEquals(3, aa.forks().size());
        assertEquals(3, aa.forks().get(0).wallSeconds().size());
        assertEquals(1, aa.unsettledForks());
        assertEquals(12, aa.forks().get(1).warmupRuns());
        assertNotNull(aa.wallSecondsCi());
        assertTrue(aa.wallSecondsCi().contains(aa.wallSecondsMedian()));
        assertTrue(aa.singleThreadOverheadCi().contains(1.0), "2 % apart with a 4 % spread between forks: " + aa.singleThreadOverheadCi());
        assertEquals(aa.singleThreadOverheadCi(), aa.slowdownVsBaselineCi());
        assertEquals(new org.gillab.harness.stats.Interval(1, 1), aa.speedupCi(), "a cell against itself is exactly 1");
        assertEquals(new org.gillab.harness.stats.Interval(1, 1), find(r, Cell.BASELINE, 1).singleThreadOverheadCi());
    }

    @Test
    void noBaselineMeansNoBaselineRatios() {
        List<CellResult> r = Metrics.compute(List.of(cell("m", 1, ok(1.0)), cell("m", 2, ok(0.5))), Map.of());
        assertNull(find(r, "m", 2).slowdownVsBaseline());
        assertNull(find(r, "m", 2).singleThreadOverhead());
        assertEquals(2.0, find(r, "m", 2).speedup(), 1e-9);
    }

    @Test
    void movedMeansEachMedianOutsideTheOthersRange() {
        Stats a = new Stats(1.0, 0.9, 1.1);
        assertTrue(new Stats(1.5, 1.4, 1.6).movedFrom(a));
        assertFalse(new Stats(1.05, 0.95, 1.2).movedFrom(a));
        assertFalse(new Stats(1.5, 0.95, 1.6).movedFrom(a)); // wide spread: a's median is inside it
    }
}

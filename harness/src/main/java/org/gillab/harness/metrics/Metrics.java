package org.gillab.harness.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.stats.Bootstrap;
import org.gillab.harness.stats.Interval;
import org.gillab.harness.stats.Modes;
import org.gillab.harness.sweep.Cell;
import org.gillab.harness.sweep.ForkRun;
import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;

/**
 * Turns finished cells into {@link CellResult}s: medians with their bootstrap intervals over the timed
 * runs of every fork, then the ratios with theirs, which need other cells (the model at 1 worker, the
 * workload's baseline). Racy runs (lost updates counted) are measurements and count like ok ones.
 */
public final class Metrics {
    private Metrics() {}

    /** The cell's status: that of its first run that is neither ok nor racy; else racy if one was; else ok. */
    static String statusOf(List<RunSample> runs) {
        boolean racy = false;
        for (RunSample s : runs) {
            if (!s.timed()) return s.status();
            racy |= s.status().equals(RunSample.RACY);
        }
        return runs.isEmpty() ? RunSample.FAILED : racy ? RunSample.RACY : RunSample.OK;
    }

    /** @param sizes each workload's size, by name */
    public static List<CellResult> compute(List<SweepEvent.CellFinished> finished, Map<String, Long> sizes) {
        Bootstrap bootstrap = new Bootstrap();
        Map<Cell, Partial> partial = new LinkedHashMap<>();
        for (SweepEvent.CellFinished f : finished) partial.put(f.cell(), Partial.of(f));
        Map<String, List<double[]>> oneWorker = new LinkedHashMap<>();
        for (Map.Entry<Cell, Partial> e : partial.entrySet()) {
            Cell c = e.getKey();
            if (c.workers() == 1 && e.getValue().measured() && !e.getValue().samples().isEmpty()) {
                oneWorker.put(c.model() + "/" + c.workload(), e.getValue().samples());
            }
        }
        List<CellResult> out = new ArrayList<>();
        for (Map.Entry<Cell, Partial> e : partial.entrySet()) {
            Cell c = e.getKey();
            Partial p = e.getValue();
            List<double[]> base = oneWorker.get(Cell.BASELINE + "/" + c.workload());
            List<double[]> one = oneWorker.get(c.model() + "/" + c.workload());
            // the 1-worker cell's own samples are the very list in oneWorker, so that a ratio to itself is seen as such
            List<double[]> mine = !p.measured() ? List.of() : c.workers() == 1 && one != null ? one : p.samples();
            Double med = Bootstrap.median(p.samples());
            Ratio speedup = Ratio.of(bootstrap, one, mine);
            Ratio slowdown = Ratio.of(bootstrap, mine, base);
            Ratio overhead = Ratio.of(bootstrap, one, base);
            Double efficiency = speedup.value == null ? null : speedup.value / c.workers();
            out.add(new CellResult(c.model(), c.workload(), c.workers(), sizes.getOrDefault(c.workload(), 0L), p.status, p.reason,
                    p.runs, med, p.wall == null ? null : p.wall.min(), p.wall == null ? null : p.wall.max(), p.cpu, speedup.value,
                    slowdown.value, overhead.value, efficiency, p.peak, p.correct, p.counters,
                    p.samples().isEmpty() ? null : bootstrap.medianCi(p.samples()), speedup.ci, slowdown.ci, overhead.ci,
                    p.forks, Modes.detect(org.gillab.harness.stats.Bootstrap.pool(p.samples())), p.lostUpdates));
        }
        return out;
    }

    /**
     * CPython's cells, read from bench/cpython/sweep.py's results (its forks are Python processes with
     * their hash seeds): their intervals, computed as for gillab's cells, against CPython's own
     * sequential cell of the same build and interval.
     */
    public static List<CellResult> withIntervals(List<CellResult> cells) {
        Bootstrap b = new Bootstrap();
        Map<String, List<double[]>> oneWorker = new LinkedHashMap<>();
        for (CellResult c : cells) if (c.workers() == 1 && c.measured() && !c.samples().isEmpty()) oneWorker.put(c.model() + "/" + c.workload(), c.samples());
        List<CellResult> out = new ArrayList<>();
        for (CellResult c : cells) {
            if (c.samples().isEmpty()) {
                out.add(c);
                continue;
            }
            List<double[]> one = oneWorker.get(c.model() + "/" + c.workload());
            List<double[]> base = oneWorker.get(sequentialOf(c.model()) + "/" + c.workload());
            List<double[]> mine = !c.measured() ? List.of() : c.workers() == 1 && one != null ? one : c.samples();
            out.add(c.withIntervals(b.medianCi(c.samples()), Ratio.of(b, one, mine).ci, Ratio.of(b, mine, base).ci, Ratio.of(b, one, base).ci,
                    Modes.detect(Bootstrap.pool(c.samples()))));
        }
        return out;
    }

    /** {@code cpython-3.11-threads[interval=1ms]} -> {@code cpython-3.11-sequential[interval=1ms]}. */
    static String sequentialOf(String model) {
        int bracket = model.indexOf('[');
        String head = bracket < 0 ? model : model.substring(0, bracket), tail = bracket < 0 ? "" : model.substring(bracket);
        int dash = head.lastIndexOf('-');
        return dash < 0 ? model : head.substring(0, dash) + "-sequential" + tail;
    }

    /** A ratio of two cells' medians and its interval; both null when either cell has no measured run. */
    private record Ratio(Double value, Interval ci) {
        static Ratio of(Bootstrap b, List<double[]> numerator, List<double[]> denominator) {
            if (numerator == null || denominator == null || numerator.isEmpty() || denominator.isEmpty()) return new Ratio(null, null);
            // a cell against itself (a model's speed-up at 1 worker, the baseline against itself) is exactly 1
            if (numerator == denominator) return new Ratio(1.0, new Interval(1, 1));
            return new Ratio(Bootstrap.ratio(numerator, denominator), b.ratioCi(numerator, denominator));
        }
    }

    /** What one cell's own runs give, before the ratios. */
    private record Partial(String status, String reason, int runs, Stats wall, Double cpu, Long peak, Boolean correct,
                           Map<String, Long> counters, List<CellResult.ForkSamples> forks, String lostUpdates) {
        boolean measured() {
            return status.equals(RunSample.OK) || status.equals(RunSample.RACY);
        }

        List<double[]> samples() {
            return forks.stream().map(CellResult.ForkSamples::values).filter(v -> v.length > 0).toList();
        }

        static Partial of(SweepEvent.CellFinished f) {
            List<RunSample> runs = f.timed();
            String status = statusOf(runs);
            String reason = null;
            boolean anyFalse = false, anyUnknown = runs.isEmpty();
            List<Double> walls = new ArrayList<>(), cpus = new ArrayList<>();
            long peak = 0;
            Map<String, Long> counters = Map.of();
            RunSample.LostUpdates worst = null;
            for (RunSample s : runs) {
                if (reason == null && s.reason() != null && !s.status().equals(RunSample.RACY)) reason = s.reason();
                if (s.correct() == null) anyUnknown = true;
                else if (!s.correct()) anyFalse = true;
                if (s.timed()) {
                    walls.add(s.wallNanos() / 1e9);
                    cpus.add(s.cpuNanos() / 1e9);
                }
                if (s.lost() != null && (worst == null || s.lost().lost() > worst.lost())) worst = s.lost();
                peak = Math.max(peak, s.peakHeapBytes());
                counters = s.counters();
            }
            if (reason == null && worst != null) {
                reason = "updates lost to the race (the expected outcome of racing without a lock): " + worst.describe();
            }
            List<CellResult.ForkSamples> forks = new ArrayList<>();
            List<List<RunSample>> byFork = f.byFork();
            for (int i = 0; i < byFork.size(); i++) {
                List<Double> w = byFork.get(i).stream().filter(RunSample::timed).map(s -> s.wallNanos() / 1e9).toList();
                ForkRun fr = i < f.forks().size() ? f.forks().get(i) : null;
                org.gillab.harness.sweep.Warmup wu = fr == null ? null : fr.warmup();
                forks.add(new CellResult.ForkSamples(w, wu == null ? null : wu.runs(), wu == null ? null : wu.seconds(),
                        wu == null ? null : wu.settled()));
            }
            Boolean correct = anyFalse ? Boolean.FALSE : anyUnknown ? null : Boolean.TRUE;
            Stats cpu = Stats.of(cpus);
            return new Partial(status, reason, runs.size(), Stats.of(walls), cpu == null ? null : cpu.median(),
                    peak == 0 ? null : peak, status.equals(RunSample.NOT_APPLICABLE) ? null : correct, counters, forks,
                    worst == null ? null : worst.describe());
        }
    }
}

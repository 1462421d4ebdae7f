package org.gillab.harness.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.sweep.Cell;
import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;

/**
 * Turns finished cells into {@link CellResult}s: medians and ranges over the timed runs, then the
 * ratios, which need other cells (the model at 1 worker, the workload's baseline).
 */
public final class Metrics {
    private Metrics() {}

    /** The cell's status: that of its first run that is not ok, else ok. */
    static String statusOf(List<RunSample> runs) {
        for (RunSample s : runs) if (!s.ok()) return s.status();
        return runs.isEmpty() ? RunSample.FAILED : RunSample.OK;
    }

    /** @param sizes each workload's size, by name */
    public static List<CellResult> compute(List<SweepEvent.CellFinished> finished, Map<String, Long> sizes) {
        Map<Cell, Partial> partial = new LinkedHashMap<>();
        for (SweepEvent.CellFinished f : finished) partial.put(f.cell(), Partial.of(f.timed()));
        Map<String, Double> oneWorker = new HashMap<>();
        for (Map.Entry<Cell, Partial> e : partial.entrySet()) {
            Cell c = e.getKey();
            if (c.workers() == 1 && e.getValue().wall != null && e.getValue().status.equals(RunSample.OK)) {
                oneWorker.put(c.model() + "/" + c.workload(), e.getValue().wall.median());
            }
        }
        List<CellResult> out = new ArrayList<>();
        for (Map.Entry<Cell, Partial> e : partial.entrySet()) {
            Cell c = e.getKey();
            Partial p = e.getValue();
            boolean ok = p.status.equals(RunSample.OK);
            Double base = oneWorker.get(Cell.BASELINE + "/" + c.workload());
            Double one = oneWorker.get(c.model() + "/" + c.workload());
            Double med = p.wall == null ? null : p.wall.median();
            Double speedup = ok && one != null && med != null && med > 0 ? one / med : null;
            Double slowdown = ok && base != null && med != null && base > 0 ? med / base : null;
            Double overhead = one != null && base != null && base > 0 ? one / base : null;
            Double efficiency = speedup == null ? null : speedup / c.workers();
            out.add(new CellResult(c.model(), c.workload(), c.workers(), sizes.getOrDefault(c.workload(), 0L), p.status, p.reason,
                    p.runs, med, p.wall == null ? null : p.wall.min(), p.wall == null ? null : p.wall.max(), p.cpu, speedup,
                    slowdown, overhead, efficiency, p.peak, p.correct, p.counters));
        }
        return out;
    }

    /** What one cell's own runs give, before the ratios. */
    private record Partial(String status, String reason, int runs, Stats wall, Double cpu, Long peak, Boolean correct,
                           Map<String, Long> counters) {
        static Partial of(List<RunSample> runs) {
            String status = statusOf(runs);
            String reason = null;
            boolean anyFalse = false, anyUnknown = runs.isEmpty();
            List<Double> walls = new ArrayList<>(), cpus = new ArrayList<>();
            long peak = 0;
            Map<String, Long> counters = Map.of();
            for (RunSample s : runs) {
                if (reason == null && s.reason() != null) reason = s.reason();
                if (s.correct() == null) anyUnknown = true;
                else if (!s.correct()) anyFalse = true;
                if (s.ok()) {
                    walls.add(s.wallNanos() / 1e9);
                    cpus.add(s.cpuNanos() / 1e9);
                }
                peak = Math.max(peak, s.peakHeapBytes());
                counters = s.counters();
            }
            Boolean correct = anyFalse ? Boolean.FALSE : anyUnknown ? null : Boolean.TRUE;
            Stats cpu = Stats.of(cpus);
            return new Partial(status, reason, runs.size(), Stats.of(walls), cpu == null ? null : cpu.median(),
                    peak == 0 ? null : peak, status.equals(RunSample.NOT_APPLICABLE) ? null : correct, counters);
        }
    }
}

package org.gillab.harness.metrics;

import java.util.List;
import java.util.Map;

import org.gillab.harness.stats.Interval;
import org.gillab.harness.stats.Modes;

/**
 * One cell of results.json: a model, a workload, a worker count, and what its timed runs measured.
 * Ratios are null where a run they need is missing or not measured. See docs/results-format.md.
 *
 * @param speedup              the model's median at 1 worker over this cell's median
 * @param slowdownVsBaseline   this cell's median over the sequential baseline's
 * @param singleThreadOverhead the model's median at 1 worker over the baseline's (the same for every worker count)
 * @param parallelEfficiency   speedup / workers
 * @param correct              the check passed and the refcount audit was clean in every run; null when not applicable or unknown
 * @param wallSecondsCi        the 95 % bootstrap interval of the median wall time (forks, then runs, resampled)
 * @param forks                each fork's timed wall times and warm-up, in the order they ran (the raw samples)
 * @param modes                the two groups of runs when the cell is bimodal, else null
 * @param lostUpdates          for a racy cell, e.g. {@code lost 39,619 of 200,000 (19.8 %)} (the run with the most lost)
 */
public record CellResult(String model, String workload, int workers, long size, String status, String reason, int runs,
                         Double wallSecondsMedian, Double wallSecondsMin, Double wallSecondsMax, Double cpuSecondsMedian,
                         Double speedup, Double slowdownVsBaseline, Double singleThreadOverhead, Double parallelEfficiency,
                         Long peakMemoryBytes, Boolean correct, Map<String, Long> counters,
                         Interval wallSecondsCi, Interval speedupCi, Interval slowdownVsBaselineCi, Interval singleThreadOverheadCi,
                         List<ForkSamples> forks, Modes modes, String lostUpdates) {
    public CellResult {
        counters = counters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counters));
        forks = forks == null ? List.of() : List.copyOf(forks);
    }

    /** A cell without raw samples or intervals (as schema version 1 had it). */
    public CellResult(String model, String workload, int workers, long size, String status, String reason, int runs,
                      Double wallSecondsMedian, Double wallSecondsMin, Double wallSecondsMax, Double cpuSecondsMedian,
                      Double speedup, Double slowdownVsBaseline, Double singleThreadOverhead, Double parallelEfficiency,
                      Long peakMemoryBytes, Boolean correct, Map<String, Long> counters) {
        this(model, workload, workers, size, status, reason, runs, wallSecondsMedian, wallSecondsMin, wallSecondsMax, cpuSecondsMedian,
                speedup, slowdownVsBaseline, singleThreadOverhead, parallelEfficiency, peakMemoryBytes, correct, counters,
                null, null, null, null, List.of(), null, null);
    }

    /**
     * One fork's share of the cell: its timed wall times in seconds, and how it warmed up ({@code settled}
     * null: no steady-state rule was asked for; false: it reached the cap still moving). A CPython
     * cell's forks are Python processes, each with the hash seed it ran under ({@code hashSeed}).
     */
    public record ForkSamples(List<Double> wallSeconds, Integer warmupRuns, Double warmupSeconds, Boolean settled, Long hashSeed) {
        public ForkSamples {
            wallSeconds = wallSeconds == null ? List.of() : List.copyOf(wallSeconds);
        }

        public ForkSamples(List<Double> wallSeconds, Integer warmupRuns, Double warmupSeconds, Boolean settled) {
            this(wallSeconds, warmupRuns, warmupSeconds, settled, null);
        }

        double[] values() {
            return wallSeconds.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    public Stats wall() {
        return wallSecondsMedian == null ? null : new Stats(wallSecondsMedian, wallSecondsMin, wallSecondsMax);
    }

    /** The raw samples, per fork, for the bootstrap (empty for cells from files without them). */
    public List<double[]> samples() {
        return forks.stream().map(ForkSamples::values).filter(v -> v.length > 0).toList();
    }

    /** Forks that reached the warm-up cap without settling. */
    public long unsettledForks() {
        return forks.stream().filter(f -> Boolean.FALSE.equals(f.settled())).count();
    }

    /** Whether its runs measured something (ok, or racy: the race's outcome is the result). */
    public boolean measured() {
        return status.equals("ok") || status.equals("racy");
    }

    /** The same cell with its intervals (and bimodality) computed from its forks' samples. */
    public CellResult withIntervals(Interval wall, Interval speedup, Interval slowdown, Interval overhead, Modes modes) {
        return new CellResult(model, workload, workers, size, status, reason, runs, wallSecondsMedian, wallSecondsMin, wallSecondsMax,
                cpuSecondsMedian, this.speedup, slowdownVsBaseline, singleThreadOverhead, parallelEfficiency, peakMemoryBytes, correct,
                counters, wall, speedup, slowdown, overhead, forks, modes, lostUpdates);
    }

    /** The same cell with another median (a bootstrap resample of it) and the ratios that go with it. */
    public CellResult withMedian(double median, Double speedup, Double slowdown, Double overhead) {
        return new CellResult(model, workload, workers, size, status, reason, runs, median, wallSecondsMin, wallSecondsMax, cpuSecondsMedian,
                speedup, slowdown, overhead, speedup == null ? null : speedup / workers, peakMemoryBytes, correct, counters,
                wallSecondsCi, speedupCi, slowdownVsBaselineCi, singleThreadOverheadCi, forks, modes, lostUpdates);
    }

    public String key() {
        return model + "/" + workload + "/" + workers;
    }
}

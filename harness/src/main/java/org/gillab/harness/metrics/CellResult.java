package org.gillab.harness.metrics;

import java.util.Map;

/**
 * One cell of results.json: a model, a workload, a worker count, and what its timed runs measured.
 * Ratios are null where a run they need is missing or not ok. See docs/results-format.md.
 *
 * @param speedup              the model's median at 1 worker over this cell's median
 * @param slowdownVsBaseline   this cell's median over the sequential baseline's
 * @param singleThreadOverhead the model's median at 1 worker over the baseline's (the same for every worker count)
 * @param parallelEfficiency   speedup / workers
 * @param correct              the check passed and the refcount audit was clean in every run; null when not applicable or unknown
 */
public record CellResult(String model, String workload, int workers, long size, String status, String reason, int runs,
                         Double wallSecondsMedian, Double wallSecondsMin, Double wallSecondsMax, Double cpuSecondsMedian,
                         Double speedup, Double slowdownVsBaseline, Double singleThreadOverhead, Double parallelEfficiency,
                         Long peakMemoryBytes, Boolean correct, Map<String, Long> counters) {
    public CellResult {
        counters = counters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counters));
    }

    public Stats wall() {
        return wallSecondsMedian == null ? null : new Stats(wallSecondsMedian, wallSecondsMin, wallSecondsMax);
    }

    public String key() {
        return model + "/" + workload + "/" + workers;
    }
}

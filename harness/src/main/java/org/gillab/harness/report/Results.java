package org.gillab.harness.report;

import java.util.List;
import java.util.Map;

import org.gillab.harness.metrics.CellResult;

/**
 * results.json: what a sweep measured, where and how (docs/results-format.md). Version 2 adds the raw
 * samples and intervals to the cells, the statistics and calibration to the settings, and the
 * environment; version-1 files still read (their new fields are null).
 *
 * @param complete false when the sweep was interrupted: the cells are those that finished
 */
public record Results(int schemaVersion, String generated, boolean complete, Machine machine, Settings settings,
                      Environment environment, List<CellResult> cells) {
    public static final int SCHEMA_VERSION = 2;

    public Results {
        cells = cells == null ? null : List.copyOf(cells); // null only in a file that is not results: readJson says so
    }

    /** Without an environment (as version 1 wrote). */
    public Results(int schemaVersion, String generated, boolean complete, Machine machine, Settings settings, List<CellResult> cells) {
        this(schemaVersion, generated, complete, machine, settings, null, cells);
    }

    /**
     * The settings of the sweep, as given; {@code forks} is the fresh JVMs per model (0 in files written before it existed).
     *
     * @param sizes        the size each workload ran at, by name
     * @param sizeSource   {@code calibrated} (a baseline run lasts about {@code calibrationSeconds}) or {@code factor} (--size)
     * @param steady       the steady-state rule each fork warmed up by (null: a fixed warm-up)
     * @param bootstrap    how the intervals were computed
     * @param noiseFloor   the model run against the baseline as the A/A comparison
     * @param rigorous     whether --rigorous chose the forks and run lengths
     * @param tier         the engine that ran the Python code, interp or compiled (null in files written before it existed)
     */
    public record Settings(List<String> models, List<String> workloads, List<Integer> workers, int warmup, int reps, int forks,
                           double sizeFactor, long timeoutSeconds, Map<String, Map<String, String>> modelOptions,
                           String command, Map<String, Long> sizes, String sizeSource, Double calibrationSeconds,
                           Double jvmWarmupSeconds, Double warmupSeconds, org.gillab.harness.stats.SteadyRule steady,
                           BootstrapSettings bootstrap, String noiseFloor, Boolean rigorous, String tier) {
        public Settings(List<String> models, List<String> workloads, List<Integer> workers, int warmup, int reps, int forks,
                        double sizeFactor, long timeoutSeconds, Map<String, Map<String, String>> modelOptions, String command) {
            this(models, workloads, workers, warmup, reps, forks, sizeFactor, timeoutSeconds, modelOptions, command, null, null, null,
                    null, null, null, null, null, null, null);
        }
    }

    /** The bootstrap behind every interval: resamples, confidence level, the generator's seed. */
    public record BootstrapSettings(int resamples, double confidence, long seed, String method) {
        public static BootstrapSettings current() {
            return new BootstrapSettings(org.gillab.harness.stats.Bootstrap.RESAMPLES, org.gillab.harness.stats.Bootstrap.CONFIDENCE,
                    org.gillab.harness.stats.Bootstrap.SEED, "hierarchical percentile bootstrap of the median: forks, then runs within each");
        }
    }
}

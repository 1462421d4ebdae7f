package org.gillab.harness.sweep;

import java.util.List;
import java.util.Map;

/**
 * What a forked JVM is asked to run: every cell of one model, in order, each with its warm-up and
 * timed runs. Sent as JSON on the child's standard input. Warm-up is at least {@code warmup} runs and
 * goes on (untimed, unreported) until {@code warmupSeconds} have passed, so that a short run is not
 * measured before the JIT has compiled what it runs; before any cell, the fresh JVM itself warms up
 * for {@code jvmWarmupSeconds} on the job's workloads.
 *
 * <p>With a {@code steady} rule, warm-up goes on past those minimums until the cell's runs have settled,
 * at most {@code steady.maxRuns()} runs (see {@link Warmup}). With {@code calibrateSeconds} above 0 the
 * JVM times nothing: it finds, per cell, the size at which one run lasts that long, and reports it.
 *
 * @param factory the model's factory name (the baseline's is {@link Cell#BASELINE_MODEL})
 */
public record ForkJob(String factory, Map<String, String> options, List<JobCell> cells,
                      double jvmWarmupSeconds, int warmup, double warmupSeconds, int reps, long timeoutSeconds,
                      org.gillab.harness.stats.SteadyRule steady, double calibrateSeconds) {
    /** A fixed warm-up, nothing calibrated. */
    public ForkJob(String factory, Map<String, String> options, List<JobCell> cells,
                   double jvmWarmupSeconds, int warmup, double warmupSeconds, int reps, long timeoutSeconds) {
        this(factory, options, cells, jvmWarmupSeconds, warmup, warmupSeconds, reps, timeoutSeconds, null, 0);
    }

    /** One cell: the workload's file and the work to give it. */
    public record JobCell(String file, int workers, long size) {}
}

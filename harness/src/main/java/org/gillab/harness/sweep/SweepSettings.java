package org.gillab.harness.sweep;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gillab.harness.library.Workload;

/**
 * What a sweep runs: models x workloads x worker counts, each cell {@code warmup} untimed runs then
 * {@code reps} timed ones, at {@code sizeFactor} times each workload's own SIZE.
 *
 * @param jvmWarmupSeconds how long each fresh JVM runs its workloads untimed before its first cell
 * @param modelOptions per model, the settings given to it (e.g. the switch interval for gil)
 * @param jvmArgs      extra arguments for every forked JVM
 * @param launcher     a command the forked JVMs run under, e.g. {@code taskset -c 0} to confine them to one CPU (empty: none)
 * @param steady       warm each cell up until its runs settle (null: the fixed {@code warmup} count and time only)
 * @param sizes        per workload, the size calibration chose (overrides {@code sizeFactor}; empty: none)
 * @param oneWorkerOnly models run at 1 worker only (the A/A noise floor's unsafe, when the sweep did not ask for it)
 */
public record SweepSettings(List<String> models, List<Workload> workloads, List<Integer> workers, double jvmWarmupSeconds,
                            int warmup, double warmupSeconds, int reps,
                            double sizeFactor, Duration timeout, Map<String, Map<String, String>> modelOptions,
                            List<String> jvmArgs, boolean trace, List<String> launcher,
                            org.gillab.harness.stats.SteadyRule steady, Map<String, Long> sizes, java.util.Set<String> oneWorkerOnly) {
    public SweepSettings {
        models = List.copyOf(models);
        workloads = List.copyOf(workloads);
        workers = List.copyOf(workers);
        modelOptions = Map.copyOf(modelOptions);
        jvmArgs = List.copyOf(jvmArgs);
        launcher = List.copyOf(launcher);
        sizes = Map.copyOf(sizes);
        oneWorkerOnly = java.util.Set.copyOf(oneWorkerOnly);
    }

    /** A fixed warm-up, the sizes from the factor, every model at every worker count. */
    public SweepSettings(List<String> models, List<Workload> workloads, List<Integer> workers, double jvmWarmupSeconds,
                         int warmup, double warmupSeconds, int reps, double sizeFactor, Duration timeout,
                         Map<String, Map<String, String>> modelOptions, List<String> jvmArgs, boolean trace, List<String> launcher) {
        this(models, workloads, workers, jvmWarmupSeconds, warmup, warmupSeconds, reps, sizeFactor, timeout, modelOptions, jvmArgs,
                trace, launcher, null, Map.of(), java.util.Set.of());
    }

    /** The same settings with the sizes calibration chose. */
    public SweepSettings withSizes(Map<String, Long> chosen) {
        return new SweepSettings(models, workloads, workers, jvmWarmupSeconds, warmup, warmupSeconds, reps, sizeFactor, timeout,
                modelOptions, jvmArgs, trace, launcher, steady, chosen, oneWorkerOnly);
    }

    /** The worker counts {@code model} runs at. */
    public List<Integer> workersOf(String model) {
        return oneWorkerOnly.contains(model) ? List.of(1) : workers;
    }

    /** Forked JVMs started directly, with no launcher. */
    public SweepSettings(List<String> models, List<Workload> workloads, List<Integer> workers, double jvmWarmupSeconds,
                         int warmup, double warmupSeconds, int reps, double sizeFactor, Duration timeout,
                         Map<String, Map<String, String>> modelOptions, List<String> jvmArgs, boolean trace) {
        this(models, workloads, workers, jvmWarmupSeconds, warmup, warmupSeconds, reps, sizeFactor, timeout, modelOptions, jvmArgs,
                trace, List.of());
    }

    /** The amount of work for {@code w}: what calibration chose, else its SIZE scaled, at least 1. */
    public long sizeOf(Workload w) {
        Long chosen = sizes.get(w.name());
        if (chosen != null) return chosen;
        return Math.max(1, Math.round(w.info().defaultSize() * sizeFactor));
    }

    /** The worker counts 1, 2, 4, ... up to {@code cores}, and {@code cores} itself. */
    public static List<Integer> powersOfTwoUpTo(int cores) {
        java.util.TreeSet<Integer> counts = new java.util.TreeSet<>();
        for (int n = 1; n <= cores; n *= 2) counts.add(n);
        counts.add(Math.max(1, cores));
        return List.copyOf(counts);
    }
}

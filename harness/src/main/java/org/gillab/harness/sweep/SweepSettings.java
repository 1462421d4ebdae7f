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
 */
public record SweepSettings(List<String> models, List<Workload> workloads, List<Integer> workers, double jvmWarmupSeconds,
                            int warmup, double warmupSeconds, int reps,
                            double sizeFactor, Duration timeout, Map<String, Map<String, String>> modelOptions,
                            List<String> jvmArgs, boolean trace, List<String> launcher) {
    public SweepSettings {
        models = List.copyOf(models);
        workloads = List.copyOf(workloads);
        workers = List.copyOf(workers);
        modelOptions = Map.copyOf(modelOptions);
        jvmArgs = List.copyOf(jvmArgs);
        launcher = List.copyOf(launcher);
    }

    /** Forked JVMs started directly, with no launcher. */
    public SweepSettings(List<String> models, List<Workload> workloads, List<Integer> workers, double jvmWarmupSeconds,
                         int warmup, double warmupSeconds, int reps, double sizeFactor, Duration timeout,
                         Map<String, Map<String, String>> modelOptions, List<String> jvmArgs, boolean trace) {
        this(models, workloads, workers, jvmWarmupSeconds, warmup, warmupSeconds, reps, sizeFactor, timeout, modelOptions, jvmArgs,
                trace, List.of());
    }

    /** The amount of work for {@code w}: its SIZE scaled, at least 1. */
    public long sizeOf(Workload w) {
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

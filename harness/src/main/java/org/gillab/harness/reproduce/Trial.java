package org.gillab.harness.reproduce;

import java.util.List;
import java.util.Map;

import org.gillab.harness.library.Workload;

/**
 * One gillab sweep of an experiment. Its cells are found again by {@code id}, so that one model can
 * run under several settings (gil at several switch intervals) in separate trials.
 *
 * @param options  per model, its settings (-o MODEL.NAME=VALUE)
 * @param launcher a command the forked JVMs run under, e.g. {@code taskset -c 0} (empty: none)
 * @param timeoutSeconds a run still going after this is hung (0: the runner's --timeout)
 */
public record Trial(String id, List<String> models, List<Workload> workloads, List<Integer> workers,
                    Map<String, Map<String, String>> options, List<String> launcher, long timeoutSeconds) {
    public Trial {
        models = List.copyOf(models);
        workloads = List.copyOf(workloads);
        workers = List.copyOf(workers);
        options = Map.copyOf(options);
        launcher = List.copyOf(launcher);
    }

    public static Trial of(String id, List<String> models, List<Workload> workloads, List<Integer> workers) {
        return new Trial(id, models, workloads, workers, Map.of(), List.of(), 0);
    }

    public Trial withOptions(String model, Map<String, String> given) {
        return new Trial(id, models, workloads, workers, Map.of(model, given), launcher, timeoutSeconds);
    }

    public Trial withLauncher(List<String> command) {
        return new Trial(id, models, workloads, workers, options, command, timeoutSeconds);
    }

    public Trial withTimeout(long seconds) {
        return new Trial(id, models, workloads, workers, options, launcher, seconds);
    }

    /** How {@code gillab run} would run the same sweep (for the record). */
    public String command(Scale scale) {
        StringBuilder b = new StringBuilder("gillab run --model ").append(String.join(",", models))
                .append(" --workloads ").append(String.join(",", workloads.stream().map(Workload::name).toList()))
                .append(" --workers ").append(String.join(",", workers.stream().map(String::valueOf).toList()))
                .append(" --scale ").append(scale.sizeFactor()).append(" --reps ").append(scale.reps());
        options.forEach((m, o) -> o.forEach((k, v) -> b.append(" -o ").append(m).append('.').append(k).append('=').append(v)));
        if (!launcher.isEmpty()) b.insert(0, String.join(" ", launcher) + " ");
        return b.toString();
    }
}

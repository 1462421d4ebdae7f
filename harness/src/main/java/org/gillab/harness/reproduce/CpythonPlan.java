package org.gillab.harness.reproduce;

import java.nio.file.Path;
import java.util.List;

/**
 * One run of bench/cpython/sweep.py for an experiment.
 *
 * @param switchInterval sys.setswitchinterval in seconds for every cell (null: CPython's own, 5 ms)
 * @param launcher       a command python3 runs under, e.g. {@code taskset -c 0} (empty: none)
 * @param tag            the cells are found under trial {@code cpython} plus this tag (plans whose cells share labels differ in it)
 */
public record CpythonPlan(List<Path> files, List<String> modes, List<Integer> workers, Double switchInterval, List<String> launcher,
                          String tag) {
    public CpythonPlan {
        files = List.copyOf(files);
        modes = List.copyOf(modes);
        workers = List.copyOf(workers);
        launcher = List.copyOf(launcher);
    }

    public static CpythonPlan of(List<Path> files, List<String> modes, List<Integer> workers) {
        return new CpythonPlan(files, modes, workers, null, List.of(), "");
    }

    public CpythonPlan withInterval(double seconds) {
        return new CpythonPlan(files, modes, workers, seconds, launcher, tag);
    }

    public CpythonPlan withLauncher(List<String> command) {
        return new CpythonPlan(files, modes, workers, switchInterval, command, tag);
    }

    public CpythonPlan tagged(String t) {
        return new CpythonPlan(files, modes, workers, switchInterval, launcher, t);
    }
}

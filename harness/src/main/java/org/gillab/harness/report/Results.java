package org.gillab.harness.report;

import java.util.List;
import java.util.Map;

import org.gillab.harness.metrics.CellResult;

/**
 * results.json: what a sweep measured, where and how (docs/results-format.md).
 *
 * @param complete false when the sweep was interrupted: the cells are those that finished
 */
public record Results(int schemaVersion, String generated, boolean complete, Machine machine, Settings settings,
                      List<CellResult> cells) {
    public static final int SCHEMA_VERSION = 1;

    public Results {
        cells = cells == null ? null : List.copyOf(cells); // null only in a file that is not results: readJson says so
    }

    /**
     * The settings of the sweep, as given; {@code forks} is the fresh JVMs per model (0 in files written before it existed);
     * {@code tier} the engine that ran the Python code, interp or compiled (null in files written before it existed).
     */
    public record Settings(List<String> models, List<String> workloads, List<Integer> workers, int warmup, int reps, int forks,
                           double sizeFactor, long timeoutSeconds, Map<String, Map<String, String>> modelOptions,
                           String command, String tier) {}
}

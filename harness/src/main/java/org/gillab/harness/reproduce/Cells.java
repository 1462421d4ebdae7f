package org.gillab.harness.reproduce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gillab.harness.metrics.CellResult;

/**
 * The cells an experiment's trials produced, by trial id (CPython's under {@link #CPYTHON}), and why
 * a trial produced none. Lookups that need an ok cell throw {@link Missing} with the reason, which
 * the runner turns into the verdict "not measured (reason)".
 */
public final class Cells {
    /** The trial id of the CPython cells. */
    public static final String CPYTHON = "cpython";

    private final Map<String, List<CellResult>> byTrial = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    void add(String trial, List<CellResult> cells) {
        byTrial.merge(trial, List.copyOf(cells), (a, b) -> {
            List<CellResult> all = new java.util.ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        });
    }

    void fail(String trial, String reason) {
        failures.putIfAbsent(trial, reason);
    }

    /** Whether any gillab cell has raw samples to resample. */
    boolean resamplable() {
        for (Map.Entry<String, List<CellResult>> t : byTrial.entrySet()) {
            if (t.getKey().startsWith(CPYTHON)) continue;
            for (CellResult c : t.getValue()) if (!c.samples().isEmpty()) return true;
        }
        return false;
    }

    /**
     * The same cells with each gillab cell's median replaced by one hierarchical bootstrap resample of
     * its runs (forks, then runs), and the ratios recomputed from the resampled medians: one draw of
     * what the experiment could have measured. CPython's cells and cells without samples stay as they are.
     */
    Cells resampled(org.apache.commons.math3.random.RandomGenerator rng) {
        Cells out = new Cells();
        out.failures.putAll(failures);
        for (Map.Entry<String, List<CellResult>> t : byTrial.entrySet()) {
            if (t.getKey().startsWith(CPYTHON)) {
                out.byTrial.put(t.getKey(), t.getValue());
                continue;
            }
            Map<String, Double> medians = new LinkedHashMap<>();
            for (CellResult c : t.getValue()) {
                if (c.wallSecondsMedian() == null) continue;
                medians.put(c.key(), c.samples().isEmpty() ? c.wallSecondsMedian()
                        : org.gillab.harness.stats.Bootstrap.resampledMedian(c.samples(), rng));
            }
            List<CellResult> cells = new java.util.ArrayList<>();
            for (CellResult c : t.getValue()) {
                Double m = medians.get(c.key());
                if (m == null || !c.measured()) {
                    cells.add(c);
                    continue;
                }
                Double one = medians.get(c.model() + "/" + c.workload() + "/1");
                Double base = medians.get("baseline/" + c.workload() + "/1");
                cells.add(c.withMedian(m, c.speedup() == null || one == null ? null : one / m,
                        c.slowdownVsBaseline() == null || base == null ? null : m / base,
                        c.singleThreadOverhead() == null || one == null || base == null ? null : one / base));
            }
            out.byTrial.put(t.getKey(), List.copyOf(cells));
        }
        return out;
    }

    /** The ids of the trials that ran (or failed), in order, that start with {@code prefix}. */
    public List<String> trialsStartingWith(String prefix) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(byTrial.keySet());
        all.addAll(failures.keySet());
        return all.stream().filter(t -> t.startsWith(prefix)).toList();
    }

    public List<CellResult> of(String trial) {
        return byTrial.getOrDefault(trial, List.of());
    }

    /** The cell, whatever its status. */
    public Optional<CellResult> find(String trial, String model, String workload, int workers) {
        return of(trial).stream()
                .filter(c -> c.model().equals(model) && c.workload().equals(workload) && c.workers() == workers).findFirst();
    }

    /** The cell, which must exist; its status is not checked. */
    public CellResult any(String trial, String model, String workload, int workers) {
        String failed = failures.get(trial);
        return find(trial, model, workload, workers).orElseThrow(() -> new Missing(
                failed != null ? failed : "no cell " + model + "/" + workload + "/" + workers + " in trial " + trial));
    }

    /** The cell, which must be ok with a wall time. */
    public CellResult ok(String trial, String model, String workload, int workers) {
        CellResult c = any(trial, model, workload, workers);
        if (!c.status().equals("ok") || c.wallSecondsMedian() == null) {
            throw new Missing(c.model() + "/" + c.workload() + "/" + c.workers() + " " + c.status()
                    + (c.reason() == null ? "" : ": " + firstLine(c.reason())));
        }
        return c;
    }

    public double wall(String trial, String model, String workload, int workers) {
        return ok(trial, model, workload, workers).wallSecondsMedian();
    }

    /** A counter of an ok cell; a model that does not report it is {@link Missing}. */
    public long counter(String trial, String model, String workload, int workers, String name) {
        Long v = ok(trial, model, workload, workers).counters().get(name);
        if (v == null) throw new Missing(model + " reports no counter " + name);
        return v;
    }

    /**
     * A CPython cell by mode: its model is {@code cpython-VERSION-MODE}, with {@code [interval=...]}
     * after it when the plan set a switch interval.
     */
    public Optional<CellResult> findCpython(String mode, String intervalSuffix, String workload, int workers) {
        return findCpython("", mode, intervalSuffix, workload, workers);
    }

    /** As {@link #findCpython(String, String, String, int)}, among the cells of the plan tagged {@code tag}. */
    public Optional<CellResult> findCpython(String tag, String mode, String intervalSuffix, String workload, int workers) {
        String end = "-" + mode + (intervalSuffix == null ? "" : intervalSuffix);
        return of(CPYTHON + tag).stream().filter(c -> c.model().startsWith("cpython-") && c.model().endsWith(end)
                && c.workload().equals(workload) && c.workers() == workers).findFirst();
    }

    public CellResult cpython(String mode, String intervalSuffix, String workload, int workers) {
        return cpython("", mode, intervalSuffix, workload, workers);
    }

    /** The ok CPython cell of the plan tagged {@code tag}. */
    public CellResult cpython(String tag, String mode, String intervalSuffix, String workload, int workers) {
        CellResult c = findCpython(tag, mode, intervalSuffix, workload, workers).orElseThrow(() -> new Missing(failures.getOrDefault(CPYTHON + tag,
                "no CPython cell " + mode + (intervalSuffix == null ? "" : intervalSuffix) + "/" + workload + "/" + workers)));
        if (!c.status().equals("ok") || c.wallSecondsMedian() == null) {
            throw new Missing(c.model() + "/" + c.workload() + "/" + c.workers() + " " + c.status()
                    + (c.reason() == null ? "" : ": " + firstLine(c.reason())));
        }
        return c;
    }

    /** "CPython 3.11 (GIL build)" from the cells' labels ({@code cpython-VERSION-MODE[...]}), or null when there are none. */
    public String cpythonLabel() {
        List<CellResult> all = new java.util.ArrayList<>();
        byTrial.forEach((t, cs) -> {
            if (t.startsWith(CPYTHON)) all.addAll(cs);
        });
        for (CellResult c : all) {
            String m = c.model().substring("cpython-".length());
            int bracket = m.indexOf('[');
            if (bracket >= 0) m = m.substring(0, bracket);
            int dash = m.lastIndexOf('-');
            String version = dash < 0 ? m : m.substring(0, dash);
            String build = version.endsWith("t-gil") ? "free-threaded build, GIL on" : version.endsWith("t") ? "free-threaded build" : "GIL build";
            return "CPython " + version + " (" + build + ")";
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A figure needs a cell that is not there or not ok. */
    public static final class Missing extends RuntimeException {
        public Missing(String reason) {
            super(reason, null, false, false);
        }
    }
}

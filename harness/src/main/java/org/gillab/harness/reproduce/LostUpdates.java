package org.gillab.harness.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.metrics.CellResult;

/**
 * {@code d[k] += 1} without a lock is a read, an add and a write: whether updates are lost depends on
 * where the model can switch threads. The workload's check fails exactly when some were lost.
 */
final class LostUpdates implements Experiment {
    private static final List<String> MODELS = List.of("unsafe", "gil", "gil-ticks", "fine-grained", "free-threaded", "cooperative");
    private static final String W = "shared-counter";

    @Override
    public String name() {
        return "lost-updates";
    }

    @Override
    public String source() {
        return "CPython's eval-breaker placement (gh-18334: switches at back edges and calls) and PEP 703's per-object locks";
    }

    @Override
    public String reference() {
        return "CPython 3.11, 2 threads, 2,000,000 increments of d[\"k\"], no lock: 0 lost in 3 runs, because the 3.10+ GIL switches "
                + "only at back edges and calls [L, gil-facts 9]; free-threaded: each dict operation is atomic under its lock, "
                + "the read-add-write is not [V, gil-facts 5.4]";
    }

    @Override
    public String band() {
        return "gil and cooperative lose none; free-threaded loses some; unsafe loses some or damages the heap";
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        return List.of(Trial.of("counter", MODELS, List.of(lab.workload(W)), List.of(2)));
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        return List.of(CpythonPlan.of(Lab.files(lab.workload(W)), List.of("threads"), List.of(2)));
    }

    /**
     * 0 when the cell's check passed, 1 when it failed (updates lost), 2 when the run damaged the heap
     * (unsafe's races on reference counts: worse than lost updates); a hang or a crash is not a measurement.
     */
    static double lost(CellResult c) {
        if (c.status().equals("ok") && Boolean.TRUE.equals(c.correct())) return 0;
        if (c.status().equals("racy")) return 1; // the check counted lost updates (RunSample.LostUpdates)
        // CPython's cells (bench/cpython/sweep.py) have no racy status yet: its check's failure is the lost updates
        if (c.model().startsWith("cpython-") && c.status().equals("failed") && c.reason() != null && c.reason().contains("check failed")) return 1;
        if (c.status().equals("failed") && c.reason() != null && c.reason().contains("refcount audit")) return 2;
        throw new Cells.Missing(c.model() + "/" + c.workload() + "/" + c.workers() + " " + c.status()
                + (c.reason() == null ? "" : ": " + c.reason().lines().findFirst().orElse("")));
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (String m : MODELS) {
            double l = lost(cells.any("counter", m, W, 2));
            v.put(m, l);
            parts.add(m + (l == 2 ? " damages the heap" : l > 0 ? " loses updates" : " none lost"));
        }
        return Figure.of("2 workers: " + String.join(", ", parts), v);
    }

    @Override
    public Figure cpython(Cells cells) {
        CellResult c = cells.findCpython("threads", null, W, 2).orElseThrow(() -> new Cells.Missing("no CPython cell"));
        double l = lost(c);
        return Figure.of("2 threads: " + (l > 0 ? "loses updates" : "none lost"), Map.of("threads", l));
    }

    @Override
    public boolean agrees(Figure f) {
        return f.value("gil") == 0 && f.value("cooperative") == 0 && f.value("free-threaded") > 0 && f.value("unsafe") > 0;
    }
}

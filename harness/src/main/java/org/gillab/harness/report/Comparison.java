package org.gillab.harness.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.metrics.Stats;

/**
 * {@code gillab compare OLD NEW}: the cells whose median wall time moved beyond the spread of both
 * runs (each median outside the other's min..max), the cells whose status changed, and those in one
 * file only.
 */
public final class Comparison {
    /** A cell whose median moved: new median / old median. */
    public record Moved(String key, double oldMedian, double newMedian) {
        public double ratio() {
            return newMedian / oldMedian;
        }
    }

    public record StatusChange(String key, String oldStatus, String newStatus) {}

    private final List<Moved> moved = new ArrayList<>();
    private final List<StatusChange> statusChanges = new ArrayList<>();
    private final List<String> onlyOld = new ArrayList<>(), onlyNew = new ArrayList<>();
    private int unchanged;

    public static Comparison of(Results older, Results newer) {
        Comparison c = new Comparison();
        Map<String, CellResult> old = index(older), now = index(newer);
        for (Map.Entry<String, CellResult> e : old.entrySet()) {
            CellResult n = now.get(e.getKey());
            CellResult o = e.getValue();
            if (n == null) {
                c.onlyOld.add(e.getKey());
                continue;
            }
            if (!o.status().equals(n.status())) {
                c.statusChanges.add(new StatusChange(e.getKey(), o.status(), n.status()));
                continue;
            }
            Stats a = o.wall(), b = n.wall();
            if (a != null && b != null && b.movedFrom(a)) c.moved.add(new Moved(e.getKey(), a.median(), b.median()));
            else c.unchanged++;
        }
        for (String k : now.keySet()) if (!old.containsKey(k)) c.onlyNew.add(k);
        c.moved.sort((x, y) -> Double.compare(Math.abs(Math.log(y.ratio())), Math.abs(Math.log(x.ratio()))));
        return c;
    }

    private static Map<String, CellResult> index(Results r) {
        Map<String, CellResult> m = new LinkedHashMap<>();
        for (CellResult c : r.cells()) m.put(c.key(), c);
        return m;
    }

    public List<Moved> moved() {
        return moved;
    }

    public List<StatusChange> statusChanges() {
        return statusChanges;
    }

    public void print(PrintWriter out) {
        if (moved.isEmpty()) out.println("No cell's median moved beyond the spread of its runs (" + unchanged + " compared).");
        else {
            out.printf(Locale.ROOT, "%-44s %10s %10s %8s%n", "cell (model/workload/workers)", "old s", "new s", "new/old");
            for (Moved m : moved) {
                out.printf(Locale.ROOT, "%-44s %10.4f %10.4f %7.2fx  %s%n", m.key(), m.oldMedian(), m.newMedian(), m.ratio(),
                        m.ratio() > 1 ? "slower" : "faster");
            }
            out.println(moved.size() + " moved, " + unchanged + " within their spread.");
        }
        for (StatusChange s : statusChanges) out.println("status changed: " + s.key() + ": " + s.oldStatus() + " -> " + s.newStatus());
        for (String k : onlyOld) out.println("only in the old file: " + k);
        for (String k : onlyNew) out.println("only in the new file: " + k);
        out.flush();
    }
}

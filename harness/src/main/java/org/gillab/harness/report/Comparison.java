package org.gillab.harness.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.metrics.Stats;
import org.gillab.harness.stats.Bootstrap;
import org.gillab.harness.stats.Interval;

/**
 * {@code gillab compare OLD NEW}: which cells' median wall time changed. Where both files hold raw
 * samples (schema version 2) a change is significant only when the bootstrap interval of new/old
 * (both cells' forks and runs resampled) excludes 1 and the ratio is at least the minimum effect away
 * from 1, after pyperf's compare_to (which asks a t-test and --min-speed; a bootstrap of medians
 * copes better with the bimodal times interpreters give). Version-1 files have no samples: there a
 * change is each median lying outside the other run's min..max, as before, and the output says so.
 *
 * <p>Before comparing, what could make the two files incomparable is listed: different sizes for a
 * workload (a refusal unless forced: the work itself differs), different settings or machines (a
 * warning).
 */
public final class Comparison {
    /** A cell whose median moved: new median / old median, with its interval (null from a version-1 file). */
    public record Moved(String key, double oldMedian, double newMedian, Interval ci) {
        public double ratio() {
            return newMedian / oldMedian;
        }
    }

    public record StatusChange(String key, String oldStatus, String newStatus) {}

    private final List<Moved> moved = new ArrayList<>();
    private final List<StatusChange> statusChanges = new ArrayList<>();
    private final List<String> onlyOld = new ArrayList<>(), onlyNew = new ArrayList<>();
    private final List<String> sizeDifferences = new ArrayList<>(), warnings = new ArrayList<>();
    private int unchanged, withoutSamples;
    private double minEffect;

    /** With the default minimum effect of 5 %. */
    public static Comparison of(Results older, Results newer) {
        return of(older, newer, 0.05);
    }

    /** @param minEffect the smallest change called significant, as a fraction (0.05: 5 % slower or faster) */
    public static Comparison of(Results older, Results newer, double minEffect) {
        Comparison c = new Comparison();
        c.minEffect = minEffect;
        c.differences(older, newer);
        Bootstrap bootstrap = new Bootstrap();
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
            if (o.size() != n.size() && o.size() > 0 && n.size() > 0) {
                c.sizeDifferences.add(e.getKey() + ": size " + o.size() + " then " + n.size());
            }
            Stats a = o.wall(), b = n.wall();
            if (a == null || b == null) {
                c.unchanged++;
                continue;
            }
            if (!o.samples().isEmpty() && !n.samples().isEmpty()) {
                Interval ci = bootstrap.ratioCi(n.samples(), o.samples());
                double ratio = b.median() / a.median();
                if (ci != null && !ci.contains(1.0) && Math.abs(Math.log(ratio)) >= Math.log1p(minEffect)) {
                    c.moved.add(new Moved(e.getKey(), a.median(), b.median(), ci));
                } else c.unchanged++;
            } else {
                c.withoutSamples++;
                if (b.movedFrom(a)) c.moved.add(new Moved(e.getKey(), a.median(), b.median(), null));
                else c.unchanged++;
            }
        }
        for (String k : now.keySet()) if (!old.containsKey(k)) c.onlyNew.add(k);
        c.moved.sort((x, y) -> Double.compare(Math.abs(Math.log(y.ratio())), Math.abs(Math.log(x.ratio()))));
        return c;
    }

    /** Settings and machines that differ between the two files: each a warning. */
    private void differences(Results a, Results b) {
        if (a.schemaVersion() != b.schemaVersion()) {
            warnings.add("schema versions differ (" + a.schemaVersion() + " and " + b.schemaVersion() + ")");
        }
        if (a.machine() != null && b.machine() != null) {
            if (!Objects.equals(a.machine().cpu(), b.machine().cpu()) || a.machine().cores() != b.machine().cores()) {
                warnings.add("different machines: " + a.machine().cpu() + ", " + a.machine().cores() + " cores; then "
                        + b.machine().cpu() + ", " + b.machine().cores() + " cores");
            }
            if (!Objects.equals(a.machine().jvm(), b.machine().jvm())) {
                warnings.add("different JVMs: " + a.machine().jvm() + "; then " + b.machine().jvm());
            }
        }
        Results.Settings s = a.settings(), t = b.settings();
        if (s != null && t != null) {
            if (s.reps() != t.reps() || s.forks() != t.forks()) {
                warnings.add(String.format(Locale.ROOT, "different repetitions: %d forks x %d runs; then %d x %d", s.forks(), s.reps(),
                        t.forks(), t.reps()));
            }
            if (!Objects.equals(s.steady(), t.steady())) warnings.add("different warm-up rules: " + s.steady() + "; then " + t.steady());
            if (!Objects.equals(s.modelOptions(), t.modelOptions())) {
                warnings.add("different model options: " + s.modelOptions() + "; then " + t.modelOptions());
            }
        }
        for (Results r : List.of(a, b)) {
            if (r.environment() != null && r.environment().busy() != null) warnings.add(r.generated() + ": " + r.environment().busy());
        }
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

    /** Cells whose workload ran at different sizes: their times measure different work. */
    public List<String> sizeDifferences() {
        return sizeDifferences;
    }

    public List<String> warnings() {
        return warnings;
    }

    public void print(PrintWriter out) {
        for (String w : warnings) out.println("warning: " + w);
        for (String d : sizeDifferences) out.println("warning: sizes differ, " + d);
        if (moved.isEmpty()) {
            out.println("No cell's median changed significantly (" + unchanged + " compared"
                    + String.format(Locale.ROOT, "; significant: the 95 %% interval of new/old excludes 1.00 and the change is at least %.0f %%",
                    minEffect * 100) + ").");
        } else {
            out.printf(Locale.ROOT, "%-40s %9s %9s %8s %-15s%n", "cell (model/workload/workers)", "old s", "new s", "new/old", "95% CI");
            for (Moved m : moved) {
                out.printf(Locale.ROOT, "%-40s %9.4f %9.4f %7.2fx %-15s %s%n", m.key(), m.oldMedian(), m.newMedian(), m.ratio(),
                        m.ci() == null ? "(no samples)" : m.ci().format("%.2f"), m.ratio() > 1 ? "slower" : "faster");
            }
            out.printf(Locale.ROOT, "%d changed significantly (the interval of new/old excludes 1.00 and the change is at least %.0f %%), "
                    + "%d did not.%n", moved.size(), minEffect * 100, unchanged);
        }
        if (withoutSamples > 0) {
            out.println(withoutSamples + " cell(s) had no raw samples (a version-1 file): for them a change is each median outside the "
                    + "other's min..max, which says nothing about significance.");
        }
        for (StatusChange s : statusChanges) out.println("status changed: " + s.key() + ": " + s.oldStatus() + " -> " + s.newStatus());
        for (String k : onlyOld) out.println("only in the old file: " + k);
        for (String k : onlyNew) out.println("only in the new file: " + k);
        out.flush();
    }
}

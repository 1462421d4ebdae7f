package org.gillab.harness.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.sweep.RunSample;

/**
 * The terminal's view of a sweep: per workload, one row per model with its single-thread overhead and,
 * per worker count, the median wall time and the speed-up; then every cell that is not ok, with why.
 */
public final class TerminalTable {
    private TerminalTable() {}

    public static void print(List<CellResult> cells, PrintWriter out) {
        Set<Integer> counts = new TreeSet<>();
        Map<String, Map<String, Map<Integer, CellResult>>> byWorkload = new LinkedHashMap<>();
        for (CellResult c : cells) {
            counts.add(c.workers());
            byWorkload.computeIfAbsent(c.workload(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.model(), k -> new LinkedHashMap<>()).put(c.workers(), c);
        }
        for (Map.Entry<String, Map<String, Map<Integer, CellResult>>> w : byWorkload.entrySet()) {
            long size = w.getValue().values().iterator().next().values().iterator().next().size();
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s", w.getKey(), "overhead"));
            for (int n : counts) head.append(String.format(Locale.ROOT, " | %2d: %8s %7s", n, "median", "speedup"));
            head.append("  correct");
            out.println();
            out.println(w.getKey() + " (size " + size + ")");
            out.println(head);
            out.println("-".repeat(head.length()));
            for (Map.Entry<String, Map<Integer, CellResult>> m : w.getValue().entrySet()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s", m.getKey(), overhead(m.getValue())));
                Set<String> verdicts = new LinkedHashSet<>();
                for (int n : counts) {
                    CellResult c = m.getValue().get(n);
                    row.append(" | ").append(cell(c));
                    if (c != null) verdicts.add(c.correct() == null ? "-" : c.correct() ? "yes" : "NO");
                }
                row.append("  ").append(String.join("/", verdicts));
                out.println(row);
            }
        }
        List<CellResult> broken = new ArrayList<>();
        for (CellResult c : cells) if (!c.status().equals(RunSample.OK)) broken.add(c);
        if (!broken.isEmpty()) {
            out.println();
            out.println("Cells that are not ok:");
            for (CellResult c : broken) {
                out.println("  " + c.model() + " / " + c.workload() + " / " + c.workers() + ": " + c.status()
                        + (c.reason() == null ? "" : ": " + oneLine(c.reason())));
            }
        }
        out.flush();
    }

    private static String overhead(Map<Integer, CellResult> byCount) {
        for (CellResult c : byCount.values()) {
            if (c.singleThreadOverhead() != null) return String.format(Locale.ROOT, "%.2fx", c.singleThreadOverhead());
        }
        return "";
    }

    private static String cell(CellResult c) {
        if (c == null) return String.format(Locale.ROOT, "%20s", "");
        if (!c.status().equals(RunSample.OK)) return String.format(Locale.ROOT, "%20s", c.status().toUpperCase(Locale.ROOT));
        String speed = c.speedup() == null ? "" : String.format(Locale.ROOT, "%.2fx", c.speedup());
        return String.format(Locale.ROOT, "    %7.3fs %7s", c.wallSecondsMedian(), speed);
    }

    static String oneLine(String s) {
        String line = s.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}

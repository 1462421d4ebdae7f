package org.gillab.harness.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.stats.Interval;
import org.gillab.harness.sweep.Cell;
import org.gillab.harness.sweep.RunSample;

/**
 * The terminal's view of a sweep: per workload, one row per model and worker count (so the table is
 * as wide at 64 workers as at 1: it grows down, never past 100 columns) with the median wall time,
 * the speed-up and the time against the baseline, each with its 95 % interval and a mark when the
 * interval holds 1.00 (within noise); then the A/A noise floor, a legend and notes where a workload's
 * numbers mean something else; then every cell that is not ok, with why.
 */
public final class TerminalTable {
    private TerminalTable() {}

    /** What a workload's figures mean where they mean something else than elsewhere. */
    static final Map<String, String> NOTES = Map.of(
            "io-sleep", "every worker sleeps the whole SIZE x 10 ms (not a share of it): a speed-up of 1.00x is perfect overlap, "
                    + "1/N none at all",
            "pipeline", "at 1 worker the one worker produces everything into an unbounded channel and then consumes it, a different "
                    + "schedule from the producers and consumer of 2 or more workers: compare speed-ups with care",
            "shared-counter", "racing without a lock is expected to lose updates under models that switch between any two "
                    + "bytecodes (unsafe, free-threaded; gil-ticks, whose check every 100 ticks falls anywhere, as Python 2's did): "
                    + "such cells are racy, a measured outcome, and keep their timings");

    static final int WIDTH = 100;

    public static void print(List<CellResult> cells, PrintWriter out) {
        Map<String, List<CellResult>> byWorkload = new LinkedHashMap<>();
        for (CellResult c : cells) byWorkload.computeIfAbsent(c.workload(), k -> new ArrayList<>()).add(c);
        for (Map.Entry<String, List<CellResult>> w : byWorkload.entrySet()) {
            List<CellResult> rows = new ArrayList<>(w.getValue());
            out.println();
            out.println(String.format(Locale.ROOT, "%s (size %,d)", w.getKey(), rows.get(0).size()));
            String head = String.format(Locale.ROOT, "%-16s %3s  %-21s %-21s %-21s %s", "model", "n", "median s [95% CI]",
                    "speed-up [CI]", "vs baseline [CI]", "result");
            out.println(head);
            out.println("-".repeat(Math.min(WIDTH, head.length() + 4)));
            for (CellResult c : rows) out.println(row(c));
            for (CellResult c : rows) {
                if (c.lostUpdates() != null) out.println("racy: " + c.model() + " at " + c.workers() + " workers " + c.lostUpdates());
            }
            String floor = noiseFloor(rows);
            if (floor != null) wrap(out, floor, "");
            String note = NOTES.get(w.getKey());
            if (note != null) wrap(out, "note: " + note, "  ");
        }
        if (!byWorkload.isEmpty()) {
            out.println();
            legend(out);
        }
        List<CellResult> broken = new ArrayList<>();
        for (CellResult c : cells) if (!c.measured()) broken.add(c);
        if (!broken.isEmpty()) {
            out.println();
            out.println("Cells that are not ok:");
            for (CellResult c : broken) {
                wrap(out, "  " + c.model() + " / " + c.workload() + " / " + c.workers() + ": " + c.status()
                        + (c.reason() == null ? "" : ": " + oneLine(c.reason())), "      ");
            }
        }
        out.flush();
    }

    static String row(CellResult c) {
        String model = c.model().length() > 16 ? c.model().substring(0, 15) + "~" : c.model();
        if (!c.measured()) {
            // the status under the result column (past the three 21-wide columns and their spaces), or as far
            // right as the 100 columns allow: NOT-APPLICABLE starts two columns early
            String status = c.status().toUpperCase(Locale.ROOT);
            return String.format(Locale.ROOT, "%-16s %3d  %s%s", model, c.workers(), " ".repeat(Math.min(66, WIDTH - 22 - status.length())), status);
        }
        String median = c.wallSecondsMedian() == null ? "" : String.format(Locale.ROOT, "%.3f", c.wallSecondsMedian())
                + (c.wallSecondsCi() == null ? "" : " " + c.wallSecondsCi().format("%.3f"));
        boolean base = c.model().equals(Cell.BASELINE);
        String speed = base || c.workers() == 1 ? "" : ratio(c.speedup(), c.speedupCi());
        String vs = base ? "" : ratio(c.slowdownVsBaseline(), c.slowdownVsBaselineCi());
        return String.format(Locale.ROOT, "%-16s %3d  %-21s %-21s %-21s %s", model, c.workers(), median, speed, vs, result(c));
    }

    /** e.g. {@code 1.05x [1.02-1.08]}, with {@code ~} when the interval holds 1.00. */
    static String ratio(Double value, Interval ci) {
        if (value == null) return "";
        if (ci == null) return String.format(Locale.ROOT, "%.2fx", value);
        return String.format(Locale.ROOT, "%.2fx %s%s", value, ci.format("%.2f"), ci.contains(1.0) ? " ~" : "");
    }

    /** ok / racy and the marks: U a fork never settled, B bimodal; a wrong answer says NO. */
    private static String result(CellResult c) {
        StringBuilder b = new StringBuilder(c.status().equals(RunSample.RACY) ? "racy"
                : c.correct() == null ? "-" : c.correct() ? "ok" : "NO");
        if (c.unsettledForks() > 0) b.append(" U").append(c.unsettledForks());
        if (c.modes() != null) b.append(" B");
        return b.toString();
    }

    /** The A/A line: unsafe at 1 worker against the baseline, the same code in two JVMs. */
    static String noiseFloor(List<CellResult> rows) {
        for (CellResult c : rows) {
            if (c.model().equals(org.gillab.harness.sweep.Cell.BASELINE_MODEL) && c.workers() == 1 && c.slowdownVsBaseline() != null) {
                Interval ci = c.slowdownVsBaselineCi();
                String verdict = ci == null ? "" : ci.contains(1.0)
                        ? " holds 1.00: differences inside it are noise"
                        : " EXCLUDES 1.00: the same code measured apart; trust no ratio this close to 1";
                return "A/A noise floor: unsafe at 1 worker / baseline = " + ratio(c.slowdownVsBaseline(), ci).replace(" ~", "")
                        + (ci == null ? "" : ";" + verdict);
            }
        }
        return null;
    }

    private static void legend(PrintWriter out) {
        wrap(out, "Legend: n workers; median wall time in seconds with its 95 % bootstrap interval (forks resampled, then runs); "
                + "speed-up: the model's median at 1 worker / this cell's; vs baseline: this cell / the sequential baseline "
                + "(at n = 1 the single-thread overhead); ~ the interval holds 1.00, within noise; result: ok, racy (updates lost "
                + "to a race, timings kept), NO (a wrong answer), - (not applicable); U<k> k forks never settled in warm-up; "
                + "B the runs fall into two groups (results.json: modes).", "  ");
    }

    /** Prints {@code text} in lines of at most {@link #WIDTH} columns, continuation lines indented. */
    static void wrap(PrintWriter out, String text, String indent) {
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        StringBuilder line = new StringBuilder(lead);
        boolean fresh = true; // nothing but the indentation on this line yet
        for (String word : text.strip().split(" +")) {
            while (word.length() > WIDTH - indent.length() - 1) { // a word too long for any line: cut it
                int room = Math.max(1, WIDTH - line.length() - (fresh ? 0 : 1));
                if (!fresh) line.append(' ');
                line.append(word, 0, Math.min(room, word.length()));
                word = word.substring(Math.min(room, word.length()));
                out.println(line);
                line = new StringBuilder(indent);
                fresh = true;
            }
            if (!fresh && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(indent);
                fresh = true;
            }
            if (!fresh) line.append(' ');
            line.append(word);
            fresh = false;
        }
        if (!fresh) out.println(line);
    }

    static String oneLine(String s) {
        String line = s.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}

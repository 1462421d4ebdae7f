package org.gillab.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;

/**
 * Who held the model's lock and who waited for it, over a short window of a traced run: drawn like a
 * logic analyser's trace (the picture Beazley drew of the GIL by hand), one labelled row per thread,
 * the main thread first, each row solid while the thread holds the lock and hatched while it waits
 * for it; a bare row is a thread doing neither (in a blocking call or sleep without the lock, not yet
 * started, or done). Each row ends with the share of the window it held and waited.
 *
 * @param model   the model, for its colour
 * @param workers the cell's worker count: rows for the main thread and every worker are drawn even if
 *                one never touched the lock within the window
 * @param holds   each hold as {thread, start ns, end ns}, relative to the window's start; thread 0 is
 *                the main thread, worker k is thread k + 1
 * @param waits   each wait, in the same form
 */
public record LockTimeline(String title, String model, int workers, List<long[]> holds, List<long[]> waits, long windowNanos) {
    /** The timelines of a traced sweep: per model and workload, the traced run at the most workers. */
    public static List<LockTimeline> of(List<SweepEvent.CellFinished> finished) {
        Map<String, SweepEvent.CellFinished> widest = new LinkedHashMap<>();
        for (SweepEvent.CellFinished f : finished) {
            if (f.timed().isEmpty() || f.timed().get(0).trace() == null || f.cell().workers() < 2) continue;
            String key = f.cell().model() + "/" + f.cell().workload();
            SweepEvent.CellFinished had = widest.get(key);
            if (had == null || had.cell().workers() < f.cell().workers()) widest.put(key, f);
        }
        List<LockTimeline> out = new ArrayList<>();
        for (SweepEvent.CellFinished f : widest.values()) {
            RunSample.LockHolds t = f.timed().get(0).trace();
            out.add(new LockTimeline(f.cell().toString(), f.cell().model(), f.cell().workers(), t.holds(), t.waits(), t.windowNanos()));
        }
        return out;
    }

    /** Thread 0 is the main thread; worker k (as the runner and its messages number them) is thread k + 1. */
    static String rowName(int thread) {
        return thread == 0 ? "main" : "worker " + (thread - 1);
    }

    private static final int WIDTH = 1150, LEFT = 80, RIGHT = 190, TOP = 48, ROW = 30, BAR = 18, BOTTOM = 36;

    /**
     * The timeline as inline SVG. {@code id} tells this chart's hatch pattern apart from other charts'
     * on the same page. Spans closer than half a pixel are drawn as one (a model that switches every
     * few microseconds would otherwise need thousands of rectangles for one solid-looking bar).
     */
    public String svg(int id) {
        Map<Integer, List<long[]>> holdsBy = byThread(holds), waitsBy = byThread(waits);
        java.util.SortedSet<Integer> threads = new java.util.TreeSet<>();
        for (int t = 0; t <= workers; t++) threads.add(t);
        threads.addAll(holdsBy.keySet());
        threads.addAll(waitsBy.keySet());
        boolean overlap = overlaps(holds);
        int top = TOP + (overlap ? 18 : 0); // a line for the note
        int plot = WIDTH - LEFT - RIGHT, height = top + ROW * threads.size() + BOTTOM;
        double perPixel = windowNanos / (double) plot;
        String colour = ModelStyle.of(model).colour(), hatch = "wait-hatch-" + id;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<p><svg class=timeline width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"lock timeline %s\">"
                        + "<defs><pattern id=\"%s\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
                        + "<rect width=\"6\" height=\"6\" fill=\"#eee\"/><line x1=\"1\" y1=\"0\" x2=\"1\" y2=\"6\" stroke=\"#555\" stroke-width=\"2\"/>"
                        + "</pattern></defs><rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>"
                        + "<text x=\"%d\" y=\"16\" font-weight=\"bold\">%s</text>",
                WIDTH, height, HtmlReport.esc(title), hatch, LEFT, HtmlReport.esc(title)));
        // the legend, on one line under the title
        s.append(String.format(Locale.ROOT, "<g class=legend><rect x=\"%d\" y=\"26\" width=\"22\" height=\"12\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"36\">holds the lock</text>"
                + "<rect x=\"%d\" y=\"26\" width=\"22\" height=\"12\" fill=\"url(#%s)\" stroke=\"#555\" stroke-width=\"0.5\"/>"
                + "<text x=\"%d\" y=\"36\">waits for it</text>"
                + "<line x1=\"%d\" y1=\"32\" x2=\"%d\" y2=\"32\" stroke=\"#bbb\"/>"
                + "<text x=\"%d\" y=\"36\">neither: runs without it (a blocking call, sleep), descheduled between a release and "
                + "the next take, not started or done</text></g>",
                LEFT, colour, LEFT + 28, LEFT + 140, hatch, LEFT + 168, LEFT + 270, LEFT + 292, LEFT + 298));
        if (overlap) {
            s.append(String.format(Locale.ROOT, "<text class=note x=\"%d\" y=\"%d\" fill=\"#a00\">holds overlap: this model has more than one "
                    + "such lock (one per interpreter, say), so each row shows the thread's own lock</text>", LEFT, TOP + 6));
        }
        int row = 0;
        for (int t : threads) {
            double mid = top + ROW * row + ROW / 2.0;
            String name = rowName(t);
            long held = total(holdsBy.get(t)), waited = total(waitsBy.get(t));
            String share = "holds " + percent(held) + ", waits " + percent(waited);
            s.append(String.format(Locale.ROOT, "<g class=row data-thread=\"%s\"><title>%s: %s of the %.0f ms shown</title>",
                    HtmlReport.esc(name), HtmlReport.esc(name), share, windowNanos / 1e6));
            s.append(String.format(Locale.ROOT, "<text class=label x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 8, mid + 4,
                    HtmlReport.esc(name)));
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#bbb\"/>", LEFT, mid, LEFT + plot, mid));
            for (double[] w : merged(waitsBy.get(t), perPixel / 2)) {
                s.append(String.format(Locale.ROOT, "<rect class=wait x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"url(#%s)\"/>",
                        LEFT + w[0] / perPixel, mid - BAR / 2.0 + 3, Math.max(0.6, (w[1] - w[0]) / perPixel), BAR - 6, hatch));
            }
            for (double[] h : merged(holdsBy.get(t), perPixel / 2)) {
                s.append(String.format(Locale.ROOT, "<rect class=hold x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                        LEFT + h[0] / perPixel, mid - BAR / 2.0, Math.max(0.6, (h[1] - h[0]) / perPixel), BAR, colour));
            }
            s.append(String.format(Locale.ROOT, "<text class=share x=\"%d\" y=\"%.1f\" fill=\"#444\">%s</text></g>", LEFT + plot + 10, mid + 4, share));
            row++;
        }
        int axis = top + ROW * threads.size() + 4;
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT, axis, LEFT + plot, axis));
        double ms = windowNanos / 1e6, step = HtmlReport.niceStep(ms / 10);
        for (double v = 0; v <= ms + 1e-9; v += step) {
            double x = LEFT + v / ms * plot;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, axis, x, axis + 4, x, axis + 17, HtmlReport.tick(v, step)));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">ms</text>", LEFT + plot + 10, axis + 17));
        return s.append("</svg></p>\n").toString();
    }

    /** A share of the window: whole percents, one decimal below 10 % (a thread that held for 0.3 % did hold). */
    private String percent(long nanos) {
        double p = 100.0 * nanos / windowNanos;
        return String.format(Locale.ROOT, p > 0 && p < 10 ? "%.1f %%" : "%.0f %%", p);
    }

    /** Whether two threads' holds overlap in time: more than one lock (subinterpreters' one GIL per interpreter). */
    static boolean overlaps(List<long[]> holds) {
        List<long[]> sorted = new ArrayList<>(holds);
        sorted.sort((a, b) -> Long.compare(a[1], b[1]));
        long[] longest = null; // of the holds so far, the one that ends last
        for (long[] h : sorted) {
            if (longest != null && h[1] < longest[2] && h[0] != longest[0]) return true;
            if (longest == null || h[2] > longest[2]) longest = h;
        }
        return false;
    }

    private static Map<Integer, List<long[]>> byThread(List<long[]> spans) {
        Map<Integer, List<long[]>> by = new TreeMap<>();
        if (spans != null) for (long[] h : spans) by.computeIfAbsent((int) h[0], k -> new ArrayList<>()).add(h);
        return by;
    }

    private static long total(List<long[]> spans) {
        long sum = 0;
        if (spans != null) for (long[] h : spans) sum += h[2] - h[1];
        return sum;
    }

    /** The spans as {start, end}, in order, with gaps shorter than {@code gap} closed. */
    static List<double[]> merged(List<long[]> spans, double gap) {
        List<double[]> out = new ArrayList<>();
        if (spans == null) return out;
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Long.compare(a[1], b[1]));
        for (long[] h : sorted) {
            double[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && h[1] - last[1] < gap) last[1] = Math.max(last[1], h[2]);
            else out.add(new double[] {h[1], h[2]});
        }
        return out;
    }
}

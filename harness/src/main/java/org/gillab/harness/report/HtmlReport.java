package org.gillab.harness.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.stats.Interval;
import org.gillab.harness.sweep.Cell;
import org.gillab.harness.sweep.RunSample;

/**
 * report.html: one self-contained file (every chart drawn as inline SVG; no script, no link out). In order: the settings and environment (with a warning when the machine was
 * busy); the A/A noise floor; a heatmap of the single-thread overhead (model x workload, greyed where
 * its interval holds 1.00); per workload, every fork's median as a dot with the cell's median and 95 %
 * interval, failures drawn in place and listed under the chart with their reason; the speed-up against
 * workers with intervals and failures marked; the lock timeline when traced (holds and waits, a
 * labelled row per thread); the table of every cell. Every model keeps one colour and marker
 * ({@link ModelStyle}) in every chart.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static void write(Results r, List<LockTimeline> timelines, Path file) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>gillab sweep</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1250px;color:#222}table{border-collapse:collapse;font-size:13px}")
                .append("td,th{border:1px solid #ccc;padding:3px 6px;text-align:right;white-space:nowrap}td.l,th.l{text-align:left}")
                .append("td.why{white-space:normal;min-width:12em;max-width:24em}")
                .append(".bad{background:#fdd}.na{color:#888}.racy{background:#fff3d6}img{max-width:100%}")
                .append(".warn{background:#fff0f0;border:1px solid #d55;padding:.5em 1em}.noise{color:#777}")
                .append("details>summary{cursor:pointer}.heat td{min-width:8em;text-align:center}svg text{font-size:12px}")
                .append(".ci{font-size:11px;color:#555}.noise .ci{color:#777}ul.failures{margin-top:0;font-size:13px}.wnote{font-size:13px;color:#444;margin-top:0}")
                .append("ul.failures li.failed{color:#a00}ul.failures li.na{color:#666}.counters{text-align:left;font-size:12px}")
                .append("</style></head><body>\n");
        h.append("<h1>gillab sweep</h1>\n<p>").append(esc(r.generated())).append(r.complete() ? "" : " <b>(interrupted: partial results)</b>")
                .append("<br><code>").append(esc(r.settings().command())).append("</code></p>\n");
        if (r.environment() != null && r.environment().busy() != null) {
            h.append("<p class=warn id=busy><b>Warning:</b> ").append(esc(r.environment().busy())).append("</p>\n");
        }
        h.append(settingsPanel(r));
        Map<String, List<CellResult>> byWorkload = new LinkedHashMap<>();
        for (CellResult c : r.cells()) byWorkload.computeIfAbsent(c.workload(), k -> new ArrayList<>()).add(c);

        h.append(noiseFloor(byWorkload));
        h.append(heatmap(r.cells()));
        h.append("<h2 id=forks>Wall time per fork</h2>\n<p>Each dot is one fork's median (a fresh JVM); the black bar is the cell's ")
                .append("median over every run of every fork, the whisker its 95 % bootstrap interval. A cell that did not run is ")
                .append("marked where it would be, with its status, and listed under the chart with its reason.</p>\n");
        for (Map.Entry<String, List<CellResult>> w : byWorkload.entrySet()) h.append(forkChart(w.getKey(), w.getValue())).append(note(w.getKey()));
        h.append("<h2 id=speedup>Speed-up against workers</h2>\n<p>The model's median at 1 worker over its median at N, with the ")
                .append("95 % interval; the dashed line is the ideal (N times faster). io-sleep: each worker sleeps its whole share, ")
                .append("so perfect overlap is 1.00x, not N. A cell that did not run is marked &#10007; at its worker count.</p>\n");
        for (Map.Entry<String, List<CellResult>> w : byWorkload.entrySet()) h.append(speedupChart(w.getKey(), w.getValue()));
        if (!timelines.isEmpty()) {
            h.append("<h2 id=timeline>Lock timeline</h2>\n<p>Who held the model's lock and who waited for it, over the first ")
                    .append("50 ms of a traced run from the moment a worker first took it: one row per thread, the main thread first; ")
                    .append("solid while the thread holds the lock, hatched while it waits for it, bare while it does neither. ")
                    .append("The share of the window each thread held and waited ends its row.</p>\n");
            for (int i = 0; i < timelines.size(); i++) h.append(timelines.get(i).svg(i));
        }
        h.append("<h2 id=cells>Every cell</h2>\n").append(table(r.cells()));
        h.append("</body></html>\n");
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    private static String settingsPanel(Results r) {
        StringBuilder t = new StringBuilder("<details open id=settings><summary><b>Settings and environment</b></summary><table>\n");
        Results.Settings s = r.settings();
        row(t, "models", String.join(", ", s.models()));
        row(t, "workloads", String.join(", ", s.workloads()));
        row(t, "workers", s.workers().toString());
        row(t, "forks x timed runs", s.forks() + " x " + s.reps());
        if (s.steady() != null) {
            row(t, "warm-up", String.format(Locale.ROOT, "until the last %d runs lie within %.0f %% (at most %d runs)", s.steady().window(),
                    s.steady().tolerance() * 100, s.steady().maxRuns()));
        } else row(t, "warm-up", s.warmup() + " run(s)");
        if (s.sizes() != null) {
            List<String> sizes = new ArrayList<>();
            s.sizes().forEach((k, v) -> sizes.add(String.format(Locale.ROOT, "%s %,d", k, v)));
            row(t, "sizes (" + s.sizeSource() + ")", String.join("; ", sizes)
                    + (s.calibrationSeconds() == null ? "" : String.format(Locale.ROOT, " (a baseline run about %.1f s)", s.calibrationSeconds())));
        }
        if (s.bootstrap() != null) {
            row(t, "intervals", String.format(Locale.ROOT, "%.0f %%, %s, %,d resamples, seed %d", s.bootstrap().confidence() * 100,
                    s.bootstrap().method(), s.bootstrap().resamples(), s.bootstrap().seed()));
        }
        Machine m = r.machine();
        if (m != null) row(t, "machine", m.cores() + " cores, " + m.cpu() + "; " + m.os());
        Environment e = r.environment();
        if (e != null) {
            row(t, "JVM", e.jvm() + "; forks: " + String.join(" ", e.jvmFlags()) + String.format(Locale.ROOT, "; heap up to %,d MiB",
                    e.maxHeapBytes() / 1048576));
            row(t, "gillab commit", e.gillabCommit() == null ? "unknown" : e.gillabCommit());
            row(t, "SMT, governor, kernel", (e.smt() == null ? "unknown" : e.smt() ? "on" : "off") + ", "
                    + (e.governor() == null ? "unreadable" : e.governor()) + ", " + e.kernel());
            row(t, "load average", (e.loadBefore() == null ? "?" : String.format(Locale.ROOT, "%.2f", e.loadBefore())) + " before, "
                    + (e.loadAfter() == null ? "?" : String.format(Locale.ROOT, "%.2f", e.loadAfter())) + " after");
        }
        return t.append("</table></details>\n").toString();
    }

    private static void row(StringBuilder t, String k, String v) {
        t.append("<tr><th class=l>").append(esc(k)).append("</th><td class=l>").append(esc(v)).append("</td></tr>\n");
    }

    private static String noiseFloor(Map<String, List<CellResult>> byWorkload) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<CellResult>> w : byWorkload.entrySet()) {
            String line = TerminalTable.noiseFloor(w.getValue());
            if (line != null) b.append("<li>").append(esc(w.getKey())).append(": ").append(esc(line.replace("A/A noise floor: ", ""))).append("</li>\n");
        }
        if (b.length() == 0) return "";
        return "<h2 id=noise>Noise floor (A/A)</h2>\n<p>unsafe at 1 worker runs the baseline's very code in another JVM: its ratio to the "
                + "baseline shows what noise alone does. A ratio whose interval holds 1.00 is shown greyed, with ~, everywhere below.</p>\n<ul>"
                + b + "</ul>\n";
    }

    /** The terminal's note for a workload whose figures mean something else (io-sleep, pipeline, shared-counter), under its chart. */
    static String note(String workload) {
        String n = TerminalTable.NOTES.get(workload);
        return n == null ? "" : "<p class=wnote><b>" + esc(workload) + ":</b> " + esc(n) + "</p>\n";
    }

    /** Model x workload, the single-thread overhead: log colour scale centred on 1.00, blue faster, red slower, grey within noise. */
    private static String heatmap(List<CellResult> cells) {
        Map<String, Map<String, CellResult>> byModel = new LinkedHashMap<>();
        Set<String> workloads = new LinkedHashSet<>();
        for (CellResult c : cells) {
            if (c.workers() != 1 || c.model().equals(Cell.BASELINE)) continue;
            workloads.add(c.workload());
            byModel.computeIfAbsent(c.model(), k -> new LinkedHashMap<>()).put(c.workload(), c);
        }
        if (byModel.isEmpty()) return "";
        StringBuilder t = new StringBuilder("<h2 id=overhead>Single-thread overhead</h2>\n<p>The model at 1 worker over the sequential "
                + "baseline, with its 95 % interval. Colour on a log scale centred on 1.00 (blue: faster than the baseline, red: slower; "
                + "full colour at 4x either way); grey where the interval holds 1.00.</p>\n<table class=heat><tr><th class=l>model</th>");
        for (String w : workloads) t.append("<th>").append(esc(w)).append("</th>");
        t.append("</tr>\n");
        for (Map.Entry<String, Map<String, CellResult>> m : byModel.entrySet()) {
            ModelStyle st = ModelStyle.of(m.getKey());
            t.append("<tr><th class=l>").append(markerIcon(st)).append(" ").append(esc(m.getKey())).append("</th>");
            for (String w : workloads) {
                CellResult c = m.getValue().get(w);
                if (c == null) {
                    t.append("<td></td>");
                } else if (c.singleThreadOverhead() == null) {
                    t.append("<td class=na title=\"").append(esc(c.reason())).append("\">").append(esc(c.status())).append("</td>");
                } else {
                    Interval ci = c.singleThreadOverheadCi();
                    boolean noise = ci != null && ci.contains(1.0);
                    t.append("<td style=\"background:").append(noise ? "#e6e6e6" : heat(c.singleThreadOverhead())).append("\"")
                            .append(noise ? " class=noise title=\"within noise: the interval holds 1.00\"" : "").append(">")
                            .append(ratioHtml(c.singleThreadOverhead(), ci)).append("</td>");
                }
            }
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    /** The model's marker, alone in a small SVG, for a legend outside the charts. */
    static String markerIcon(ModelStyle st) {
        return "<svg class=marker width=\"14\" height=\"14\" style=\"vertical-align:middle\">" + st.svg(7, 7, 5, null) + "</svg>";
    }

    /** A ratio with its interval on a second, smaller line, so that the table of every cell fits the page. */
    static String ratioHtml(Double ratio, Interval ci) {
        if (ratio == null) return "";
        String r = TerminalTable.ratio(ratio, ci);
        int cut = r.indexOf(' ');
        return cut < 0 ? esc(r) : esc(r.substring(0, cut)) + "<br><span class=ci>" + esc(r.substring(cut + 1)) + "</span>";
    }

    /** A diverging colour for a ratio: white at 1, red above, blue below, saturating at 4x. */
    static String heat(double ratio) {
        double x = Math.max(-1, Math.min(1, Math.log(ratio) / Math.log(4)));
        int fade = (int) Math.round(255 * (1 - Math.abs(x) * 0.75));
        return x >= 0 ? String.format(Locale.ROOT, "rgb(255,%d,%d)", fade, fade) : String.format(Locale.ROOT, "rgb(%d,%d,255)", fade, fade);
    }

    private static final int W = 1150, H = 330, LEFT = 70, RIGHT = 20, TOP = 30, BOTTOM = 70;

    /** Per workload: a column per cell (model, workers), a dot per fork's median, the cell's median and interval. */
    static String forkChart(String workload, List<CellResult> cells) {
        double max = 0;
        for (CellResult c : cells) {
            for (CellResult.ForkSamples f : c.forks()) if (!f.wallSeconds().isEmpty()) max = Math.max(max, median(f.wallSeconds()));
            if (c.wallSecondsCi() != null) max = Math.max(max, c.wallSecondsCi().high());
            if (c.wallSecondsMedian() != null) max = Math.max(max, c.wallSecondsMedian());
        }
        if (max <= 0) max = 1;
        double top = 4 * niceStep(max * 1.08 / 4);
        double band = (double) (W - LEFT - RIGHT) / Math.max(1, cells.size());
        StringBuilder s = new StringBuilder(svgOpen(workload + ": wall time per fork"));
        List<CellResult> missing = new ArrayList<>();
        axisY(s, top, "seconds", false);
        for (int i = 0; i < cells.size(); i++) {
            CellResult c = cells.get(i);
            double cx = LEFT + band * (i + 0.5);
            ModelStyle st = ModelStyle.of(c.model());
            label(s, cx, c.model() + (c.model().equals(Cell.BASELINE) ? "" : " " + c.workers()), st.colour());
            if (!c.measured()) {
                // short, to fit a column when a sweep has twenty of them; the list under the chart says why
                boolean na = c.status().equals(RunSample.NOT_APPLICABLE);
                s.append(String.format(Locale.ROOT, "<g class=missing><title>%s</title><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text></g>",
                        esc(c.status() + (c.reason() == null ? "" : ": " + TerminalTable.oneLine(c.reason()))), cx, H - BOTTOM - 14,
                        na ? "#666" : "#c00", na ? "n/a" : "&#10007; " + esc(c.status())));
                missing.add(c);
                continue;
            }
            int k = 0;
            for (CellResult.ForkSamples f : c.forks()) {
                if (f.wallSeconds().isEmpty()) continue;
                double med = median(f.wallSeconds());
                double jitter = (k++ % 5 - 2) * Math.min(6, band / 12);
                String title = String.format(Locale.ROOT, "%s, fork %d: median %.4f s of %d runs%s", c.key(), k, med, f.wallSeconds().size(),
                        Boolean.FALSE.equals(f.settled()) ? " (never settled)" : "");
                s.append(st.svg(cx - band * 0.15 + jitter, y(med, top), 4, title));
            }
            if (c.wallSecondsCi() != null) {
                double lo = y(c.wallSecondsCi().low(), top), hi = y(c.wallSecondsCi().high(), top);
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\" stroke-width=\"1.5\"/>",
                        cx + band * 0.12, lo, cx + band * 0.12, hi));
                for (double yy : new double[] {lo, hi}) {
                    s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\"/>",
                            cx + band * 0.12 - 4, yy, cx + band * 0.12 + 4, yy));
                }
            }
            if (c.wallSecondsMedian() != null) {
                double ym = y(c.wallSecondsMedian(), top);
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\" stroke-width=\"3\"><title>%s</title></line>",
                        cx + band * 0.12 - 8, ym, cx + band * 0.12 + 8, ym,
                        esc(String.format(Locale.ROOT, "%s: median %.4f s %s", c.key(), c.wallSecondsMedian(),
                                c.wallSecondsCi() == null ? "" : c.wallSecondsCi().format("%.4f")))));
            }
            if (c.modes() != null) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#a60\">bimodal %.0f/%.0f %%</text>", cx, TOP - 6,
                        c.modes().lowShare() * 100, c.modes().highShare() * 100));
            }
        }
        s.append("</svg></p>\n");
        return s.append(missingList(missing)).toString();
    }

    /**
     * The cells that did not run, for the list under a chart: the cells named as the chart labels them,
     * their status and why; cells with the same status and reason share an item.
     */
    static String missingList(List<CellResult> missing) {
        if (missing.isEmpty()) return "";
        Map<String, List<CellResult>> byWhy = new LinkedHashMap<>();
        for (CellResult c : missing) {
            byWhy.computeIfAbsent(c.status() + (c.reason() == null ? "" : ": " + TerminalTable.oneLine(c.reason())), k -> new ArrayList<>()).add(c);
        }
        StringBuilder b = new StringBuilder("<ul class=failures>");
        for (Map.Entry<String, List<CellResult>> e : byWhy.entrySet()) {
            boolean na = e.getValue().get(0).status().equals(RunSample.NOT_APPLICABLE);
            b.append("<li class=").append(na ? "na" : "failed").append(">").append(na ? "n/a " : "&#10007; ").append("<b>")
                    .append(esc(String.join(", ", e.getValue().stream().map(c -> c.model() + " " + c.workers()).toList())))
                    .append("</b> ").append(esc(e.getKey())).append("</li>");
        }
        return b.append("</ul>\n").toString();
    }

    /** Per workload: speed-up against workers, a line per model with its intervals, the ideal dashed. */
    static String speedupChart(String workload, List<CellResult> cells) {
        // a model run at one worker only (the A/A's unsafe) has no speed-up to draw
        Set<String> scaled = new LinkedHashSet<>();
        // nor does one whose every cell is not applicable: the fork chart's list already says why
        for (CellResult c : cells) {
            if (c.workers() > 1 && !c.model().equals(Cell.BASELINE) && !c.status().equals(RunSample.NOT_APPLICABLE)) scaled.add(c.model());
        }
        Map<String, List<CellResult>> byModel = new LinkedHashMap<>();
        List<CellResult> missing = new ArrayList<>();
        int maxWorkers = 1;
        double max = 1;
        for (CellResult c : cells) {
            if (!scaled.contains(c.model())) continue;
            byModel.computeIfAbsent(c.model(), k -> new ArrayList<>());
            maxWorkers = Math.max(maxWorkers, c.workers());
            if (!c.measured() && !c.status().equals(RunSample.NOT_APPLICABLE)) missing.add(c);
            if (!c.measured() || c.speedup() == null) continue;
            byModel.get(c.model()).add(c);
            max = Math.max(max, c.speedupCi() == null ? c.speedup() : c.speedupCi().high());
        }
        if (maxWorkers < 2) return "";
        final int most = maxWorkers;
        double top = 4 * niceStep(Math.max(max, maxWorkers) * 1.05 / 4);
        int w = 760;
        StringBuilder s = new StringBuilder(svgOpen(workload + ": speed-up", w));
        axisY(s, top, "speed-up", true, w);
        java.util.function.DoubleUnaryOperator x = n -> LEFT + (n - 1) / Math.max(1, most - 1) * (w - LEFT - RIGHT - 150);
        for (int n = 1; n <= maxWorkers; n = n < 2 ? 2 : n * 2) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>", x.applyAsDouble(n), H - BOTTOM + 16, n));
            if (n == maxWorkers) break;
            if (n * 2 > maxWorkers && n != maxWorkers) n = maxWorkers / 2; // the last tick is the most workers
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">workers</text>", x.applyAsDouble((1 + maxWorkers) / 2.0), H - BOTTOM + 34));
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-dasharray=\"6,4\"/>",
                x.applyAsDouble(1), y(1, top), x.applyAsDouble(maxWorkers), y(maxWorkers, top)));
        int legendY = TOP + 10, nth = 0;
        for (Map.Entry<String, List<CellResult>> m : byModel.entrySet()) {
            double shift = (nth++ - (byModel.size() - 1) / 2.0) * 9; // models' marks side by side, where several did not run
            ModelStyle st = ModelStyle.of(m.getKey());
            StringBuilder path = new StringBuilder();
            for (CellResult c : m.getValue()) {
                double px = x.applyAsDouble(c.workers()), py = y(c.speedup(), top);
                path.append(path.length() == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f,%.1f", px, py));
            }
            s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(st.colour()).append("\" stroke-width=\"2\"/>");
            for (CellResult c : m.getValue()) {
                double px = x.applyAsDouble(c.workers()), py = y(c.speedup(), top);
                if (c.speedupCi() != null && c.workers() > 1) {
                    s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>", px, y(c.speedupCi().low(), top),
                            px, y(c.speedupCi().high(), top), st.colour()));
                }
                s.append(st.svg(px, py, 5, c.key() + ": " + TerminalTable.ratio(c.speedup(), c.speedupCi())));
            }
            for (CellResult c : missing) {
                if (!c.model().equals(m.getKey())) continue;
                s.append(String.format(Locale.ROOT, "<text class=missing x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\" font-weight=\"bold\">"
                        + "<title>%s</title>&#10007;</text>", x.applyAsDouble(c.workers()) + shift, y(0, top) - 6,
                        st.colour(), esc(c.key() + ": " + c.status() + (c.reason() == null ? "" : ": " + TerminalTable.oneLine(c.reason())))));
            }
            s.append(st.svg(w - 150, legendY, 5, null));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", w - 138, legendY + 4, esc(m.getKey())));
            legendY += 18;
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#888\">- - ideal</text>", w - 150, legendY + 4));
        if (!missing.isEmpty()) {
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#a00\">&#10007; did not run</text>", w - 150, legendY + 22));
        }
        s.append("</svg></p>\n");
        return s.append(missingList(missing)).toString();
    }

    private static String svgOpen(String title) {
        return svgOpen(title, W);
    }

    private static String svgOpen(String title, int width) {
        return String.format(Locale.ROOT, "<p><svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/><text x=\"%d\" y=\"16\" font-weight=\"bold\">%s</text>", width, H,
                esc(title), LEFT, esc(title));
    }

    private static void axisY(StringBuilder s, double top, String name, boolean one) {
        axisY(s, top, name, one, W);
    }

    private static void axisY(StringBuilder s, double top, String name, boolean one, int width) {
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4, yy = y(v, top);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>", LEFT, yy, width - RIGHT, yy));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 6, yy + 4, tick(v, top / 4)));
        }
        s.append(String.format(Locale.ROOT, "<text transform=\"translate(16,%d) rotate(-90)\" text-anchor=\"middle\">%s</text>", (TOP + H - BOTTOM) / 2, esc(name)));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT, TOP, LEFT, H - BOTTOM));
        if (one) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#bbb\"/>", LEFT, y(1, top), width - RIGHT, y(1, top)));
        }
    }

    private static void label(StringBuilder s, double cx, String text, String colour) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" transform=\"rotate(-30 %.1f %d)\" fill=\"%s\">%s</text>",
                cx, H - BOTTOM + 14, cx, H - BOTTOM + 14, colour, esc(text)));
    }

    private static double y(double v, double top) {
        return H - BOTTOM - v / top * (H - BOTTOM - TOP);
    }

    /**
     * An axis label: as many decimals as the step between ticks needs (0.0005 apart needs four), so that
     * no two ticks read alike; trailing zeros dropped.
     */
    static String tick(double v, double step) {
        int d = 0;
        while (d < 9 && Math.abs(step * Math.pow(10, d) - Math.rint(step * Math.pow(10, d))) > 1e-6 * step * Math.pow(10, d)) d++;
        String t = String.format(Locale.ROOT, "%." + d + "f", v);
        return t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
    }

    /** A round step at or above {@code v}: 1, 2, 2.5 or 5 times a power of ten (four of them make the axis). */
    static double niceStep(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * p >= v) return m * p;
        return 10 * p;
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    private static String table(List<CellResult> cells) {
        StringBuilder t = new StringBuilder("<table><tr><th class=l>model</th><th class=l>workload</th><th>workers</th>"
                + "<th>median s [95% CI]</th><th>runs</th><th>cpu s</th><th>speed-up</th><th>vs baseline</th>"
                + "<th>1-thread overhead</th><th>peak MiB</th><th class=l>status</th><th class=l>notes</th>"
                + "<th class=l>reason / counters</th></tr>\n");
        for (CellResult c : cells) {
            String cls = c.status().equals(RunSample.NOT_APPLICABLE) ? " class=na" : c.status().equals(RunSample.RACY) ? " class=racy"
                    : c.status().equals(RunSample.OK) && !Boolean.FALSE.equals(c.correct()) ? "" : " class=bad";
            List<String> notes = new ArrayList<>();
            if (c.unsettledForks() > 0) notes.add(c.unsettledForks() + " of " + c.forks().size() + " forks never settled");
            if (c.modes() != null) {
                notes.add(String.format(Locale.ROOT, "bimodal: %.0f %% near %.4f s, %.0f %% near %.4f s", c.modes().lowShare() * 100,
                        c.modes().lowMedian(), c.modes().highShare() * 100, c.modes().highMedian()));
            }
            if (c.lostUpdates() != null) notes.add(c.lostUpdates());
            t.append("<tr").append(cls).append("><td class=l>").append(esc(c.model())).append("</td><td class=l>")
                    .append(esc(c.workload())).append("</td><td>").append(c.workers()).append("</td><td>")
                    .append(c.wallSecondsMedian() == null ? "" : String.format(Locale.ROOT, "%.4f", c.wallSecondsMedian())
                            + (c.wallSecondsCi() == null ? "" : "<br><span class=ci>" + esc(c.wallSecondsCi().format("%.4f")) + "</span>"))
                    .append("</td><td>").append(c.runs()).append("</td>")
                    .append(num(c.cpuSecondsMedian(), "%.3f"))
                    .append("<td>").append(ratioHtml(c.speedup(), c.speedupCi())).append("</td>")
                    .append("<td>").append(ratioHtml(c.slowdownVsBaseline(), c.slowdownVsBaselineCi())).append("</td>")
                    .append("<td>").append(ratioHtml(c.singleThreadOverhead(), c.singleThreadOverheadCi())).append("</td>")
                    .append(num(c.peakMemoryBytes() == null ? null : c.peakMemoryBytes() / 1048576.0, "%.0f"))
                    // a failed run's reason says whether it raised or answered wrong; only an ok run could need the mark
                    .append("<td class=l>").append(esc(c.status())).append(c.status().equals(RunSample.OK) && Boolean.FALSE.equals(c.correct())
                            ? " (wrong)" : "").append("</td><td class='l why'>").append(esc(String.join("; ", notes)))
                    .append("</td><td class='l why'>");
            if (c.reason() != null && !c.status().equals(RunSample.RACY)) t.append(esc(TerminalTable.oneLine(c.reason())));
            else if (!c.counters().isEmpty()) {
                t.append("<details><summary>").append(c.counters().size()).append(" counters</summary><div class=counters>")
                        .append(String.join("<br>", counterLines(c.counters()).stream().map(HtmlReport::esc).toList())).append("</div></details>");
            }
            t.append("</td></tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    /** Times (names ending in -ns) in ms, counts with thousands separators, in name order. */
    static List<String> counterLines(Map<String, Long> counters) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(counters).entrySet()) {
            String k = e.getKey();
            parts.add(k.endsWith("-ns") ? String.format(Locale.ROOT, "%s %,.1f ms", k.substring(0, k.length() - 3), e.getValue() / 1e6)
                    : String.format(Locale.ROOT, "%s %,d", k, e.getValue()));
        }
        return parts;
    }

    private static String num(Number v, String fmt) {
        return "<td>" + (v == null ? "" : String.format(Locale.ROOT, fmt, v.doubleValue())) + "</td>";
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.gillab.harness.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.sweep.Cell;
import org.gillab.harness.sweep.RunSample;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * report.html: one self-contained file (charts embedded as PNG data, no script, no link out) with the
 * speed-up against workers per workload (one line per model, the ideal line drawn), the single-thread
 * overhead per model, the lock timeline when the sweep was traced, and the table of every cell.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static void write(Results r, List<LockTimeline> timelines, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>gillab sweep</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;font-size:13px}")
                .append("td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}td.l,th.l{text-align:left}")
                .append(".bad{background:#fdd}.na{color:#888}img{max-width:100%}</style></head><body>\n");
        h.append("<h1>gillab sweep</h1>\n<p>").append(esc(r.generated())).append(r.complete() ? "" : " <b>(interrupted: partial results)</b>")
                .append("<br>").append(esc(r.machine().cores() + " cores, " + r.machine().cpu() + "; " + r.machine().jvm() + "; " + r.machine().os()))
                .append("<br>").append(esc(r.settings().command())).append("</p>\n");
        Map<String, List<CellResult>> byWorkload = new LinkedHashMap<>();
        for (CellResult c : r.cells()) byWorkload.computeIfAbsent(c.workload(), k -> new ArrayList<>()).add(c);

        h.append("<h2>Speed-up against workers</h2>\n<p>The model's median at 1 worker over its median at N; ")
                .append("the dashed line is the ideal (N times faster).</p>\n");
        for (Map.Entry<String, List<CellResult>> w : byWorkload.entrySet()) {
            XYChart chart = speedupChart(w.getKey(), w.getValue());
            if (chart != null) h.append(img(chart, "speed-up, " + w.getKey()));
        }
        CategoryChart overhead = overheadChart(r.cells());
        if (overhead != null) {
            h.append("<h2>Single-thread overhead</h2>\n<p>The model at 1 worker over the sequential baseline (plain counts, no lock).</p>\n")
                    .append(img(overhead, "single-thread overhead"));
        }
        if (!timelines.isEmpty()) {
            h.append("<h2>Lock timeline</h2>\n<p>Which thread held the model's lock, over a short window of a traced run ")
                    .append("(one row per thread).</p>\n");
            for (LockTimeline t : timelines) h.append(img(t.chart(), "lock timeline " + t.title()));
        }
        h.append("<h2>Every cell</h2>\n").append(table(r.cells()));
        h.append("</body></html>\n");
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    private static XYChart speedupChart(String workload, List<CellResult> cells) {
        Map<String, List<CellResult>> byModel = new LinkedHashMap<>();
        int maxWorkers = 1;
        for (CellResult c : cells) {
            if (c.model().equals(Cell.BASELINE)) continue;
            byModel.computeIfAbsent(c.model(), k -> new ArrayList<>()).add(c);
            maxWorkers = Math.max(maxWorkers, c.workers());
        }
        if (maxWorkers < 2) return null;
        XYChart chart = new XYChartBuilder().width(800).height(450).title(workload).xAxisTitle("workers").yAxisTitle("speed-up").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisMin(0.0);
        XYSeries ideal = chart.addSeries("ideal", new double[] {1, maxWorkers}, new double[] {1, maxWorkers});
        ideal.setMarker(SeriesMarkers.NONE);
        ideal.setLineStyle(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        ideal.setLineColor(java.awt.Color.GRAY);
        int drawn = 0;
        for (Map.Entry<String, List<CellResult>> m : byModel.entrySet()) {
            List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
            for (CellResult c : m.getValue()) {
                if (c.speedup() == null) continue;
                xs.add((double) c.workers());
                ys.add(c.speedup());
            }
            if (!xs.isEmpty()) {
                chart.addSeries(m.getKey(), xs, ys);
                drawn++;
            }
        }
        return drawn > 0 ? chart : null;
    }

    private static CategoryChart overheadChart(List<CellResult> cells) {
        Map<String, Map<String, Double>> byWorkload = new LinkedHashMap<>();
        Set<String> models = new LinkedHashSet<>();
        for (CellResult c : cells) {
            if (c.workers() != 1 || c.model().equals(Cell.BASELINE) || c.singleThreadOverhead() == null) continue;
            models.add(c.model());
            byWorkload.computeIfAbsent(c.workload(), k -> new LinkedHashMap<>()).put(c.model(), c.singleThreadOverhead());
        }
        if (models.isEmpty()) return null;
        CategoryChart chart = new CategoryChartBuilder().width(1000).height(450).title("single-thread overhead (x baseline)")
                .xAxisTitle("model").yAxisTitle("time / baseline").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisLabelRotation(30);
        List<String> xs = new ArrayList<>(models);
        for (Map.Entry<String, Map<String, Double>> w : byWorkload.entrySet()) {
            List<Double> ys = new ArrayList<>();
            for (String m : xs) ys.add(w.getValue().getOrDefault(m, 0.0));
            chart.addSeries(w.getKey(), xs, ys);
        }
        return chart;
    }

    static String img(Chart<?, ?> chart, String alt) throws IOException {
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        return "<p><img alt=\"" + esc(alt) + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"></p>\n";
    }

    private static String table(List<CellResult> cells) {
        StringBuilder t = new StringBuilder("<table><tr><th class=l>model</th><th class=l>workload</th><th>workers</th>"
                + "<th>median s</th><th>min s</th><th>max s</th><th>cpu s</th><th>speed-up</th><th>vs baseline</th>"
                + "<th>1-thread overhead</th><th>efficiency</th><th>peak MiB</th><th class=l>status</th><th class=l>correct</th>"
                + "<th class=l>reason / counters</th></tr>\n");
        for (CellResult c : cells) {
            boolean ok = c.status().equals(RunSample.OK);
            String cls = c.status().equals(RunSample.NOT_APPLICABLE) ? " class=na" : ok && !Boolean.FALSE.equals(c.correct()) ? "" : " class=bad";
            t.append("<tr").append(cls).append("><td class=l>").append(esc(c.model())).append("</td><td class=l>")
                    .append(esc(c.workload())).append("</td><td>").append(c.workers()).append("</td>")
                    .append(num(c.wallSecondsMedian(), "%.4f")).append(num(c.wallSecondsMin(), "%.4f")).append(num(c.wallSecondsMax(), "%.4f"))
                    .append(num(c.cpuSecondsMedian(), "%.3f")).append(num(c.speedup(), "%.2fx")).append(num(c.slowdownVsBaseline(), "%.2fx"))
                    .append(num(c.singleThreadOverhead(), "%.2fx")).append(num(c.parallelEfficiency(), "%.2f"))
                    .append(num(c.peakMemoryBytes() == null ? null : c.peakMemoryBytes() / 1048576.0, "%.0f"))
                    .append("<td class=l>").append(esc(c.status())).append("</td><td class=l>")
                    .append(c.correct() == null ? "-" : c.correct() ? "yes" : "NO").append("</td><td class=l>")
                    .append(esc(c.reason() != null ? TerminalTable.oneLine(c.reason()) : counters(c.counters()))).append("</td></tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    private static String counters(Map<String, Long> counters) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(counters).entrySet()) parts.add(e.getKey() + "=" + e.getValue());
        return String.join(", ", parts);
    }

    private static String num(Number v, String fmt) {
        return "<td>" + (v == null ? "" : String.format(Locale.ROOT, fmt, v.doubleValue())) + "</td>";
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}

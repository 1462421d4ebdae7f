package org.gillab.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Which thread held the lock when, over a short window: drawn like a logic analyser's trace, one row
 * per thread, high while it holds the lock (the picture Beazley drew of the GIL by hand).
 *
 * @param holds each hold as {thread, start ns, end ns}, relative to the window's start
 */
public record LockTimeline(String title, List<long[]> holds, long windowNanos) {
    /** The timelines of a traced sweep: per model and workload, the traced run at the most workers. */
    public static List<LockTimeline> of(List<SweepEvent.CellFinished> finished) {
        Map<String, SweepEvent.CellFinished> widest = new java.util.LinkedHashMap<>();
        for (SweepEvent.CellFinished f : finished) {
            if (f.timed().isEmpty() || f.timed().get(0).trace() == null || f.cell().workers() < 2) continue;
            String key = f.cell().model() + "/" + f.cell().workload();
            SweepEvent.CellFinished had = widest.get(key);
            if (had == null || had.cell().workers() < f.cell().workers()) widest.put(key, f);
        }
        List<LockTimeline> out = new ArrayList<>();
        for (SweepEvent.CellFinished f : widest.values()) {
            RunSample.LockHolds t = f.timed().get(0).trace();
            out.add(new LockTimeline(f.cell().toString(), t.holds(), t.windowNanos()));
        }
        return out;
    }

    public XYChart chart() {
        Map<Integer, List<long[]>> byThread = new TreeMap<>();
        for (long[] h : holds) byThread.computeIfAbsent((int) h[0], k -> new ArrayList<>()).add(h);
        XYChart chart = new XYChartBuilder().width(1000).height(120 + 60 * Math.max(1, byThread.size())).title(title)
                .xAxisTitle("ms").yAxisTitle("thread").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(windowNanos / 1e6);
        int row = 0;
        for (Map.Entry<Integer, List<long[]>> t : byThread.entrySet()) {
            List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
            double low = row, high = row + 0.7;
            xs.add(0.0);
            ys.add(low);
            for (long[] h : t.getValue()) {
                double a = h[1] / 1e6, b = h[2] / 1e6;
                xs.add(a); ys.add(low);
                xs.add(a); ys.add(high);
                xs.add(b); ys.add(high);
                xs.add(b); ys.add(low);
            }
            xs.add(windowNanos / 1e6);
            ys.add(low);
            XYSeries s = chart.addSeries("thread " + t.getKey(), xs, ys);
            s.setMarker(SeriesMarkers.NONE);
            row++;
        }
        return chart;
    }
}

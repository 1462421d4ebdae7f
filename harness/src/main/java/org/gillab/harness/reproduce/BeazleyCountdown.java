package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two CPU-bound threads are no faster than one under a GIL, and were much slower under the old one. */
final class BeazleyCountdown implements Experiment {
    private static final List<String> MODELS = List.of("gil", "gil-ticks", "free-threaded");

    @Override
    public String name() {
        return "beazley-countdown";
    }

    @Override
    public String source() {
        return "David Beazley, \"Inside the Python GIL\" (Chicago, June 2009) and \"Understanding the Python GIL\" (PyCon 2010)";
    }

    @Override
    public String reference() {
        return "countdown, 2 threads over sequential: old GIL 45.5 s vs 24.6 s, 1.85x slower (dual-core MacBook); "
                + "new GIL 24.0 s vs 23.5 s, 1.02x (4-core MacPro) [S, gil-facts 2.2, 2.3]; "
                + "CPython 3.11, 2-core VM: 1.45 s vs 1.23 s, 1.18x [L, gil-facts 9]";
    }

    @Override
    public String band() {
        return "2 workers over 1 worker: gil 0.9 to 1.5 (no speed-up, little loss), gil-ticks at least 1.0, free-threaded at most 0.75";
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        return List.of(Trial.of("countdown", MODELS, List.of(lab.workload("countdown")), List.of(1, 2)));
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        return List.of(CpythonPlan.of(Lab.files(lab.workload("countdown")), List.of("sequential", "threads"), List.of(1, 2)));
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("2 workers over 1:");
        for (String m : MODELS) {
            double r = cells.wall("countdown", m, "countdown", 2) / cells.wall("countdown", m, "countdown", 1);
            v.put(m, r);
            text.append(' ').append(m).append(' ').append(num(r)).append('x');
        }
        return Figure.of(text.toString(), v);
    }

    @Override
    public Figure cpython(Cells cells) {
        double seq = cells.cpython("sequential", null, "countdown", 1).wallSecondsMedian();
        double two = cells.cpython("threads", null, "countdown", 2).wallSecondsMedian();
        return Figure.of("2 threads over sequential " + num(two / seq) + "x (" + num(two) + " s vs " + num(seq) + " s)",
                Map.of("threads", two / seq));
    }

    @Override
    public boolean agrees(Figure f) {
        double gil = f.value("gil");
        return gil >= 0.9 && gil <= 1.5 && f.value("gil-ticks") >= 1.0 && f.value("free-threaded") <= 0.75;
    }
}

package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PEP 703's costs and gains: single-thread overhead against the GIL, scaling to all cores, and, with
 * biased counting switched off (every count atomic), what the bias buys.
 */
final class FreeThreadedOverhead implements Experiment {
    private static final List<String> WORKLOADS = List.of("objects", "countdown");

    @Override
    public String name() {
        return "free-threaded-overhead";
    }

    @Override
    public String source() {
        return "PEP 703 \"Making the Global Interpreter Lock Optional in CPython\" (Sam Gross, 2023); Choi, Shull, Torrellas, "
                + "\"Biased Reference Counting\" (PACT 2018); the nogil README";
    }

    @Override
    public String reference() {
        return "single-thread overhead 6% (Skylake) / 5% (Zen 3), BRC its largest part [V, gil-facts 5.6]; 3.13t \"about 40%\" on "
                + "pyperformance, mostly the specializing interpreter left off [V, gil-facts 5.6]; 3.14t \"roughly 5-10%\" "
                + "[V, gil-facts 5.6]; fib(34) 1.50 s on 1 thread, 1.52 s for 20 threads doing 20x the work [V, gil-facts 5.6]; BRC makes "
                + "each count operation \"more than twice faster\" than atomic counting [V, gil-facts 5.1]; atomic counts alone ~20% "
                + "slower single-threaded (Aichinger 2015) [S, gil-facts 4]";
    }

    @Override
    public String band() {
        return "free-threaded over gil at 1 worker (objects) at most 1.15x; countdown speed-up at the most workers at least "
                + "0.75 per worker; biased=false slower than biased at 1 worker (objects)";
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        var w = WORKLOADS.stream().map(lab::workload).toList();
        return List.of(Trial.of("default", List.of("gil", "free-threaded"), w, scale.scalingWorkers(lab.cores())),
                Trial.of("unbiased", List.of("free-threaded"), w, List.of(1)).withOptions("free-threaded", Map.of("biased", "false")));
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        var f = WORKLOADS.stream().map(lab::workload).map(x -> x.file()).toList();
        return List.of(CpythonPlan.of(f, List.of("threads"), scale.scalingWorkers(lab.cores())));
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("free-threaded over gil, 1 worker:");
        for (String w : WORKLOADS) {
            double ft = cells.wall("default", "free-threaded", w, 1);
            double over = ft / cells.wall("default", "gil", w, 1);
            double unbiased = cells.wall("unbiased", "free-threaded", w, 1) / ft;
            v.put("overhead-" + w, over);
            v.put("unbiased-" + w, unbiased);
            text.append(' ').append(w).append(' ').append(num(over)).append('x');
            text.append(" (biased=false ").append(num(unbiased)).append("x of biased)");
        }
        int most = mostWorkers(cells);
        double speedup = cells.wall("default", "free-threaded", "countdown", 1) / cells.wall("default", "free-threaded", "countdown", most);
        v.put("workers", (double) most);
        v.put("speedup-countdown", speedup);
        text.append("; countdown speed-up at ").append(most).append(" workers ").append(num(speedup)).append('x');
        return Figure.of(text.toString(), v);
    }

    private static int mostWorkers(Cells cells) {
        return cells.of("default").stream().filter(c -> c.model().equals("free-threaded")).mapToInt(c -> c.workers()).max()
                .orElseThrow(() -> new Cells.Missing("no free-threaded cells"));
    }

    @Override
    public Figure cpython(Cells cells) {
        int most = cells.of(Cells.CPYTHON).stream().mapToInt(c -> c.workers()).max().orElseThrow(() -> new Cells.Missing("no CPython cells"));
        double s = cells.cpython("threads", null, "countdown", 1).wallSecondsMedian()
                / cells.cpython("threads", null, "countdown", most).wallSecondsMedian();
        return Figure.of("countdown speed-up at " + most + " threads " + num(s) + "x", Map.of("speedup-countdown", s));
    }

    @Override
    public boolean agrees(Figure f) {
        return f.value("overhead-objects") <= 1.15 && f.value("speedup-countdown") >= 0.75 * f.value("workers")
                && f.value("unbiased-objects") > 1.0;
    }
}

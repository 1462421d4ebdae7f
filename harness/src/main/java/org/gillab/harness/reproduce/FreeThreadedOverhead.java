package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PEP 703's costs and gains, per release of the free-threaded build: single-thread overhead against
 * the GIL under {@code release=3.14} and {@code release=3.13} (how the shared module-level objects are
 * kept out of reference-count contention: deferred, or immortal), scaling to all cores (3.14), and,
 * with biased counting switched off (every count atomic), what the bias buys.
 */
final class FreeThreadedOverhead implements Experiment {
    private static final List<String> WORKLOADS = List.of("objects", "countdown");
    private static final String MODEL = "free-threaded";

    @Override
    public String name() {
        return "free-threaded-overhead";
    }

    @Override
    public String source() {
        return "PEP 703 \"Making the Global Interpreter Lock Optional in CPython\" (Sam Gross, 2023); Choi, Shull, Torrellas, "
                + "\"Biased Reference Counting\" (PACT 2018); the nogil README; CPython 3.13's free-threading HOWTO "
                + "(Doc/howto/free-threading-python.rst); What's New in Python 3.14 and 3.14's free-threading HOWTO";
    }

    @Override
    public String reference() {
        return "PEP 703: single-thread overhead 6% (Skylake) / 5% (Zen 3), BRC its largest part [V, gil-facts 5.6]; 3.13t: "
                + "\"about 40%\" on pyperformance, mostly because the specializing adaptive interpreter is off in that build "
                + "(3.13 HOWTO) [V, gil-facts 5.6]; 3.14t: \"roughly 5-10%\" (What's New 3.14), \"about 1% on macOS aarch64 to 8% "
                + "on x86-64 Linux\" (3.14 HOWTO) [V, gil-facts 5.6]; nogil README: fib(34) 1.50 s on 1 thread, 1.52 s for 20 "
                + "threads doing 20x the work [V, gil-facts 5.6]; BRC paper: each count operation \"more than twice faster\" than "
                + "atomic counting [V, gil-facts 5.1]";
    }

    @Override
    public String band() {
        return "3.14t band: free-threaded (release=3.14) over gil at 1 worker (objects) at most 1.15x; countdown speed-up at the most "
                + "workers at least 0.75 per worker; biased=false slower than biased at 1 worker (objects). 3.13t band: CPython's "
                + "40% comes from its specializing interpreter being off, which gillab does not model (its inline caches stay on), "
                + "so release=3.13 is held to what it does model, the counting: at most 1.15x over gil at 1 worker (objects)";
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        var w = WORKLOADS.stream().map(lab::workload).toList();
        return List.of(Trial.of("default", List.of("gil", MODEL), w, scale.scalingWorkers(lab.cores()))
                        .withOptions(MODEL, Map.of("release", "3.14")),
                Trial.of("release313", List.of(MODEL), w, List.of(1)).withOptions(MODEL, Map.of("release", "3.13")),
                Trial.of("unbiased", List.of(MODEL), w, List.of(1)).withOptions(MODEL, Map.of("release", "3.14", "biased", "false")));
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        var f = WORKLOADS.stream().map(lab::workload).map(x -> x.file()).toList();
        return List.of(CpythonPlan.of(f, List.of("threads"), scale.scalingWorkers(lab.cores())));
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        StringBuilder t314 = new StringBuilder("3.14t (release=3.14) over gil, 1 worker:");
        StringBuilder t313 = new StringBuilder("3.13t (release=3.13) over gil, 1 worker:");
        for (String w : WORKLOADS) {
            double gil = cells.wall("default", "gil", w, 1);
            double ft = cells.wall("default", MODEL, w, 1);
            double over = ft / gil;
            double over313 = cells.wall("release313", MODEL, w, 1) / gil;
            double unbiased = cells.wall("unbiased", MODEL, w, 1) / ft;
            v.put("overhead-" + w, over);
            v.put("overhead313-" + w, over313);
            v.put("unbiased-" + w, unbiased);
            t314.append(' ').append(w).append(' ').append(num(over)).append('x');
            t314.append(" (biased=false ").append(num(unbiased)).append("x of biased)");
            t313.append(' ').append(w).append(' ').append(num(over313)).append('x');
        }
        int most = mostWorkers(cells);
        double speedup = cells.wall("default", MODEL, "countdown", 1) / cells.wall("default", MODEL, "countdown", most);
        v.put("workers", (double) most);
        v.put("speedup-countdown", speedup);
        t314.append("; countdown speed-up at ").append(most).append(" workers ").append(num(speedup)).append('x');
        return Figure.of(t314 + "; " + t313, v);
    }

    private static int mostWorkers(Cells cells) {
        return cells.of("default").stream().filter(c -> c.model().equals(MODEL)).mapToInt(c -> c.workers()).max()
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
                && f.value("unbiased-objects") > 1.0 && f.value("overhead313-objects") <= 1.15;
    }
}

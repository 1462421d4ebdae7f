package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.library.Workload;
import org.gillab.harness.metrics.CellResult;

/**
 * I/O round trips beside a CPU-bound thread: under the GIL each one waits for the holder's interval
 * (bpo-7946). The convoy workload runs the echo pair alone at 2 workers and beside one spinner at 3,
 * so the slowdown is the wall time at 3 over that at 2.
 */
final class ConvoyEffect implements Experiment {
    private static final String W = "convoy";

    @Override
    public String name() {
        return "convoy-effect";
    }

    @Override
    public String source() {
        return "bpo-7946 \"Convoy effect with I/O bound threads and New GIL\" (Beazley, 2010); Victor Skvortsov, "
                + "\"Python behind the scenes #13: the GIL and its effects on Python multithreading\" (2021)";
    }

    @Override
    public String reference() {
        return "echo round trips alone vs beside one CPU-bound thread: ~30k/s vs ~100/s at the 5 ms interval (300x), "
                + "500/s at 1 ms, 5/s at 100 ms (CPython 3.9) [V, gil-facts 2.4]; CPython 3.11, 2-core VM: 11x / 23x / 81x / 474x "
                + "fewer at 0.5 / 1 / 5 / 20 ms [L, gil-facts 9]";
    }

    @Override
    public String band() {
        return "gil at 5 ms: round trips at least 10x slower beside the spinner, less so at a shorter interval; free-threaded: under 3x";
    }

    /**
     * The whole SIZE (500 round trips) at full scale, not a quarter. The convoy starts only once the
     * spinner holds the GIL, and it gets it only by winning a race at one of the echo pair's voluntary
     * drops: while they hand the GIL back and forth, every switch restarts the spinner's interval, so
     * it never asks for a drop (ceval_gil.c's switch_number check). 125 round trips (20 ms) often end
     * before the spinner gets in: measured, 5x slower at 125 against 450x at 500.
     */
    @Override
    public Scale scale(Scale chosen) {
        return chosen.quick() ? chosen : chosen.withSizeFactor(1.0);
    }

    static List<String> intervals(Scale scale) {
        return scale.quick() ? List.of("1ms") : List.of("500us", "1ms", "20ms");
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        List<Workload> w = List.of(lab.workload(W));
        List<Trial> t = new ArrayList<>();
        t.add(Trial.of("default", List.of("gil", "free-threaded"), w, List.of(2, 3)));
        // gevent: the echo pair's blocking calls yield to the hub, but a spinner that never blocks never lets a
        // greenlet run again: bounded, it is a measured starvation. (cooperative follows asyncio, where the
        // threaded echo pair's blocking recv would block the loop itself: the convoy is not its question.)
        t.add(Trial.of("gevent", List.of("gevent"), w, List.of(2, 3)).withTimeout(scale.quick() ? 3 : 30));
        for (String i : intervals(scale)) {
            t.add(Trial.of("gil-" + i, List.of("gil"), w, List.of(2, 3)).withOptions("gil", Map.of("interval", i)));
        }
        return t;
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        List<CpythonPlan> p = new ArrayList<>();
        for (double s : scale.quick() ? List.of(0.005) : List.of(0.0005, 0.001, 0.005, 0.02)) {
            p.add(CpythonPlan.of(Lab.files(lab.workload(W)), List.of("threads"), List.of(2, 3)).withInterval(s));
        }
        return p;
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("gil-5ms", slowdown(cells, "default", "gil"));
        for (String trial : cells.trialsStartingWith("gil-")) v.put(trial, slowdown(cells, trial, "gil"));
        v.put("free-threaded", slowdown(cells, "default", "free-threaded"));
        StringBuilder text = new StringBuilder("round trips slower beside a spinner:");
        v.forEach((k, x) -> text.append(' ').append(k).append(' ').append(num(x)).append('x'));
        CellResult greenlets = cells.any("gevent", "gevent", W, 3);
        if (greenlets.status().equals("timeout")) {
            v.put("gevent-starved", 1.0);
            text.append("; gevent: starved (no progress beside a spinner that never blocks)");
        } else {
            double x = slowdown(cells, "gevent", "gevent");
            v.put("gevent", x);
            text.append("; gevent ").append(num(x)).append('x');
        }
        return Figure.of(text.toString(), v);
    }

    private static double slowdown(Cells cells, String trial, String model) {
        return cells.wall(trial, model, W, 3) / cells.wall(trial, model, W, 2);
    }

    @Override
    public Figure cpython(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("round trips slower beside a CPU-bound thread:");
        for (double s : List.of(0.0005, 0.001, 0.005, 0.02)) {
            String suffix = CpythonSweep.intervalSuffix(s);
            if (cells.findCpython("threads", suffix, W, 3).isEmpty()) continue;
            double x = cells.cpython("threads", suffix, W, 3).wallSecondsMedian() / cells.cpython("threads", suffix, W, 2).wallSecondsMedian();
            String key = suffix.substring("[interval=".length(), suffix.length() - 1);
            v.put(key, x);
            text.append(" at ").append(key).append(' ').append(num(x)).append('x');
        }
        if (v.isEmpty()) throw new Cells.Missing("no CPython convoy cells");
        return Figure.of(text.toString(), v);
    }

    @Override
    public boolean agrees(Figure f) {
        double at5 = f.value("gil-5ms");
        Double at1 = f.values().get("gil-1ms");
        return at5 >= 10 && f.value("free-threaded") < 3 && (at1 == null || at1 < at5);
    }
}

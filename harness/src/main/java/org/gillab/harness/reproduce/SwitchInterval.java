package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The switch interval is the GIL's timeslice: two CPU-bound threads hand the GIL over about once per
 * interval, and a very short interval costs throughput.
 */
final class SwitchInterval implements Experiment {
    private static final String W = "countdown";

    @Override
    public String name() {
        return "switch-interval";
    }

    @Override
    public String source() {
        return "CPython Python/ceval_gil.c and What's New in Python 3.2 (sys.setswitchinterval); Victor Skvortsov, "
                + "\"Python behind the scenes #13\" (2021)";
    }

    @Override
    public String reference() {
        return "a waiter asks for the GIL after one full interval (default 5 ms), the interval being the ideal timeslice "
                + "[V, gil-facts 1.2, 1.6]; countdown, 2 threads: 6.58 s at 5 ms vs 17.16 s at 1 us (CPython 3.9) [V, gil-facts 2.4]";
    }

    @Override
    public String band() {
        return "gil, 2 workers: hand-offs per second at the shortest interval 3 to 15 times those at 5 ms (1/interval predicts 10)";
    }

    static List<String> intervals(Scale scale) {
        return scale.quick() ? List.of("500us", "5ms") : List.of("500us", "1ms", "2ms", "5ms", "10ms", "20ms", "50ms");
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        List<Trial> t = new ArrayList<>();
        for (String i : intervals(scale)) {
            t.add(Trial.of("gil-" + i, List.of("gil"), List.of(lab.workload(W)), List.of(2)).withOptions("gil", Map.of("interval", i)));
        }
        return t;
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        List<CpythonPlan> p = new ArrayList<>();
        for (String i : intervals(scale)) {
            p.add(CpythonPlan.of(Lab.files(lab.workload(W)), List.of("threads"), List.of(2)).withInterval(seconds(i)));
        }
        return p;
    }

    static double seconds(String interval) {
        return interval.endsWith("us") ? Double.parseDouble(interval.substring(0, interval.length() - 2)) / 1e6
                : Double.parseDouble(interval.substring(0, interval.length() - 2)) / 1e3;
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        StringBuilder hand = new StringBuilder("hand-offs/s:"), thr = new StringBuilder("; throughput (M decrements/s):");
        for (String trial : cells.trialsStartingWith("gil-")) {
            String i = trial.substring(4);
            var c = cells.ok(trial, "gil", W, 2);
            Long switches = c.counters().get("switches");
            if (switches == null) throw new Cells.Missing("gil reports no counter switches");
            double rate = switches / c.wallSecondsMedian();
            double throughput = c.size() / c.wallSecondsMedian() / 1e6;
            v.put("handoffs-per-s-" + i, rate);
            v.put("throughput-" + i, throughput);
            hand.append(' ').append(i).append(' ').append(num(rate));
            thr.append(' ').append(i).append(' ').append(num(throughput));
        }
        if (!v.containsKey("handoffs-per-s-5ms")) throw new Cells.Missing("no 5 ms cell");
        return Figure.of(hand.toString() + thr, v);
    }

    @Override
    public Figure cpython(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("throughput (M decrements/s):");
        for (String i : List.of("500us", "1ms", "2ms", "5ms", "10ms", "20ms", "50ms")) {
            String suffix = CpythonSweep.intervalSuffix(seconds(i));
            if (cells.findCpython("threads", suffix, W, 2).isEmpty()) continue;
            var c = cells.cpython("threads", suffix, W, 2);
            double throughput = c.size() / c.wallSecondsMedian() / 1e6;
            v.put("throughput-" + i, throughput);
            text.append(' ').append(i).append(' ').append(num(throughput));
        }
        if (v.isEmpty()) throw new Cells.Missing("no CPython cells");
        return Figure.of(text + " (CPython does not count hand-offs)", v);
    }

    @Override
    public boolean agrees(Figure f) {
        String shortest = f.values().keySet().stream().filter(k -> k.startsWith("handoffs-per-s-")).findFirst().orElseThrow();
        double ratio = f.value(shortest) / Math.max(1e-9, f.value("handoffs-per-s-5ms"));
        return ratio >= 3 && ratio <= 15;
    }
}

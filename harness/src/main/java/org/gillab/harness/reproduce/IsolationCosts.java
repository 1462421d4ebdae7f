package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.metrics.CellResult;

/**
 * What isolation costs: starting a worker that owns an interpreter (a subinterpreter, an actor, a
 * process), and passing a value through a channel between two of them.
 */
final class IsolationCosts implements Experiment {
    private static final List<String> MODELS = List.of("subinterpreters", "actors", "processes");
    private static final String STARTUP = "countdown", CHANNEL = "pipeline";

    @Override
    public String name() {
        return "isolation-costs";
    }

    @Override
    public String source() {
        return "PEP 703 (thread vs process start); PEP 684/734 and the Python forum thread \"Expected performance characteristics of "
                + "subinterpreters\" (2024); the multiprocessing docs";
    }

    @Override
    public String reference() {
        return "a thread starts in ~100 us, a spawned process in ~50 ms (PEP 703) [V, gil-facts 8]; 10,000 subinterpreters 11.1 s vs "
                + "10,000 forked processes 7.3 s (3.13 beta) [V, gil-facts 6.3]; 2-core VM, CPython 3.11: thread 214 us, fork 3.0 ms, "
                + "spawn 74.4 ms, Pool(1).apply round trip 0.33 ms [L, gil-facts 9]";
    }

    @Override
    public String band() {
        return "start-up per worker: processes at least 10x subinterpreters";
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        return List.of(Trial.of("isolated", MODELS, List.of(lab.workload(STARTUP), lab.workload(CHANNEL)), List.of(1, 2)));
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        return List.of(CpythonPlan.of(Lab.files(lab.workload(CHANNEL)), List.of("threads", "processes", "interpreters"), List.of(2)));
    }

    /** Start-up time per worker, from the counters each isolated model keeps. */
    static double startupMillisPerWorker(CellResult c) {
        Long ns = c.counters().get("process-startup-ns");
        if (ns == null) ns = c.counters().get("interpreter-startup-ns");
        if (ns == null) throw new Cells.Missing(c.model() + " reports no start-up counter");
        return ns / 1e6 / c.workers();
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (String m : MODELS) {
            double start = startupMillisPerWorker(cells.ok("isolated", m, STARTUP, 2));
            CellResult pipe = cells.ok("isolated", m, CHANNEL, 2);
            double perMessage = pipe.wallSecondsMedian() / pipe.size() * 1e6;
            CellResult one = cells.ok("isolated", m, STARTUP, 1), two = cells.ok("isolated", m, STARTUP, 2);
            double heapPerWorker = one.peakMemoryBytes() == null || two.peakMemoryBytes() == null ? 0
                    : (two.peakMemoryBytes() - one.peakMemoryBytes()) / 1e6;
            v.put("startup-ms-" + m, start);
            v.put("message-us-" + m, perMessage);
            v.put("heap-mb-per-worker-" + m, heapPerWorker);
            parts.add(m + ": start-up " + num(start) + " ms/worker, " + num(perMessage) + " us/message, " + num(heapPerWorker)
                    + " MB more heap for a second worker");
        }
        return Figure.of(String.join("; ", parts), v);
    }

    @Override
    public Figure cpython(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (String mode : List.of("threads", "processes", "interpreters")) {
            var c = cells.findCpython(mode, null, CHANNEL, 2);
            if (c.isEmpty() || !c.get().status().equals("ok") || c.get().wallSecondsMedian() == null) continue;
            double perMessage = c.get().wallSecondsMedian() / c.get().size() * 1e6;
            v.put("message-us-" + mode, perMessage);
            parts.add(mode + " " + num(perMessage) + " us/message");
        }
        if (v.isEmpty()) throw new Cells.Missing("no CPython pipeline cell ran");
        return Figure.of("pipeline, 2 workers (start-up included): " + String.join(", ", parts), v);
    }

    @Override
    public boolean agrees(Figure f) {
        return f.value("startup-ms-processes") >= 10 * f.value("startup-ms-subinterpreters");
    }
}

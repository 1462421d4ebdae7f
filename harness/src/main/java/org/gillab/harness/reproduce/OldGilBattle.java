package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.List;
import java.util.Map;

/**
 * The old GIL's "battle": on several cores a thread that releases the GIL takes it straight back
 * before the woken one can, so two threads did worse on two cores than on one.
 */
final class OldGilBattle implements Experiment {
    private static final String W = "countdown";

    @Override
    public String name() {
        return "old-gil-battle";
    }

    @Override
    public String source() {
        return "David Beazley, \"Inside the Python GIL\" (Chicago, June 2009)";
    }

    @Override
    public String reference() {
        return "countdown, 2 threads: 45.5 s on 2 cores vs 38.0 s with one core disabled (sequential 24.6 s: 1.85x vs 1.54x); "
                + "~9.5 million Mach system calls on 2 CPUs vs ~3.3 million on 1 [S, gil-facts 2.2]; "
                + "CPython 3.11's new GIL, 2-core VM: 1.18x on 2 cores, 1.30x pinned to one [L, gil-facts 9]";
    }

    @Override
    public String band() {
        return "gil-ticks: 2 workers over 1 worse on all cores than confined to one CPU (ratio difference above 0.05)";
    }

    @Override
    public String notRunnableHere(Lab lab) {
        if (lab.oneCpu() == null) return "taskset not found: cannot confine the JVM to one CPU";
        if (lab.cores() < 2) return "this machine has one CPU: no multicore run to compare";
        return null;
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        var w = List.of(lab.workload(W));
        return List.of(Trial.of("all-cores", List.of("gil-ticks"), w, List.of(1, 2)),
                Trial.of("one-cpu", List.of("gil-ticks"), w, List.of(1, 2)).withLauncher(lab.oneCpu()));
    }

    @Override
    public List<CpythonPlan> cpython(Scale scale, Lab lab) {
        var f = Lab.files(lab.workload(W));
        return List.of(CpythonPlan.of(f, List.of("threads"), List.of(1, 2)),
                CpythonPlan.of(f, List.of("threads"), List.of(1, 2)).withLauncher(lab.oneCpu()).tagged("-one-cpu"));
    }

    @Override
    public Figure gillab(Cells cells) {
        double all = ratio(cells, "all-cores"), one = ratio(cells, "one-cpu");
        double failedAll = cells.counter("all-cores", "gil-ticks", W, 2, "failed-wakeups") / cells.wall("all-cores", "gil-ticks", W, 2);
        double failedOne = cells.counter("one-cpu", "gil-ticks", W, 2, "failed-wakeups") / cells.wall("one-cpu", "gil-ticks", W, 2);
        return Figure.of("gil-ticks, 2 workers over 1: all cores " + num(all) + "x, one CPU " + num(one) + "x; failed wake-ups/s "
                        + num(failedAll) + " vs " + num(failedOne),
                Map.of("all-cores", all, "one-cpu", one, "failed-wakeups-per-s-all-cores", failedAll, "failed-wakeups-per-s-one-cpu", failedOne));
    }

    private static double ratio(Cells cells, String trial) {
        return cells.wall(trial, "gil-ticks", W, 2) / cells.wall(trial, "gil-ticks", W, 1);
    }

    @Override
    public Figure cpython(Cells cells) {
        double all = cells.cpython("threads", null, W, 2).wallSecondsMedian() / cells.cpython("threads", null, W, 1).wallSecondsMedian();
        double one = cells.cpython("-one-cpu", "threads", null, W, 2).wallSecondsMedian()
                / cells.cpython("-one-cpu", "threads", null, W, 1).wallSecondsMedian();
        return Figure.of("new GIL, 2 threads over 1: all cores " + num(all) + "x, one CPU " + num(one) + "x",
                Map.of("all-cores", all, "one-cpu", one));
    }

    @Override
    public boolean agrees(Figure f) {
        return f.value("all-cores") > f.value("one-cpu") + 0.05;
    }
}

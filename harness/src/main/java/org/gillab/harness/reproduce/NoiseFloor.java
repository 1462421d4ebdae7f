package org.gillab.harness.reproduce;

import static org.gillab.harness.reproduce.Figure.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.sweep.Cell;

/**
 * The A/A comparison: unsafe at 1 worker runs the very code the baseline runs, in another JVM. Any
 * difference between the two is the measurement's own noise (JIT decisions, the machine's other
 * work), so this experiment says how far apart two figures must be before the other experiments can
 * tell them apart. Its verdict is judged like theirs, from the bootstrap of both cells.
 */
final class NoiseFloor implements Experiment {
    private static final List<String> WORKLOADS = List.of("countdown", "objects");
    static final double BAND = 0.05;

    @Override
    public String name() {
        return "noise-floor";
    }

    @Override
    public String source() {
        return "A/A testing of benchmarks: Kalibera and Jones, \"Rigorous Benchmarking in Reasonable Time\" (ISMM 2013); "
                + "the fork as the unit of replication (JMH, pyperf)";
    }

    @Override
    public String reference() {
        return "no published figure: the same code measured in two fresh JVMs must agree within the noise [docs/sources.md, measurement]";
    }

    @Override
    public String band() {
        return String.format(java.util.Locale.ROOT, "unsafe at 1 worker over the baseline within %.0f %% of 1.00 in every workload", BAND * 100);
    }

    @Override
    public List<Trial> trials(Scale scale, Lab lab) {
        return List.of(Trial.of("aa", List.of(Cell.BASELINE_MODEL), WORKLOADS.stream().map(lab::workload).toList(), List.of(1)));
    }

    @Override
    public Figure gillab(Cells cells) {
        Map<String, Double> v = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("unsafe at 1 worker over the baseline:");
        for (String w : WORKLOADS) {
            double r = cells.wall("aa", Cell.BASELINE_MODEL, w, 1) / cells.wall("aa", Cell.BASELINE, w, 1);
            v.put("aa-" + w, r);
            text.append(' ').append(w).append(' ').append(num(r)).append('x');
        }
        return Figure.of(text.toString(), v);
    }

    @Override
    public Figure cpython(Cells cells) {
        return Figure.none("not run (an A/A comparison of gillab's own measurement)");
    }

    @Override
    public boolean agrees(Figure f) {
        for (String w : WORKLOADS) if (Math.abs(f.value("aa-" + w) - 1) > BAND) return false;
        return true;
    }
}

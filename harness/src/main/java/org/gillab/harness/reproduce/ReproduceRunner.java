package org.gillab.harness.reproduce;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.library.Workload;
import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.metrics.Metrics;
import org.gillab.harness.sweep.SweepEvent;
import org.gillab.harness.sweep.SweepRunner;
import org.gillab.harness.sweep.SweepSettings;

/**
 * Runs experiments: each trial through the ordinary {@link SweepRunner} (a fresh JVM per model), the
 * CPython side through {@link CpythonSweep}, then the figures and the verdict. A trial that fails, or
 * a cell that fails or hangs, makes that experiment "not measured" with the reason; the others still run.
 */
public final class ReproduceRunner {
    private final Lab lab;
    private final Scale scale;
    private final long timeoutSeconds;
    private final boolean withCpython;
    private final PrintWriter log;

    /** @param log where progress lines go (one per trial) */
    public ReproduceRunner(Lab lab, Scale scale, long timeoutSeconds, boolean withCpython, PrintWriter log) {
        this.lab = lab;
        this.scale = scale;
        this.timeoutSeconds = timeoutSeconds;
        this.withCpython = withCpython;
        this.log = log;
    }

    public List<ReproduceResult> run(List<Experiment> experiments, Path scratch) {
        List<ReproduceResult> out = new ArrayList<>();
        for (Experiment e : experiments) out.add(run(e, scratch.resolve(e.name())));
        return out;
    }

    public ReproduceResult run(Experiment e, Path scratch) {
        Scale scale = e.scale(this.scale);
        String command = "gillab reproduce " + e.name() + (scale.quick() ? " --quick" : "");
        String blocked = e.notRunnableHere(lab);
        if (blocked != null) {
            return new ReproduceResult(e.name(), e.source(), e.reference(), "not run", "not run",
                    ReproduceResult.NOT_MEASURED + " (" + blocked + ")", e.band(), scale.name(), command, List.of(), Map.of(), Map.of());
        }
        Cells cells = new Cells();
        List<String> commands = new ArrayList<>();
        List<Trial> trials;
        try {
            trials = e.trials(scale, lab);
        } catch (RuntimeException ex) {
            return new ReproduceResult(e.name(), e.source(), e.reference(), "not run", "not run",
                    ReproduceResult.NOT_MEASURED + " (" + ex.getMessage() + ")", e.band(), scale.name(), command, List.of(), Map.of(), Map.of());
        }
        for (Trial t : trials) {
            commands.add(t.command(scale));
            runTrial(e, t, scale, cells);
        }
        String cpythonNote = null;
        List<CpythonPlan> plans = e.cpython(scale, lab);
        boolean anyCpython = false;
        if (!withCpython) {
            cpythonNote = plans.isEmpty() ? null : "not run (--no-cpython)";
        } else {
            for (CpythonPlan p : plans) {
                log.println("reproduce " + e.name() + ": CPython " + String.join(", ", p.modes()) + " at " + p.workers() + " workers"
                        + (p.switchInterval() == null ? "" : " " + CpythonSweep.intervalSuffix(p.switchInterval()))
                        + (p.launcher().isEmpty() ? "" : " under " + String.join(" ", p.launcher())));
                log.flush();
                CpythonSweep.Outcome o = CpythonSweep.run(p, scale.sizeFactor(), scale.warmup(), scale.reps(), scale.forks(), timeoutSeconds,
                        scratch);
                cells.add(Cells.CPYTHON + p.tag(), o.cells());
                anyCpython |= !o.cells().isEmpty();
                if (o.note() != null) {
                    cells.fail(Cells.CPYTHON + p.tag(), o.note());
                    if (cpythonNote == null) cpythonNote = o.note().replaceFirst("^CPython: ", "");
                    log.println("reproduce " + e.name() + ": " + o.note());
                }
            }
        }
        Figure gillab;
        try {
            gillab = e.gillab(cells);
        } catch (Cells.Missing m) {
            gillab = Figure.none("not measured (" + m.getMessage() + ")");
        }
        Figure cpython;
        if (plans.isEmpty()) {
            cpython = e.cpython(cells);
        } else if (cpythonNote != null && !anyCpython) {
            cpython = Figure.none(cpythonNote);
        } else {
            try {
                cpython = e.cpython(cells);
                String label = cells.cpythonLabel();
                if (label != null && cpython.measured()) cpython = new Figure(label + ": " + cpython.text(), cpython.values(), true);
            } catch (Cells.Missing m) {
                cpython = Figure.none("not measured (" + m.getMessage() + ")");
            }
        }
        Double agreement = gillab.measured() ? agreement(e, cells) : null;
        String verdict = !gillab.measured() ? gillab.text() : verdict(e.agrees(gillab), agreement);
        return new ReproduceResult(e.name(), e.source(), e.reference(), cpython.text(), gillab.text(), verdict, e.band(), scale.name(),
                command, commands, cpython.values(), gillab.values(), agreement);
    }

    static final int RESAMPLES = 400;

    /**
     * How robust the verdict is to the noise in the cells: the experiment's figure computed again from
     * {@link #RESAMPLES} bootstrap resamples of every gillab cell (forks, then runs), and the share of
     * them that lies within the band. Null when no cell has samples to resample.
     */
    static Double agreement(Experiment e, Cells cells) {
        if (!cells.resamplable()) return null;
        org.apache.commons.math3.random.RandomGenerator rng = new org.apache.commons.math3.random.Well19937c(
                org.gillab.harness.stats.Bootstrap.SEED);
        int agree = 0;
        for (int b = 0; b < RESAMPLES; b++) {
            try {
                if (e.agrees(e.gillab(cells.resampled(rng)))) agree++;
            } catch (RuntimeException ex) {
                // a figure that cannot be computed from a resample does not agree
            }
        }
        return (double) agree / RESAMPLES;
    }

    /**
     * reproduced when the figure's 95 % interval lies inside the band (at least 97.5 % of the resamples
     * agree), differs when it lies outside (at most 2.5 % agree), inconclusive when it straddles the
     * band's edge. Without samples, the point estimate decides, as before.
     */
    static String verdict(boolean pointAgrees, Double agreement) {
        if (agreement == null) return pointAgrees ? ReproduceResult.REPRODUCED : ReproduceResult.DIFFERS;
        if (agreement >= 0.975) return ReproduceResult.REPRODUCED;
        if (agreement <= 0.025) return ReproduceResult.DIFFERS;
        return String.format(java.util.Locale.ROOT, "%s (%.0f %% of %d bootstrap resamples lie within the band: the interval straddles its edge)",
                ReproduceResult.INCONCLUSIVE, agreement * 100, RESAMPLES);
    }

    private void runTrial(Experiment e, Trial t, Scale scale, Cells cells) {
        for (String m : t.models()) {
            if (!lab.catalog().models().containsKey(m)) {
                cells.fail(t.id(), "model " + m + " is not installed");
                return;
            }
        }
        log.println("reproduce " + e.name() + ": " + t.id() + " (" + String.join(", ", t.models()) + " on "
                + String.join(", ", t.workloads().stream().map(Workload::name).toList()) + " at " + t.workers() + " workers"
                + (t.launcher().isEmpty() ? "" : ", under " + String.join(" ", t.launcher())) + ")");
        log.flush();
        long timeout = t.timeoutSeconds() > 0 ? Math.min(t.timeoutSeconds(), timeoutSeconds) : timeoutSeconds;
        SweepSettings s = new SweepSettings(t.models(), t.workloads(), t.workers(), scale.jvmWarmupSeconds(), scale.warmup(),
                scale.warmupSeconds(), scale.reps(), scale.sizeFactor(), Duration.ofSeconds(timeout), t.options(), List.of(), false,
                t.launcher(), scale.steady(), Map.of(), java.util.Set.of());
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (Workload w : t.workloads()) sizes.put(w.name(), s.sizeOf(w));
        try {
            List<SweepEvent.CellFinished> finished = new ArrayList<>();
            new SweepRunner(lab.catalog(), s, scale.forks()).events()
                    .doOnNext(ev -> {
                        if (ev instanceof SweepEvent.CellFinished f) finished.add(f);
                    })
                    .blockLast();
            List<CellResult> results = Metrics.compute(finished, sizes);
            cells.add(t.id(), results);
        } catch (RuntimeException ex) {
            cells.fail(t.id(), "trial " + t.id() + " failed: " + ex.getMessage());
        }
    }
}

package org.gillab.harness.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.library.Workload;
import org.gillab.harness.wiring.Catalog;
import org.gillab.spi.ModelFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Schedulers;

/**
 * The sweep: the sequential baseline first (the whole work of each workload on one thread, plain
 * counts, no lock), then each model in its own fresh JVM over every workload and worker count. Its
 * events are a Reactor {@link Flux}, which the reporters (progress bar, collector, files) subscribe to;
 * a failing, hung or crashing cell is one event among the others and the sweep goes on.
 *
 * <p>With several forks (JMH's {@code -f}), the whole round of JVMs (baseline, then each model) runs
 * that many times, rounds one after the other so that a drift of the machine touches every model
 * alike. Two fresh JVMs can settle on differently compiled code for the same work, which the spread
 * inside one JVM never shows; a cell's timed runs from every fork are pooled into one
 * {@link SweepEvent.CellFinished}, sent when its last fork has finished it.
 */
public final class SweepRunner {
    private final Catalog catalog;
    private final SweepSettings settings;
    private final int forks;

    public SweepRunner(Catalog catalog, SweepSettings settings) {
        this(catalog, settings, 1);
    }

    /** A sweep whose every model (and the baseline) runs in {@code forks} fresh JVMs, one round after another. */
    public SweepRunner(Catalog catalog, SweepSettings settings, int forks) {
        if (forks < 1) throw new IllegalArgumentException("forks must be at least 1, got " + forks);
        this.catalog = catalog;
        this.settings = settings;
        this.forks = forks;
    }

    /** The sweep, run when subscribed, on a thread of its own. */
    public Flux<SweepEvent> events() {
        return Flux.<SweepEvent>create(this::run, FluxSink.OverflowStrategy.BUFFER).subscribeOn(Schedulers.boundedElastic());
    }

    private void run(FluxSink<SweepEvent> sink) {
        List<ModelFork> forks = new ArrayList<>();
        int cellCount = 0, runs = 0;
        List<String> order = new ArrayList<>();
        order.add(Cell.BASELINE);
        order.addAll(settings.models());
        for (String model : order) {
            boolean baseline = model.equals(Cell.BASELINE);
            ModelFactory f = catalog.model(baseline ? Cell.BASELINE_MODEL : model);
            List<ForkJob.JobCell> jobCells = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            for (Workload w : settings.workloads()) {
                for (int n : baseline ? List.of(1) : settings.workersOf(model)) {
                    jobCells.add(new ForkJob.JobCell(w.file().toString(), n, settings.sizeOf(w)));
                    cells.add(new Cell(model, w.name(), n));
                }
            }
            Map<String, String> options = baseline ? Map.of() : settings.modelOptions().getOrDefault(model, Map.of());
            ForkJob job = new ForkJob(f.name(), options, jobCells, settings.jvmWarmupSeconds(), settings.warmup(), settings.warmupSeconds(), settings.reps(),
                    settings.timeout().toSeconds(), settings.steady(), 0);
            forks.add(new ModelFork(job, cells, ModelFork.javaCommand(settings.launcher(), catalog.plugins().jars(), f.needsInstructionTicks(), settings.trace(), settings.jvmArgs())));
            cellCount += cells.size();
            runs += cells.size() * runsPerCell();
        }
        sink.next(new SweepEvent.Planned(cellCount, runs * this.forks, runsPerCell() * this.forks, this.forks));
        Map<Cell, List<RunSample>> pooled = new HashMap<>();
        Map<Cell, List<ForkRun>> pooledForks = new HashMap<>();
        Map<Cell, Integer> forksDone = new HashMap<>();
        for (int round = 0; round < this.forks; round++) {
            for (ModelFork fork : forks) {
                if (sink.isCancelled()) break;
                fork.run(e -> {
                    if (this.forks == 1 || !(e instanceof SweepEvent.CellFinished f)) {
                        sink.next(e);
                        return;
                    }
                    pooled.computeIfAbsent(f.cell(), c -> new ArrayList<>()).addAll(f.timed());
                    pooledForks.computeIfAbsent(f.cell(), c -> new ArrayList<>()).addAll(f.forks());
                    int done = forksDone.merge(f.cell(), 1, Integer::sum);
                    sink.next(new SweepEvent.ForkCellFinished(f.cell(), done, this.forks, f.timed()));
                    if (done == this.forks) {
                        sink.next(new SweepEvent.CellFinished(f.cell(), pooled.remove(f.cell()), pooledForks.remove(f.cell())));
                    }
                });
            }
        }
        sink.complete();
    }

    /** Runs a cell is expected to take in one fork, for the progress bar: the minimum warm-up (a settling window at least) and the timed runs. */
    private int runsPerCell() {
        int warm = settings.steady() == null ? settings.warmup() : Math.max(settings.warmup(), settings.steady().window() + 1);
        return warm + settings.reps();
    }

    /**
     * Size calibration (pyperf calibrates its loop count the same way): one fresh JVM runs each workload
     * under the baseline, growing its size until one run lasts {@code targetSeconds}; the sizes found, by
     * workload. A workload whose run fails keeps the size it had when it failed (its cells report it).
     */
    public static Map<String, Long> calibrate(Catalog catalog, SweepSettings settings, double targetSeconds,
                                              java.util.function.Consumer<SweepEvent> progress) {
        ModelFactory f = catalog.model(Cell.BASELINE_MODEL);
        List<ForkJob.JobCell> jobCells = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Workload w : settings.workloads()) {
            // start small: a twentieth of the workload's own SIZE, which the runs then grow
            long start = Math.max(1, Math.round(w.info().defaultSize() * 0.05));
            jobCells.add(new ForkJob.JobCell(w.file().toString(), 1, start));
            cells.add(new Cell(Cell.BASELINE, w.name(), 1));
        }
        ForkJob job = new ForkJob(f.name(), Map.of(), jobCells, Math.min(1.0, settings.jvmWarmupSeconds()), 0, 0, 0,
                settings.timeout().toSeconds(), null, targetSeconds);
        Map<String, Long> sizes = new java.util.LinkedHashMap<>();
        new ModelFork(job, cells, ModelFork.javaCommand(settings.launcher(), catalog.plugins().jars(), false, false, settings.jvmArgs()))
                .run(e -> {
                    if (e instanceof SweepEvent.Calibrated c) {
                        sizes.put(c.cell().workload(), c.size());
                        progress.accept(e);
                    }
                });
        return sizes;
    }
}

package org.gillab.harness.sweep;

import java.util.ArrayList;
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
 */
public final class SweepRunner {
    /** The model the baseline runs under: plain counts, no lock, nothing done by any hook. */
    public static final String BASELINE_FACTORY = "unsafe";

    private final Catalog catalog;
    private final SweepSettings settings;

    public SweepRunner(Catalog catalog, SweepSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
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
            ModelFactory f = catalog.model(baseline ? BASELINE_FACTORY : model);
            List<ForkJob.JobCell> jobCells = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            for (Workload w : settings.workloads()) {
                for (int n : baseline ? List.of(1) : settings.workers()) {
                    jobCells.add(new ForkJob.JobCell(w.name(), w.file().toString(), n, settings.sizeOf(w)));
                    cells.add(new Cell(model, w.name(), n));
                }
            }
            Map<String, String> options = baseline ? Map.of() : settings.modelOptions().getOrDefault(model, Map.of());
            ForkJob job = new ForkJob(model, f.name(), options, jobCells, settings.jvmWarmupSeconds(), settings.warmup(), settings.warmupSeconds(), settings.reps(),
                    settings.timeout().toSeconds());
            forks.add(new ModelFork(job, cells, ModelFork.javaCommand(settings.launcher(), catalog.plugins().jars(), f.needsInstructionTicks(), settings.trace(), settings.jvmArgs())));
            cellCount += cells.size();
            runs += cells.size() * (settings.warmup() + settings.reps());
        }
        sink.next(new SweepEvent.Planned(cellCount, runs, settings.warmup() + settings.reps()));
        for (ModelFork fork : forks) {
            if (sink.isCancelled()) break;
            fork.run(sink::next);
        }
        sink.complete();
    }
}

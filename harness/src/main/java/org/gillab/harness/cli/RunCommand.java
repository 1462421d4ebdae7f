package org.gillab.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gillab.harness.library.Workload;
import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.library.WorkloadLibrary.LibraryError;
import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.metrics.Metrics;
import org.gillab.harness.report.Environment;
import org.gillab.harness.report.HtmlReport;
import org.gillab.harness.report.LockTimeline;
import org.gillab.harness.report.Machine;
import org.gillab.harness.report.Progress;
import org.gillab.harness.report.Results;
import org.gillab.harness.report.ResultsFiles;
import org.gillab.harness.report.TerminalTable;
import org.gillab.harness.reproduce.CpythonPlan;
import org.gillab.harness.reproduce.CpythonSweep;
import org.gillab.harness.sweep.Cell;
import org.gillab.harness.sweep.SweepEvent;
import org.gillab.harness.sweep.SweepRunner;
import org.gillab.harness.sweep.SweepSettings;
import org.gillab.harness.stats.SteadyRule;
import org.gillab.harness.wiring.Catalog;
import org.gillab.vm.Tier;
import org.gillab.spi.ModelOptionException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gillab run}: the sweep, models x workloads x worker counts, into a table and results files. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
        // one string per paragraph, the first a summary (the command list shows it): picocli wraps each to the terminal's width
        description = {"Sweep models x workloads x worker counts, each model in a fresh JVM, into a table and results files.",
                "",
                "Reports per cell wall and CPU time, speed-up, slowdown against the sequential baseline, single-thread overhead, "
                        + "memory, the models' counters and a correctness verdict. A cell that fails, hangs or corrupts is reported "
                        + "with its reason and the sweep goes on. Writes results.json, results.csv and report.html to --out."})
final class RunCommand implements Callable<Integer> {
    /**
     * The default sweep's workloads: CPU-bound, shared state, blocking I/O. Not pipeline: under
     * subinterpreters a waiting queue polls every 10 ms, as CPython 3.14's does, so a calibrated
     * channel-bound run lasts tens of seconds there (run it with --workloads pipeline).
     */
    static final List<String> REPRESENTATIVE = List.of("countdown", "shared-counter", "io-sleep");

    /**
     * The default sweep's models: the GIL, free-threading and subinterpreters, the three designs CPython
     * ships; with the A/A noise floor (unsafe at 1 worker against the baseline) this fits about 8 minutes
     * on 2 cores (README). --models all runs every model found.
     */
    static final List<String> DEFAULT_MODELS = List.of("gil", "free-threaded", "subinterpreters");

    /** The model whose 1-worker cell is compared with the baseline in every sweep: the baseline's own, so any difference is noise. */
    static final String NOISE_FLOOR = Cell.BASELINE_MODEL;

    /** How long one baseline run should last after calibration, by default and with --rigorous. */
    static final double CALIBRATION_SECONDS = 0.5, RIGOROUS_CALIBRATION_SECONDS = 1.0;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, split = ",", paramLabel = "NAME",
            description = "models to compare, or all (default: gil, free-threaded, subinterpreters; unsafe at 1 worker is always added as the A/A noise floor)")
    List<String> models;

    /** The spelling of earlier versions, still accepted: the same list as --model. */
    @Option(names = "--models", split = ",", paramLabel = "NAME", hidden = true)
    List<String> modelsAlias;

    @Option(names = "--workloads", split = ",", paramLabel = "NAME",
            description = "library workloads (default: " + "countdown, shared-counter, io-sleep)")
    List<String> workloads;

    @Option(names = "--workload", paramLabel = "FILE.py", description = "a workload file of your own (repeatable)")
    List<Path> workloadFiles = new ArrayList<>();

    @Option(names = "--workers", split = ",", paramLabel = "N", description = "worker counts (default: 1, 2, 4, ... up to the cores)")
    List<Integer> workers;

    @Option(names = "--reps", paramLabel = "N", description = "timed runs per cell and fork (default: 3; --rigorous 5)")
    Integer reps;

    @Option(names = "--forks", paramLabel = "N",
            description = "fresh JVMs per model, in rounds (each round runs every model once); the fork is the unit the intervals resample (default: 3; --rigorous 10)")
    Integer forks;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "untimed runs per cell at least; warm-up then goes on until the runs settle (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--warmup-time", paramLabel = "SECONDS", defaultValue = "0",
            description = "keep warming up (untimed) at least this long in the cell (default: ${DEFAULT-VALUE})")
    double warmupSeconds;

    @Option(names = "--settle", paramLabel = "K:PERCENT:MAX",
            description = "steady state: warm up until the last K runs lie within PERCENT %% of their median, at most MAX runs; "
                    + "a fork that never settles is flagged (default: 3:5:12; --rigorous 5:2:40; none: the fixed --warmup only)")
    String settle;

    @Option(names = "--jvm-warmup", paramLabel = "SECONDS", defaultValue = "1",
            description = "each model's fresh JVM runs its workloads untimed this long before its first cell (default: ${DEFAULT-VALUE})")
    double jvmWarmupSeconds;

    @Option(names = "--scale", paramLabel = "FACTOR",
            description = "work per run, as a multiple of each workload's SIZE, such as 0.25 (default: calibrated, so that a baseline run "
                    + "lasts about 0.5 s, 1 s with --rigorous; the sizes chosen are printed and recorded)")
    Double scale;

    /**
     * {@code --size} is a count of work everywhere it is taken (exec, a workload's {@code size});
     * a sweep of several workloads scales each one's SIZE instead, so here it only points at --scale.
     */
    @Option(names = "--size", paramLabel = "N", hidden = true)
    String sizeGiven;

    @Option(names = "--rigorous", description = "publication-grade: 10 forks, 5 timed runs, settle within 2 %%, 1 s runs (about 4x the default's time)")
    boolean rigorous;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "a run still going after this is hung (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "where results.json, results.csv and report.html go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--switch-interval", paramLabel = "DURATION",
            description = "the GIL's switch interval (such as 1ms) for every model that has one (default: each model's own, 5ms)")
    String switchInterval;

    @Mixin
    ModelSettings options;

    @Mixin
    TierOption tier;

    @Option(names = "--trace", description = "record which thread holds the lock when, and draw it in report.html")
    boolean trace;

    @Mixin
    PluginsOption plugins;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Option(names = "--jvm-arg", paramLabel = "ARG", description = "an argument for every forked JVM, such as -Xmx2g (repeatable)")
    List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--with-cpython", description = "after the sweep, run the same workloads on this machine's CPython (bench/cpython/sweep.py: "
            + "threads, processes, interpreters where it has them) and put its cells beside the models'")
    boolean withCpython;

    /** The CPython cells (--with-cpython), added to every table and file after the models' cells. */
    private final List<CellResult> cpythonCells = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Integer call() {
        String badTier = tier.select(); // the forked JVMs run the tier this one has selected
        if (badTier != null) return Usage.error(spec, badTier);
        PrintWriter err = spec.commandLine().getErr();
        SweepSettings settings;
        Catalog catalog;
        try {
            catalog = plugins.catalog();
            settings = settings(catalog);
        } catch (LibraryError | ModelOptionException | IllegalArgumentException e) {
            return Usage.error(spec, Usage.oneLine(e.getMessage()));
        }
        return sweep(catalog, settings, err);
    }

    private int reps() {
        return reps != null ? reps : rigorous ? 5 : 3;
    }

    private int forks() {
        return forks != null ? forks : rigorous ? 10 : 3;
    }

    private double calibrationSeconds() {
        return rigorous ? RIGOROUS_CALIBRATION_SECONDS : CALIBRATION_SECONDS;
    }

    /** --settle K:PERCENT:MAX, or none; null: no rule. */
    private SteadyRule steadyRule() {
        if (settle == null) return rigorous ? SteadyRule.RIGOROUS : SteadyRule.DEFAULT;
        if (settle.equals("none")) return null;
        String[] p = settle.split(":");
        try {
            if (p.length != 3) throw new NumberFormatException();
            return new SteadyRule(Integer.parseInt(p[0]), Double.parseDouble(p[1]) / 100, Integer.parseInt(p[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--settle " + settle + ": expected K:PERCENT:MAX (e.g. 3:5:12) or none");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--settle " + settle + ": " + e.getMessage());
        }
    }

    private SweepSettings settings(Catalog catalog) {
        int reps = reps(), forks = forks();
        if (reps < 1) throw new IllegalArgumentException("--reps must be at least 1, got " + reps);
        if (forks < 1 || forks > 50) throw new IllegalArgumentException("--forks must be between 1 and 50, got " + forks);
        if (warmup < 0) throw new IllegalArgumentException("--warmup must be at least 0, got " + warmup);
        if (!(warmupSeconds >= 0) || warmupSeconds > 600) {
            throw new IllegalArgumentException("--warmup-time must be between 0 and 600 seconds, got " + warmupSeconds);
        }
        if (!(jvmWarmupSeconds >= 0) || jvmWarmupSeconds > 600) {
            throw new IllegalArgumentException("--jvm-warmup must be between 0 and 600 seconds, got " + jvmWarmupSeconds);
        }
        if (sizeGiven != null) {
            throw new IllegalArgumentException("--size " + sizeGiven + ": run scales each workload's SIZE: give --scale FACTOR "
                    + "(e.g. --scale 0.25); --size N, a count of work, is exec's");
        }
        if (scale != null && (!(scale > 0) || scale > 1000)) {
            throw new IllegalArgumentException("--scale must be a factor above 0 and at most 1000, got " + scale);
        }
        if (timeout < 1) throw new IllegalArgumentException("--timeout must be at least 1 second, got " + timeout);
        SteadyRule steady = steadyRule();
        List<String> named = models == null && modelsAlias == null ? null : new ArrayList<>();
        if (models != null) named.addAll(models);
        if (modelsAlias != null) named.addAll(modelsAlias);
        List<String> chosen = new ArrayList<>(named == null ? DEFAULT_MODELS
                : named.equals(List.of("all")) ? new ArrayList<>(catalog.models().keySet()) : named);
        Map<String, Map<String, String>> modelOptions = modelOptions(catalog, chosen);
        java.util.Set<String> oneWorker = new java.util.HashSet<>();
        if (!chosen.contains(NOISE_FLOOR) && catalog.models().containsKey(NOISE_FLOOR)) { // the A/A comparison, at 1 worker only
            chosen.add(0, NOISE_FLOOR);
            oneWorker.add(NOISE_FLOOR);
        }
        List<Integer> counts = workers != null ? workers : SweepSettings.powersOfTwoUpTo(Runtime.getRuntime().availableProcessors());
        for (int n : counts) {
            if (n < 1 || n > 4096) throw new IllegalArgumentException("--workers must be between 1 and 4096, got " + n);
        }
        List<Workload> ws = new ArrayList<>();
        List<String> names = workloads != null ? workloads : workloadFiles.isEmpty() ? REPRESENTATIVE : List.of();
        for (String w : names) ws.add(catalog.workload(w));
        for (Path f : workloadFiles) ws.add(WorkloadLibrary.inspect(f));
        return new SweepSettings(chosen, ws, counts, jvmWarmupSeconds, warmup, warmupSeconds, reps, scale == null ? 1.0 : scale,
                Duration.ofSeconds(timeout), modelOptions, jvmArgs, trace, List.of(), steady, Map.of(), oneWorker);
    }

    /**
     * Per model, its settings: --switch-interval where it has an interval, then the -o settings; each
     * model's checked as the run will make it ({@link Catalog#choose}), so that a bad value is a usage error now.
     */
    private Map<String, Map<String, String>> modelOptions(Catalog catalog, List<String> chosen) {
        Map<String, Map<String, String>> per = new LinkedHashMap<>();
        for (String m : chosen) {
            per.put(m, new LinkedHashMap<>());
            if (switchInterval != null && catalog.model(m).options().stream().anyMatch(opt -> opt.name().equals("interval"))) {
                try {
                    catalog.choose(m, Map.of("interval", switchInterval));
                } catch (ModelOptionException e) {
                    throw new IllegalArgumentException("--switch-interval " + switchInterval + ": " + e.getMessage());
                }
                per.get(m).put("interval", switchInterval);
            }
        }
        options.perModel(chosen, catalog).forEach((m, given) -> per.get(m).putAll(given));
        for (Map.Entry<String, Map<String, String>> e : per.entrySet()) catalog.choose(e.getKey(), e.getValue());
        return per;
    }

    /** The environment when the sweep began (its load after is read when the files are written). */
    private Environment environment;

    private int sweep(Catalog catalog, SweepSettings given, PrintWriter err) {
        environment = Environment.before(forkFlags(given));
        String busy = environment.busyNow();
        if (busy != null) err.println("gillab: warning: " + busy);
        SweepSettings settings = scale == null ? calibrated(catalog, given, err) : given;
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (Workload w : settings.workloads()) sizes.put(w.name(), settings.sizeOf(w));
        List<SweepEvent.CellFinished> finished = Collections.synchronizedList(new ArrayList<>());
        String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        AtomicBoolean done = new AtomicBoolean();
        Thread keepPartial = new Thread(() -> {
            if (done.compareAndSet(false, true)) {
                write(settings, sizes, List.copyOf(finished), started, false, err);
            }
        }, "gillab-keep-partial");
        Runtime.getRuntime().addShutdownHook(keepPartial); // Ctrl-C: what finished is kept
        try (Progress progress = new Progress(System.err, noProgress ? Progress.Mode.QUIET
                : System.console() != null ? Progress.Mode.BAR : Progress.Mode.LINES)) {
            new SweepRunner(catalog, settings, forks()).events()
                    .doOnNext(e -> {
                        progress.on(e);
                        if (e instanceof SweepEvent.CellFinished f) finished.add(f);
                    })
                    .blockLast();
        }
        if (withCpython && !done.get()) runCpython(settings, err);
        if (!done.compareAndSet(false, true)) return 130;
        Runtime.getRuntime().removeShutdownHook(keepPartial);
        List<CellResult> cells = write(settings, sizes, List.copyOf(finished), started, true, err);
        TerminalTable.print(cells, spec.commandLine().getOut());
        String busyAfter = environment.after().busy();
        if (busyAfter != null) err.println("gillab: warning: " + busyAfter);
        err.println("results: " + out.resolve("results.json") + ", " + out.resolve("results.csv") + ", " + out.resolve("report.html"));
        err.flush();
        return 0;
    }

    /** The flags a forked JVM starts with (as ModelFork gives them), for the record. */
    private static List<String> forkFlags(SweepSettings s) {
        List<String> flags = new ArrayList<>(List.of("-XX:+UseParallelGC"));
        flags.addAll(s.jvmArgs());
        return flags;
    }

    /**
     * Size calibration: a first short fork grows each workload's size under the baseline until one run
     * lasts {@link #calibrationSeconds}; the sweep then runs at those sizes (printed, and in results.json).
     */
    private SweepSettings calibrated(Catalog catalog, SweepSettings s, PrintWriter err) {
        err.printf(java.util.Locale.ROOT, "gillab: calibrating sizes (a baseline run of about %.1f s per workload)...%n", calibrationSeconds());
        err.flush();
        Map<String, Long> chosen = SweepRunner.calibrate(catalog, s, calibrationSeconds(), e -> {
            if (e instanceof SweepEvent.Calibrated c) {
                err.printf(java.util.Locale.ROOT, "  %-16s size %,d%s%n", c.cell().workload(), c.size(),
                        c.last() == null ? "" : c.last().timed() ? String.format(java.util.Locale.ROOT, " (%.2f s)", c.last().wallNanos() / 1e9)
                                : " (" + c.last().status() + ")");
                err.flush();
            }
        });
        Map<String, Long> sizes = new LinkedHashMap<>(chosen);
        for (Workload w : s.workloads()) {
            if (sizes.containsKey(w.name())) continue; // its calibration fork died: the cell will say why
            long fallback = Math.max(1, Math.round(w.info().defaultSize() * UNCALIBRATED_FACTOR));
            err.printf(java.util.Locale.ROOT, "  %-16s size %,d (not calibrated: a quarter of its SIZE)%n", w.name(), fallback);
            sizes.put(w.name(), fallback);
        }
        err.flush();
        return s.withSizes(sizes);
    }

    /** The share of a workload's SIZE it runs at when its calibration found no size. */
    static final double UNCALIBRATED_FACTOR = 0.25;

    /** bench/cpython/sweep.py on the sweep's workload files, worker counts, size and repetitions; no python3: a note. */
    private void runCpython(SweepSettings s, PrintWriter err) {
        err.println("gillab: running the same workloads on this machine's CPython (bench/cpython/sweep.py)...");
        err.flush();
        CpythonPlan plan = CpythonPlan.of(s.workloads().stream().map(Workload::file).toList(),
                List.of("sequential", "threads", "processes", "interpreters"), s.workers());
        Double interval = switchIntervalSeconds();
        if (interval != null) plan = plan.withInterval(interval);
        Path scratch = out.resolve(".cpython");
        CpythonSweep.Outcome o = CpythonSweep.run(plan, s.sizeFactor(), s.warmup(), s.reps(), s.timeout().toSeconds(), scratch);
        cpythonCells.addAll(o.cells());
        if (o.note() != null) err.println("gillab: " + o.note());
        err.flush();
    }

    /** --switch-interval in seconds for CPython's sys.setswitchinterval (null: not given). */
    private Double switchIntervalSeconds() {
        if (switchInterval == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9.]+)\\s*(us|ms|s)").matcher(switchInterval.strip());
        if (!m.matches()) return null;
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1e6;
            case "ms" -> v / 1e3;
            default -> v;
        };
    }

    private List<CellResult> write(SweepSettings s, Map<String, Long> sizes, List<SweepEvent.CellFinished> finished, String started,
                                   boolean complete, PrintWriter err) {
        List<CellResult> cells = new ArrayList<>(Metrics.compute(finished, sizes));
        synchronized (cpythonCells) {
            cells.addAll(cpythonCells);
        }
        Results r = new Results(Results.SCHEMA_VERSION, started, complete, Machine.here(),
                new Results.Settings(s.models(), s.workloads().stream().map(Workload::name).toList(), s.workers(), s.warmup(), s.reps(),
                        forks(), s.sizeFactor(), s.timeout().toSeconds(), s.modelOptions(), "gillab " + String.join(" ", ChildJvm.args),
                        sizes, scale == null ? "calibrated" : "factor", scale == null ? calibrationSeconds() : null, s.jvmWarmupSeconds(),
                        s.warmupSeconds(), s.steady(), Results.BootstrapSettings.current(), NOISE_FLOOR, rigorous, Tier.current()),
                environment == null ? null : environment.after(), cells);
        try {
            ResultsFiles.writeJson(r, out.resolve("results.json"));
            ResultsFiles.writeCsv(r, out.resolve("results.csv"));
            HtmlReport.write(r, LockTimeline.of(finished), out.resolve("report.html"));
        } catch (IOException e) {
            err.println("gillab: cannot write the results to " + out + ": " + e.getMessage());
        }
        if (!complete) {
            err.println();
            err.println("gillab: interrupted; the " + cells.size() + " finished cell(s) are in " + out.resolve("results.json"));
            err.flush();
        }
        return cells;
    }
}

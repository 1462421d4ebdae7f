package org.gillab.harness.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.gillab.harness.report.Json;
import org.gillab.lang.SourceError;
import org.gillab.spi.LockTrace;
import org.gillab.spi.ModelChoice;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;
import org.gillab.spi.ModelRegistry;
import org.gillab.workload.RunOutcome;
import org.gillab.workload.RunSpec;
import org.gillab.workload.WorkloadRunner;

/**
 * The forked JVM of a sweep: runs one model's cells, as {@link ForkJob} on standard input says, and
 * reports each run as a {@link ForkEvent} line on standard output. A fresh JVM per model keeps one
 * model's JIT profile (which call sites are monomorphic, what got inlined) out of another's
 * measurements, as JMH's forks do. The workloads' own output is discarded.
 */
public final class ForkMain {
    private ForkMain() {}

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    public static void main(String[] args) throws IOException {
        PrintStream events = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(OutputStream.nullOutputStream())); // nothing else may write to the event stream
        ForkJob job = Json.MAPPER.readValue(System.in, ForkJob.class);
        int first = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Thread.setDefaultUncaughtExceptionHandler(ForkMain::uncaught);
        watchdog = ForkWatchdog.start(job.timeoutSeconds(), ModelFork.graceSeconds(), dump -> stalled(events, dump));
        ModelChoice chosen = ModelRegistry.discover().choose(job.factory(), job.options());
        warmUpJvm(job, chosen, first);
        if (job.calibrateSeconds() > 0) {
            calibrate(job, chosen, events);
            events.flush();
            Runtime.getRuntime().halt(0);
        }
        for (int c = first; c < job.cells().size(); c++) {
            current = c;
            ForkJob.JobCell cell = job.cells().get(c);
            RunSpec spec = new RunSpec(Path.of(cell.file()), chosen, cell.workers(), cell.size(),
                    Duration.ofSeconds(job.timeoutSeconds()), false);
            long warmupStart = System.nanoTime();
            List<Double> warmWalls = new java.util.ArrayList<>();
            RunSample broken = warmUp(spec, job, c, events, warmWalls);
            Warmup settle = new Warmup(warmWalls.size(), (System.nanoTime() - warmupStart) / 1e9,
                    job.steady() == null || broken != null ? null : job.steady().settled(warmWalls));
            boolean restart = broken != null && breaksJvm(broken);
            for (int i = 0; broken == null && i < job.reps(); i++) {
                collect();
                RunSample s = i == 0 && LockTrace.ENABLED ? traced(spec) : runOnce(spec);
                emit(events, new ForkEvent(ForkEvent.RUN, c, i, false, s));
                if (!s.timed()) broken = s; // a broken run is reported as it is, not repeated
                // a hung worker may still hold the model's lock: the runs after it need a clean JVM
                restart = breaksJvm(s);
            }
            emit(events, new ForkEvent(ForkEvent.CELL_DONE, c, 0, false, null, settle, cell.size()));
            if (restart && c + 1 < job.cells().size()) {
                emit(events, new ForkEvent(ForkEvent.RESTART, c + 1, 0, false, null));
                break;
            }
        }
        events.flush();
        Runtime.getRuntime().halt(0); // hung workers are daemons, but a model's own threads need not be
    }

    /**
     * Before the first cell, the JIT has compiled none of the interpreter: the fork's workloads run in
     * turn, untimed, for {@code jvmWarmupSeconds}, so that the first cells are not measured mostly
     * compiling (their own warm-up then adds what is particular to them).
     */
    private static void warmUpJvm(ForkJob job, ModelChoice chosen, int first) {
        long until = System.nanoTime() + (long) (job.jvmWarmupSeconds() * 1e9);
        List<ForkJob.JobCell> cells = job.cells().subList(first, job.cells().size());
        for (int i = 0; !cells.isEmpty() && System.nanoTime() < until && i < MAX_WARMUP; i++) {
            ForkJob.JobCell c = cells.get(i % cells.size());
            RunSample s = runOnce(new RunSpec(Path.of(c.file()), chosen, c.workers(), c.size(),
                    Duration.ofSeconds(job.timeoutSeconds()), false));
            if (!s.timed()) return; // the cell will meet it again and report it
        }
    }

    /**
     * The warm-up runs; the first that broke (the cell stops there), or null. The first of them, which
     * always runs, audits the reference counts: tracking every allocation would distort the timed runs,
     * which still run the workload's check, so its time is not one the steady-state rule looks at.
     * With a rule, warm-up goes on until the runs have settled or the rule's cap is reached; each wall
     * time after the audited run goes into {@code walls}.
     */
    private static RunSample warmUp(RunSpec spec, ForkJob job, int cell, PrintStream events, List<Double> walls) throws IOException {
        long until = System.nanoTime() + (long) (job.warmupSeconds() * 1e9);
        RunSpec audited = new RunSpec(spec.file(), spec.model(), spec.options(), spec.workers(), spec.size(), spec.timeout(), true);
        org.gillab.harness.stats.SteadyRule rule = job.steady();
        int cap = rule == null ? MAX_WARMUP : Math.max(job.warmup(), rule.maxRuns() + 1);
        for (int i = 0; i < cap && (i == 0 || i < job.warmup() || System.nanoTime() < until
                || rule != null && !rule.settled(walls)); i++) {
            RunSample s = runOnce(i == 0 ? audited : spec);
            if (i > 0 && s.timed()) walls.add(s.wallNanos() / 1e9);
            // with a rule, every warm-up run is reported, so that progress moves while a cell settles
            if (i < job.warmup() || rule != null || !s.timed()) emit(events, new ForkEvent(ForkEvent.RUN, cell, i, true, s));
            if (!s.timed()) return s;
        }
        return null;
    }

    /**
     * Size calibration, as pyperf calibrates its loop count: per cell, run at the given size and grow
     * it until one run lasts {@code calibrateSeconds}, then report that size. A run at a new size
     * includes compiling what it runs (and on a busy machine the compiler lags), so each size runs
     * until two runs in a row agree within 10 % (at most 6 times) and the last counts. A starting size
     * far too long (over 4 times the target) is shrunk once to the target.
     */
    private static void calibrate(ForkJob job, ModelChoice chosen, PrintStream events) throws IOException {
        for (int c = 0; c < job.cells().size(); c++) {
            ForkJob.JobCell cell = job.cells().get(c);
            long size = Math.max(1, cell.size());
            RunSample last = null;
            for (int i = 0; i < MAX_CALIBRATION_RUNS; i++) {
                RunSpec spec = new RunSpec(Path.of(cell.file()), chosen, cell.workers(), size,
                        Duration.ofSeconds(job.timeoutSeconds()), false);
                last = settledRun(spec, events, c);
                if (!last.timed()) break; // the sweep will meet it again and report it
                double wall = last.wallNanos() / 1e9;
                if (i == 0 && wall > 4 * job.calibrateSeconds() && size > 1) {
                    size = Math.max(1, (long) Math.ceil(size * 1.2 * job.calibrateSeconds() / wall));
                    continue;
                }
                if (wall >= job.calibrateSeconds()) break;
                double grow = Math.min(10, Math.max(1.5, 1.2 * job.calibrateSeconds() / Math.max(wall, 1e-4)));
                size = (long) Math.ceil(size * grow);
            }
            emit(events, new ForkEvent(ForkEvent.CALIBRATED, c, 0, false, last, null, size));
        }
    }

    private static final int MAX_CALIBRATION_RUNS = 12;

    /** Runs {@code spec} until two runs in a row agree within 10 % (at most 6 runs); the last run, or the first that broke; each reported. */
    private static RunSample settledRun(RunSpec spec, PrintStream events, int cell) throws IOException {
        RunSample previous = null;
        for (int i = 0; i < 6; i++) {
            RunSample s = runOnce(spec);
            emit(events, new ForkEvent(ForkEvent.RUN, cell, i, true, s)); // progress: the parent and the watchdog see the JVM alive
            if (!s.timed()) return s;
            if (previous != null && Math.abs(s.wallNanos() - previous.wallNanos()) <= 0.1 * previous.wallNanos()) return s;
            previous = s;
        }
        return previous;
    }

    private static final int MAX_WARMUP = 50;

    /**
     * A full collection before each timed run, outside its time: the run's peak heap is then what it
     * used itself, not the garbage that earlier runs and cells left behind.
     */
    private static void collect() {
        System.gc();
    }

    private static boolean breaksJvm(RunSample s) {
        return s.status().equals(RunSample.TIMEOUT) || s.reason() != null && s.reason().startsWith("out of memory");
    }

    private static volatile ForkWatchdog watchdog;
    private static volatile int current;

    private static void emit(PrintStream out, ForkEvent e) throws IOException {
        out.println(ForkEvent.PREFIX + Json.MAPPER.writeValueAsString(e));
        ForkWatchdog w = watchdog;
        if (w != null) w.progress();
    }

    /** The watchdog's dump goes to the parent at once: it is about to kill this JVM. */
    private static void stalled(PrintStream out, String dump) {
        try {
            out.println(ForkEvent.PREFIX + Json.MAPPER.writeValueAsString(
                    new ForkEvent(ForkEvent.STALLED, current, 0, false, RunSample.lost(RunSample.TIMEOUT, dump))));
        } catch (IOException e) {
            // the parent's own report of the silence stands
        }
    }

    /** How much of a traced run the lock timeline shows: long enough for a few switch intervals. */
    static final long TRACE_WINDOW_NANOS = 50_000_000;

    /** A run with the lock's holds and waits recorded, from the first moment a worker held it. */
    static RunSample traced(RunSpec spec) {
        LockTrace.reset();
        RunSample s = runOnce(spec);
        java.util.List<long[]> all = LockTrace.holds(0, Long.MAX_VALUE);
        long first = all.stream().filter(h -> h[0] > 0).mapToLong(h -> h[1]).min().orElse(-1);
        if (first < 0) return s;
        // a full record ends early: the window stops there rather than show the rest as a lock no one touched
        long window = Math.min(TRACE_WINDOW_NANOS, LockTrace.completeUntil() - first);
        return s.withTrace(new RunSample.LockHolds(window, LockTrace.holds(first, window), LockTrace.waits(first, window)));
    }

    /**
     * An error no one caught in a run's thread (a worker out of heap): kept without allocating, for
     * {@link #runOnce} to report; the worker's own report would only show the audit it left dirty.
     */
    private static volatile Throwable uncaught;
    private static volatile String uncaughtIn;

    private static void uncaught(Thread t, Throwable e) {
        uncaughtIn = t.getName();
        uncaught = e;
    }

    /**
     * Takes a run's thread dump just before its timeout: at the timeout the runner tells hung workers
     * to stop at their next safe point, and one spinning in Python code is gone before a dump taken
     * afterwards could show it. A thread stuck in Java (a deadlock) is still there either way.
     */
    private static final ScheduledExecutorService DUMPER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gillab-fork-dump");
        t.setDaemon(true);
        return t;
    });

    private static long dumpDelayNanos(Duration timeout) {
        long t = timeout.toNanos();
        return Math.max(t * 9 / 10, t - 250_000_000L);
    }

    /** The dump taken before the timeout if there is one, else one now. */
    private static String dumpOf(ScheduledFuture<String> early) {
        try {
            if (early.isDone() && !early.isCancelled()) return early.get();
        } catch (ExecutionException | InterruptedException e) {
            // fall back on a dump now
        }
        return ThreadDump.summary();
    }

    static RunSample runOnce(RunSpec spec) {
        for (MemoryPoolMXBean p : HEAP) p.resetPeakUsage();
        uncaught = null;
        ScheduledFuture<String> early = DUMPER.schedule(ThreadDump::summary, dumpDelayNanos(spec.timeout()), TimeUnit.NANOSECONDS);
        try {
            RunOutcome o;
            LastLines printed = new LastLines();
            try {
                o = WorkloadRunner.run(spec, printed);
            } finally {
                early.cancel(false);
            }
            long peak = 0;
            for (MemoryPoolMXBean p : HEAP) peak += p.getPeakUsage().getUsed();
            RunSample s = sample(o, peak, printed.text());
            Throwable lost = uncaught;
            if (lost instanceof OutOfMemoryError) {
                return new RunSample(RunSample.FAILED, s.wallNanos(), s.cpuNanos(), peak, Boolean.FALSE,
                        "out of memory in " + uncaughtIn + ": " + lost.getMessage(), s.counters(), null);
            }
            if (lost != null && s.ok()) {
                return new RunSample(RunSample.FAILED, s.wallNanos(), s.cpuNanos(), peak, Boolean.FALSE,
                        uncaughtIn + " died of " + lost, s.counters(), null);
            }
            // where the hung workers were, before the JVM is replaced
            return o.timedOut() ? withReason(s, s.reason() + "; " + dumpOf(early)) : s;
        } catch (SourceError e) {
            return RunSample.lost(RunSample.FAILED, e.render().strip());
        } catch (IOException e) {
            return RunSample.lost(RunSample.FAILED, "cannot read " + spec.file() + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return RunSample.lost(RunSample.FAILED, "out of memory: " + e.getMessage());
        } catch (RuntimeException e) {
            return RunSample.lost(RunSample.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The sweep's view of a run: a status, a verdict and the first reason it is not ok. */
    static RunSample sample(RunOutcome o, long peak) {
        return sample(o, peak, "");
    }

    /**
     * The same, given what the run printed: a check that failed and printed a count of lost updates
     * ({@link RunSample.LostUpdates}) on an intact heap makes the run racy, not failed.
     */
    static RunSample sample(RunOutcome o, long peak, String printed) {
        if (o.notApplicable() != null) {
            return new RunSample(RunSample.NOT_APPLICABLE, 0, 0, peak, null, o.notApplicable(), o.counters(), null);
        }
        if (o.timedOut()) {
            return new RunSample(RunSample.TIMEOUT, o.wallNanos(), o.cpuNanos(), peak, null, first(o.damage(), "timed out"), o.counters(), null);
        }
        if (o.exitCode() == 0) return new RunSample(RunSample.OK, o.wallNanos(), o.cpuNanos(), peak, Boolean.TRUE, null, o.counters(), null);
        String reason;
        boolean audited = o.audit() != null && !o.audit().clean();
        if (!o.damage().isEmpty()) reason = o.damage().get(0);
        // an exception (a MemoryError, say) stops a worker mid-operation, so the audit it leaves dirty is its consequence
        else if (!o.errors().isEmpty()) reason = lastLine(o.errors().get(0)) + (audited ? "; " + o.audit().summary() : "");
        else if (audited) reason = o.audit().summary(); // it names itself: "refcount audit: DAMAGED (...)"
        else if (o.check() == RunOutcome.Check.FAILED && RunSample.LostUpdates.in(printed) != null) {
            RunSample.LostUpdates lost = RunSample.LostUpdates.in(printed);
            return new RunSample(RunSample.RACY, o.wallNanos(), o.cpuNanos(), peak, Boolean.FALSE, lost.describe(), o.counters(), null, lost);
        }
        else reason = "check failed; results " + o.results();
        return new RunSample(RunSample.FAILED, o.wallNanos(), o.cpuNanos(), peak, Boolean.FALSE, reason, o.counters(), null);
    }

    /** The last few kilobytes a run printed (the check prints last); the rest is dropped as it comes. */
    private static final class LastLines extends OutputStream {
        private static final int KEEP = 4096;
        private final byte[] ring = new byte[KEEP];
        private long written;

        @Override
        public synchronized void write(int b) {
            ring[(int) (written++ % KEEP)] = (byte) b;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = Math.max(off, off + len - KEEP); i < off + len; i++) ring[(int) (written + i - off) % KEEP] = b[i];
            written += len;
        }

        synchronized String text() {
            int n = (int) Math.min(written, KEEP);
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) out[i] = ring[(int) ((written - n + i) % KEEP)];
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private static RunSample withReason(RunSample s, String reason) {
        return new RunSample(s.status(), s.wallNanos(), s.cpuNanos(), s.peakHeapBytes(), s.correct(), reason, s.counters(), s.trace());
    }

    private static String first(List<String> l, String otherwise) {
        return l.isEmpty() ? otherwise : l.get(0);
    }

    /** A traceback's last line names the exception; the first line says which worker. */
    private static String lastLine(String traceback) {
        String[] lines = traceback.strip().split("\n");
        return lines.length == 1 ? lines[0] : lines[0] + " " + lines[lines.length - 1].strip();
    }
}

package org.gillab.harness.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.gillab.harness.report.Json;
import org.gillab.spi.InstructionTicks;
import org.gillab.spi.LockTrace;
import org.gillab.workload.JavaCommand;
import org.gillab.workload.LiveChildren;
import org.gillab.workload.StderrTail;
import org.gillab.workload.WorkloadFolder;

/**
 * Runs one model's cells in a fresh JVM ({@link ForkMain}) and turns its event lines into
 * {@link SweepEvent}s. The parent watches it: a JVM that exits mid-cell (killed, out of memory, a
 * crash) or stops answering (a worker that never reaches a safe point, a deadlock) costs that cell
 * only: the cell is reported with the reason, and a new JVM takes up the cells after it.
 */
final class ModelFork {
    /**
     * Beyond the per-run timeout, how long a JVM may stay silent (start-up, warm-up) before it is killed
     * ({@code -Dgillab.fork.grace=SECONDS}; tests shorten it).
     */
    static long graceSeconds() {
        return Long.getLong("gillab.fork.grace", 60);
    }

    private static final Object EOF = new Object();

    private final ForkJob job;
    private final List<Cell> cells;
    private final List<String> jvm;

    ModelFork(ForkJob job, List<Cell> cells, List<String> jvm) {
        this.job = job;
        this.cells = cells;
        this.jvm = jvm;
    }

    /** The java command for a fork: this JVM's java and class path, plus the plugin jars and the ticks flag if needed. */
    static List<String> javaCommand(List<Path> pluginJars, boolean ticks, boolean trace, List<String> jvmArgs) {
        return javaCommand(List.of(), pluginJars, ticks, trace, jvmArgs);
    }

    /** The same, run under {@code launcher} (e.g. {@code taskset -c 0}) when it is not empty. */
    static List<String> javaCommand(List<String> launcher, List<Path> pluginJars, boolean ticks, boolean trace, List<String> jvmArgs) {
        JavaCommand java = JavaCommand.thisJava(launcher).with("-XX:+UseParallelGC").with(jvmArgs);
        if (ticks) java = java.withProperty(InstructionTicks.PROPERTY, true);
        java = java.withThisTier();
        if (trace) java = java.withProperty(LockTrace.PROPERTY, true);
        java = java.withProperty("gillab.fork.grace", graceSeconds()); // its watchdog reports before this JVM kills it
        String wl = System.getProperty(WorkloadFolder.PROPERTY);
        if (wl != null) java = java.withProperty(WorkloadFolder.PROPERTY, wl);
        return java.running(ForkMain.class, pluginJars, List.of());
    }

    void run(Consumer<SweepEvent> out) {
        int next = 0;
        while (next < cells.size()) next = runFrom(next, out);
    }

    /** Runs the cells from {@code first} in one JVM; returns where the next JVM must start. */
    private int runFrom(int first, Consumer<SweepEvent> out) {
        List<String> cmd = new ArrayList<>(jvm);
        cmd.add(String.valueOf(first));
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            for (int c = first; c < cells.size(); c++) {
                lost(c, RunSample.FAILED, "cannot start a JVM: " + e.getMessage(), out);
            }
            return cells.size();
        }
        LiveChildren.add(p);
        StderrTail err = new StderrTail(p.getErrorStream(), "gillab-fork-stderr");
        BlockingQueue<Object> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(p.getInputStream(), lines), "gillab-fork-reader");
        reader.setDaemon(true);
        reader.start();
        try (OutputStream in = p.getOutputStream()) {
            Json.MAPPER.writeValue(in, job);
        } catch (IOException e) {
            // the JVM died at once: its exit is reported below
        }
        int current = first;
        List<RunSample> timed = new ArrayList<>();
        String dump = null;
        long silence = job.timeoutSeconds() + graceSeconds();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(silence);
        try {
            while (true) {
                Object line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    LiveChildren.kill(p);
                    lost(current, RunSample.TIMEOUT, "no answer from its JVM for " + silence
                            + " s (a worker that never reaches a safe point, or a deadlock); the JVM was killed"
                            + (dump == null ? "" : "; " + dump), out);
                    return current + 1;
                }
                if (line == EOF) {
                    int code = p.waitFor();
                    if (current >= cells.size()) return current;
                    String why = "its JVM exited with status " + code + " in the middle of the cell" + lastWords(err);
                    if (!timed.isEmpty()) why = "after " + timed.size() + " timed run(s), " + why;
                    lost(current, RunSample.FAILED, why, out);
                    return current + 1;
                }
                ForkEvent e = Json.MAPPER.readValue((String) line, ForkEvent.class);
                if (e.kind().equals(ForkEvent.STALLED)) { // not progress: the deadline stands
                    dump = e.sample().reason();
                    continue;
                }
                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(silence);
                dump = null;
                switch (e.kind()) {
                    case ForkEvent.RUN -> {
                        out.accept(new SweepEvent.RunFinished(cells.get(e.cell()), e.rep(), e.warmup(), e.sample()));
                        if (!e.warmup() || !e.sample().timed()) timed.add(e.sample());
                    }
                    case ForkEvent.CALIBRATED -> {
                        out.accept(new SweepEvent.Calibrated(cells.get(e.cell()), e.size(), e.sample()));
                        current = e.cell() + 1;
                    }
                    case ForkEvent.CELL_DONE -> {
                        out.accept(new SweepEvent.CellFinished(cells.get(e.cell()), List.copyOf(timed),
                                List.of(new ForkRun(timed.size(), e.settle()))));
                        timed.clear();
                        current = e.cell() + 1;
                    }
                    case ForkEvent.RESTART -> {
                        LiveChildren.kill(p);
                        return e.cell();
                    }
                    default -> throw new IllegalStateException("unknown fork event " + e.kind());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LiveChildren.kill(p);
            return cells.size();
        } catch (IOException e) {
            LiveChildren.kill(p);
            lost(current, RunSample.FAILED, "unreadable answer from its JVM: " + e.getMessage(), out);
            return current + 1;
        }
    }

    private void lost(int cell, String status, String reason, Consumer<SweepEvent> out) {
        RunSample s = RunSample.lost(status, reason);
        out.accept(new SweepEvent.RunFinished(cells.get(cell), 0, false, s));
        out.accept(new SweepEvent.CellFinished(cells.get(cell), List.of(s)));
    }

    private static void readLines(InputStream in, BlockingQueue<Object> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(ForkEvent.PREFIX)) lines.add(line.substring(ForkEvent.PREFIX.length()));
            }
        } catch (IOException e) {
            // the JVM is gone: EOF says so
        }
        lines.add(EOF);
    }

    /** The last lines a fork wrote on standard error, for the report of its death. */
    private static String lastWords(StderrTail err) {
        err.await(1000); // the JVM has exited: let its last words arrive
        String last = err.lastLines(5);
        return last.isEmpty() ? "" : ": " + last;
    }
}

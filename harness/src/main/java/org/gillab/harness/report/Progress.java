package org.gillab.harness.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.gillab.harness.sweep.Cell;
import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on standard error while a sweep runs: on a terminal a progress bar (one step per run) with
 * the cell being run and the time elapsed and left, redrawn every second so that it moves during a long
 * run; in a log (no terminal) one line per finished cell with the same times; or nothing. The time left
 * is the time so far scaled by the runs still to do, so it is rough: warm-up until settled varies.
 */
public final class Progress implements AutoCloseable {
    public enum Mode { BAR, LINES, QUIET }

    private final PrintStream err;
    private final Mode mode;
    private ProgressBar bar;
    private ScheduledExecutorService ticker;
    private volatile Cell running;
    private int runsPerCell, seenInCell, cells, cellsDone, forks = 1;
    private volatile long runs, runsDone, started, cellForksDone;

    public Progress(PrintStream err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    public void on(SweepEvent e) {
        if (mode == Mode.QUIET) return;
        if (e instanceof SweepEvent.Planned p) {
            runsPerCell = p.runsPerCell();
            cells = p.cells();
            runs = p.runs();
            forks = Math.max(1, p.forks());
            started = System.nanoTime();
            if (mode == Mode.BAR) {
                bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(p.runs()).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500).continuousUpdate().hideEta().setConsumer(new ConsoleProgressBarConsumer(err))
                        .setMaxRenderedLength(100).setUnit(" runs", 1).build();
                ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "gillab-progress");
                    t.setDaemon(true);
                    return t;
                });
                ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
            }
        } else if (e instanceof SweepEvent.RunFinished r) {
            seenInCell++;
            runsDone++;
            running = r.cell();
            if (bar != null) bar.step();
        } else if (e instanceof SweepEvent.ForkCellFinished f) {
            cellForksDone++;
            if (mode == Mode.LINES && f.fork() < f.forks()) err.println(String.format(Locale.ROOT, "[fork %d/%d, %s] %s: %s", f.fork(),
                    f.forks(), times(), f.cell(), what(f.timed())));
        } else if (e instanceof SweepEvent.CellFinished f) {
            cellsDone++;
            if (forks == 1) cellForksDone++;
            seenInCell = 0;
            if (mode == Mode.LINES) err.println(line(f));
        }
    }

    private void tick() {
        ProgressBar b = bar;
        Cell c = running;
        if (b != null) b.setExtraMessage(times() + (c == null ? "" : "  " + c));
    }

    /**
     * e.g. {@code elapsed 1:23, left ~4:56}: the time so far scaled by the share of cells (one per fork)
     * still to do, since warm-up until settled makes the runs a poor measure of the work left.
     */
    String times() {
        double elapsed = (System.nanoTime() - started) / 1e9;
        long total = (long) cells * forks, done = Math.min(cellForksDone, total);
        String left = done == 0 ? "?" : clock(elapsed * (total - done) / done);
        return "elapsed " + clock(elapsed) + ", left ~" + left;
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private String line(SweepEvent.CellFinished f) {
        return String.format(Locale.ROOT, "[%d/%d, %s] %s: %s", cellsDone, cells, times(), f.cell(), what(f.timed()));
    }

    private static String what(java.util.List<RunSample> timed) {
        RunSample last = timed.isEmpty() ? null : timed.get(timed.size() - 1);
        return last == null ? "no run" : last.timed() ? String.format(Locale.ROOT, "%s, last run %.3f s", last.status(), last.wallNanos() / 1e9)
                : last.status() + (last.reason() == null ? "" : ": " + TerminalTable.oneLine(last.reason()));
    }

    @Override
    public void close() {
        if (ticker != null) ticker.shutdownNow();
        if (bar != null) bar.close();
    }
}

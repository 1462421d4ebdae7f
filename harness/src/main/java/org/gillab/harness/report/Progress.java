package org.gillab.harness.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.gillab.harness.sweep.Cell;
import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress on standard error while a sweep runs: on a terminal one line, redrawn every second so that
 * it ticks during a long run (progressbar's thread redraws it; the line is ours: {@link #line}), with
 * the share of cells done (one per fork), the time elapsed and left, each labelled, and the cell being
 * run; in a log (no terminal) one line per finished cell with the same times; or nothing. The bar
 * counts cells, not runs: warm-up until settled makes the number of runs unknown in advance, and a bar
 * of runs sat at 100 % for the second half of a sweep. The time left is the time so far scaled by the
 * cells still to do, so it is rough.
 */
public final class Progress implements AutoCloseable {
    public enum Mode { BAR, LINES, QUIET }

    /** The line at most, as the tables (narrower where the terminal is). */
    static final int WIDTH = 100;

    private static final int BAR = 10;

    private final PrintStream err;
    private final Mode mode;
    private final LongSupplier nanoClock;
    private ProgressBar bar;
    private volatile Cell running;
    private int cells, cellsDone, forks = 1;
    private volatile long started, cellForksDone;

    public Progress(PrintStream err, Mode mode) {
        this(err, mode, System::nanoTime);
    }

    /** With the clock the times are read from (a test's). */
    Progress(PrintStream err, Mode mode, LongSupplier nanoClock) {
        this.err = err;
        this.mode = mode;
        this.nanoClock = nanoClock;
    }

    public void on(SweepEvent e) {
        if (mode == Mode.QUIET) return;
        if (e instanceof SweepEvent.Planned p) {
            cells = p.cells();
            forks = Math.max(1, p.forks());
            started = nanoClock.getAsLong();
            if (mode == Mode.BAR) {
                bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax((long) cells * forks).setUpdateIntervalMillis(1000)
                        .continuousUpdate().setConsumer(new ConsoleProgressBarConsumer(err))
                        .setRenderer((state, max) -> padded(Math.min(max, WIDTH))).build();
            }
        } else if (e instanceof SweepEvent.RunFinished r) {
            running = r.cell();
        } else if (e instanceof SweepEvent.ForkCellFinished f) {
            cellForksDone++;
            if (bar != null) bar.stepTo(cellForksDone);
            if (mode == Mode.LINES && f.fork() < f.forks()) err.println(String.format(Locale.ROOT, "[fork %d/%d, %s] %s: %s", f.fork(),
                    f.forks(), times(), f.cell(), what(f.timed())));
        } else if (e instanceof SweepEvent.CellFinished f) {
            cellsDone++;
            if (forks == 1) cellForksDone++;
            if (bar != null) bar.stepTo(cellForksDone);
            if (mode == Mode.LINES) err.println(line(f));
        }
    }

    /**
     * The terminal's line, e.g. {@code  42% [====      ] 5/12 cells, elapsed 1:23, left ~1:55, now gil/countdown/2} (the
     * cell in progress: model, workload, workers), cut to {@code width}, 80 columns on most terminals; the times are read
     * when it is drawn, so it moves while a run goes on.
     */
    String line(int width) {
        long total = Math.max(1, (long) cells * forks), done = Math.min(cellForksDone, total);
        int filled = (int) (BAR * done / total);
        Cell c = running;
        String l = String.format(Locale.ROOT, "%3d%% [%s%s] %d/%d cells, %s%s", 100 * done / total, "=".repeat(filled),
                " ".repeat(BAR - filled), done, total, times(), c == null ? "" : ", now " + c.model() + "/" + c.workload() + "/" + c.workers());
        return l.length() <= width ? l : l.substring(0, Math.max(0, width - 1)) + "~";
    }

    /** The line padded with spaces to {@code width}: the console only returns the carriage, and a shorter line would leave the old one's tail. */
    private String padded(int width) {
        String l = line(width);
        return l + " ".repeat(Math.max(0, width - l.length()));
    }

    /**
     * e.g. {@code elapsed 1:23, left ~4:56}: the time so far scaled by the share of cells (one per fork)
     * still to do, since warm-up until settled makes the runs a poor measure of the work left.
     */
    String times() {
        double elapsed = (nanoClock.getAsLong() - started) / 1e9;
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
        if (bar != null) bar.close();
    }
}

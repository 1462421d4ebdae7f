package org.gillab.harness.report;

import java.io.PrintStream;
import java.util.Locale;

import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on standard error while a sweep runs: on a terminal a progress bar (one step per run, the
 * cell being run beside it); in a log (no terminal) one line per finished cell; or nothing.
 */
public final class Progress implements AutoCloseable {
    public enum Mode { BAR, LINES, QUIET }

    private final PrintStream err;
    private final Mode mode;
    private ProgressBar bar;
    private int runsPerCell, seenInCell, cells, cellsDone;

    public Progress(PrintStream err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    public void on(SweepEvent e) {
        if (mode == Mode.QUIET) return;
        if (e instanceof SweepEvent.Planned p) {
            runsPerCell = p.runsPerCell();
            cells = p.cells();
            if (mode == Mode.BAR) {
                bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(p.runs()).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(err)).setMaxRenderedLength(110)
                        .setUnit(" runs", 1).build();
            }
        } else if (e instanceof SweepEvent.RunFinished r) {
            seenInCell++;
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(r.cell().toString());
            }
        } else if (e instanceof SweepEvent.CellFinished f) {
            cellsDone++;
            if (bar != null && seenInCell < runsPerCell) bar.stepBy(runsPerCell - seenInCell); // a broken cell skips its other runs
            seenInCell = 0;
            if (mode == Mode.LINES) err.println(line(f));
        }
    }

    private String line(SweepEvent.CellFinished f) {
        RunSample last = f.timed().isEmpty() ? null : f.timed().get(f.timed().size() - 1);
        String what = last == null ? "no run" : last.ok() ? String.format(Locale.ROOT, "ok, last run %.3f s", last.wallNanos() / 1e9)
                : last.status() + (last.reason() == null ? "" : ": " + TerminalTable.oneLine(last.reason()));
        return String.format(Locale.ROOT, "[%d/%d] %s: %s", cellsDone, cells, f.cell(), what);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}

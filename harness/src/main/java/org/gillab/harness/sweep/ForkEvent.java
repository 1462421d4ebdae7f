package org.gillab.harness.sweep;

/**
 * A line a forked JVM writes on its standard output, after {@link #PREFIX}: a run has finished
 * ({@code run}), a cell has no more runs to come ({@code cell-done}), or the JVM stops early and
 * the rest of its job needs a fresh one ({@code restart}: after a hung run, whose threads may still
 * hold what the next run needs), or it has been silent so long that the parent will kill it
 * ({@code stalled}: the sample's reason is a thread dump, for the report of the kill).
 */
public record ForkEvent(String kind, int cell, int rep, boolean warmup, RunSample sample, Warmup settle, long size) {
    public static final String PREFIX = "@gillab-fork ";
    public static final String RUN = "run", CELL_DONE = "cell-done", RESTART = "restart", STALLED = "stalled",
            CALIBRATED = "calibrated";

    /** Any event but {@code cell-done} (which carries the cell's warm-up) and {@code calibrated} (which carries a size). */
    public ForkEvent(String kind, int cell, int rep, boolean warmup, RunSample sample) {
        this(kind, cell, rep, warmup, sample, null, 0);
    }
}

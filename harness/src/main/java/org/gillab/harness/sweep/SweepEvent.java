package org.gillab.harness.sweep;

import java.util.List;

/** What flows from the runner to the reporters (through a Reactor {@code Flux}). */
public sealed interface SweepEvent {
    /** The sweep has this many runs to do, warm-ups included (for the progress bar). */
    record Planned(int cells, int runs, int runsPerCell) implements SweepEvent {}

    /** One run, warm-up or timed, has finished. */
    record RunFinished(Cell cell, int rep, boolean warmup, RunSample sample) implements SweepEvent {}

    /** A cell has all its timed runs (fewer when one broke: the broken one is the last). */
    record CellFinished(Cell cell, List<RunSample> timed) implements SweepEvent {}
}

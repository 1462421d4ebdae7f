package org.gillab.harness.sweep;

import java.util.List;

/** What flows from the runner to the reporters (through a Reactor {@code Flux}). */
public sealed interface SweepEvent {
    /**
     * The sweep has this many runs to do, warm-ups included (for the progress bar; warm-up until
     * settled may take more), and {@code forks} JVMs per model: each cell is finished once per fork.
     */
    record Planned(int cells, int runs, int runsPerCell, int forks) implements SweepEvent {
        public Planned(int cells, int runs, int runsPerCell) {
            this(cells, runs, runsPerCell, 1);
        }
    }

    /** Size calibration found the size at which one run of the cell lasts the target time ({@code last}: its last run). */
    record Calibrated(Cell cell, long size, RunSample last) implements SweepEvent {}

    /** With several forks, one fork has finished a cell (the cell itself finishes with its last fork): for progress. */
    record ForkCellFinished(Cell cell, int fork, int forks, List<RunSample> timed) implements SweepEvent {}

    /** One run, warm-up or timed, has finished. */
    record RunFinished(Cell cell, int rep, boolean warmup, RunSample sample) implements SweepEvent {}

    /**
     * A cell has all its timed runs (fewer when one broke: the broken one is the last), fork after fork:
     * {@code forks} says how many runs, in order, each fork ran and how it warmed up.
     */
    record CellFinished(Cell cell, List<RunSample> timed, List<ForkRun> forks) implements SweepEvent {
        public CellFinished {
            timed = List.copyOf(timed);
            forks = List.copyOf(forks);
        }

        /** The runs of one fork. */
        public CellFinished(Cell cell, List<RunSample> timed) {
            this(cell, timed, List.of(new ForkRun(timed.size(), null)));
        }

        /** Each fork's runs, in order. */
        public List<List<RunSample>> byFork() {
            List<List<RunSample>> out = new java.util.ArrayList<>();
            int at = 0;
            for (ForkRun f : forks) {
                int end = Math.min(timed.size(), at + f.timedRuns());
                out.add(timed.subList(at, end));
                at = end;
            }
            if (at < timed.size()) out.add(timed.subList(at, timed.size()));
            return out;
        }
    }
}

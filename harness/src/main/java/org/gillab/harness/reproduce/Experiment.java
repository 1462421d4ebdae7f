package org.gillab.harness.reproduce;

import java.util.List;

/**
 * One published result about the GIL or an alternative, made checkable: where it was published,
 * the figure it reported, the sweeps that measure the same thing here, how the measured figure is
 * computed from their cells, and the band within which the two are said to agree.
 */
public interface Experiment {
    /** The name on the command line, e.g. {@code beazley-countdown}. */
    String name();

    /** The talk, paper, issue or PEP the result comes from. */
    String source();

    /** The published figure(s), as docs/sources.md records them, with its section (e.g. "[V, gil-facts 5.6]": section 5.6 there). */
    String reference();

    /** What counts as "reproduced", in words (printed with the verdict). */
    String band();

    /** The scale this experiment runs at when {@code chosen} is asked for: the same, unless its effect needs longer runs. */
    default Scale scale(Scale chosen) {
        return chosen;
    }

    /** The gillab sweeps to run; each one is a fresh JVM per model, as {@code gillab run} does. */
    List<Trial> trials(Scale scale, Lab lab);

    /** The runs of the same workloads on this machine's CPython (none: the result has no CPython counterpart). */
    default List<CpythonPlan> cpython(Scale scale, Lab lab) {
        return List.of();
    }

    /** The measured figure, from the trials' cells; a cell that is missing or not ok throws {@link Cells.Missing}. */
    Figure gillab(Cells cells);

    /** CPython's figure, from the cells of {@link #cpython} (trial {@link Cells#CPYTHON}). */
    default Figure cpython(Cells cells) {
        return Figure.none("no CPython counterpart");
    }

    /** Whether the measured figure lies within {@link #band()}. */
    boolean agrees(Figure gillab);

    /** Why this experiment cannot run on this machine at all (null: it can). */
    default String notRunnableHere(Lab lab) {
        return null;
    }
}

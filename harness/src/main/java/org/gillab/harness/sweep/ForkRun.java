package org.gillab.harness.sweep;

/** One fork's share of a cell: how many of the cell's timed runs it ran (in order), and its warm-up (null: not known). */
public record ForkRun(int timedRuns, Warmup warmup) {}

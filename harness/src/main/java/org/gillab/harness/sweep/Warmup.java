package org.gillab.harness.sweep;

/**
 * How one fork warmed one cell up before timing it: its untimed runs, how long they took, and whether
 * its runs settled ({@link org.gillab.harness.stats.SteadyRule}) or it stopped at the cap unsettled.
 * {@code settled} is null where no rule was asked for (a fixed count of warm-up runs).
 */
public record Warmup(int runs, double seconds, Boolean settled) {}

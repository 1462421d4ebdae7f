package org.gillab.harness.stats;

import java.util.Arrays;
import java.util.List;

/**
 * When a fork's runs have settled: the last {@code window} runs lie within {@code tolerance} of their
 * median (largest minus smallest, over the median). Barrett et al. ("Virtual Machine Warmup Blows Hot
 * and Cold", OOPSLA 2017) found that many benchmark/VM pairs never reach a steady state, or reach a
 * slower one; so a fork warms up until the rule holds, at most {@code maxRuns} runs, and one that
 * never settles is flagged in the results rather than averaged in silently.
 *
 * <p>This is the simple last-k-within-x% rule, not Barrett's change-point analysis: it needs no
 * model of the series and decides online, run by run, when to start timing.
 */
public record SteadyRule(int window, double tolerance, int maxRuns) {
    /** Three runs within 5 %, at most 12 warm-up runs. */
    public static final SteadyRule DEFAULT = new SteadyRule(3, 0.05, 12);
    /** Five runs within 2 %, at most 40 warm-up runs. */
    public static final SteadyRule RIGOROUS = new SteadyRule(5, 0.02, 40);

    public SteadyRule {
        if (window < 2) throw new IllegalArgumentException("the steady-state window needs at least 2 runs, got " + window);
        if (!(tolerance > 0) || tolerance >= 1) throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        if (maxRuns < window) throw new IllegalArgumentException("at most " + maxRuns + " warm-up runs cannot hold a window of " + window);
    }

    /** Whether the last {@link #window} of {@code walls} have settled. */
    public boolean settled(List<Double> walls) {
        if (walls.size() < window) return false;
        double[] last = walls.subList(walls.size() - window, walls.size()).stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(last);
        double median = Bootstrap.percentile(last, 50);
        return median > 0 && (last[last.length - 1] - last[0]) / median <= tolerance;
    }

    /** How many runs of {@code walls} it took to settle (the run at which the rule first held, counting from 1), or -1. */
    public int settledAfter(List<Double> walls) {
        for (int i = window; i <= walls.size(); i++) if (settled(walls.subList(0, i))) return i;
        return -1;
    }
}

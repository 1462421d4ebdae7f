package org.gillab.harness.reproduce;

import java.util.List;

import org.gillab.harness.sweep.SweepSettings;

/**
 * How big the experiments run: {@link #QUICK} for CI (correct and complete, the figures noisy),
 * {@link #FULL} for a measurement on a quiet machine.
 *
 * @param sizeFactor each workload's SIZE is multiplied by this
 */
public record Scale(String name, double sizeFactor, int warmup, int reps, double warmupSeconds, double jvmWarmupSeconds) {
    public static final Scale QUICK = new Scale("quick", 0.02, 0, 1, 0.0, 0.0);
    public static final Scale FULL = new Scale("full", 0.25, 1, 5, 0.5, 2.0);

    public Scale withSizeFactor(double factor) {
        return new Scale(name, factor, warmup, reps, warmupSeconds, jvmWarmupSeconds);
    }

    public boolean quick() {
        return name.equals("quick");
    }

    /** Fresh JVMs per model: the unit the verdicts' intervals resample (one when quick: correct and complete, not a measurement). */
    public int forks() {
        return quick() ? 1 : 3;
    }

    /** The steady-state rule each fork warms up by (none when quick). */
    public org.gillab.harness.stats.SteadyRule steady() {
        return quick() ? null : org.gillab.harness.stats.SteadyRule.DEFAULT;
    }

    /** Worker counts for a scaling curve: 1 and 2 when quick, else 1, 2, 4, ... up to the cores. */
    public List<Integer> scalingWorkers(int cores) {
        return quick() ? List.of(1, 2) : SweepSettings.powersOfTwoUpTo(Math.max(2, cores));
    }

    /** The most workers of {@link #scalingWorkers}. */
    public int maxWorkers(int cores) {
        List<Integer> w = scalingWorkers(cores);
        return w.get(w.size() - 1);
    }
}

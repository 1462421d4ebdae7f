package org.gillab.harness.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Medians and ratios of medians with a hierarchical bootstrap confidence interval, after Kalibera and
 * Jones ("Rigorous Benchmarking in Reasonable Time", ISMM 2013): the fork (a fresh JVM) is the unit of
 * replication, so each resample first draws forks with replacement, then, inside each drawn fork, its
 * runs with replacement. Two JVMs can compile the same work differently, and that spread between forks
 * is usually larger than the spread of runs inside one; resampling runs alone would hide it.
 *
 * <p>The statistic is the median of the pooled runs (robust to the odd slow run; for bimodal data a
 * mean would sit where no run ever lands). The interval is the percentile interval of the resampled
 * statistic. A ratio of two cells resamples both cells independently each time. The generator is
 * seeded, so the same samples always give the same interval.
 *
 * <p>With one fork the interval shows the spread of runs inside that JVM only, and is too narrow for
 * the next JVM: results.json keeps the fork count so that a reader can tell.
 */
public final class Bootstrap {
    /** The seed of every bootstrap: the same data give the same interval in every report. */
    public static final long SEED = 20130617L;
    public static final int RESAMPLES = 2000;
    public static final double CONFIDENCE = 0.95;

    private final int resamples;
    private final long seed;

    public Bootstrap() {
        this(RESAMPLES, SEED);
    }

    public Bootstrap(int resamples, long seed) {
        if (resamples < 100) throw new IllegalArgumentException("at least 100 resamples, got " + resamples);
        this.resamples = resamples;
        this.seed = seed;
    }

    /** The median of every run of every fork; null when there is none. */
    public static Double median(List<double[]> forks) {
        double[] all = pool(forks);
        return all.length == 0 ? null : percentile(all, 50);
    }

    /** The confidence interval of {@link #median}; null when there is no run. */
    public Interval medianCi(List<double[]> forks) {
        List<double[]> f = nonEmpty(forks);
        if (f.isEmpty()) return null;
        RandomGenerator rng = new Well19937c(seed);
        double[] stats = new double[resamples];
        for (int b = 0; b < resamples; b++) stats[b] = percentile(resample(f, rng), 50);
        return interval(stats);
    }

    /** The interval of median(numerator) / median(denominator); null when either has no run or a median of 0. */
    public Interval ratioCi(List<double[]> numerator, List<double[]> denominator) {
        List<double[]> n = nonEmpty(numerator), d = nonEmpty(denominator);
        if (n.isEmpty() || d.isEmpty()) return null;
        RandomGenerator rng = new Well19937c(seed);
        double[] stats = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double top = percentile(resample(n, rng), 50), bottom = percentile(resample(d, rng), 50);
            if (!(bottom > 0)) return null;
            stats[b] = top / bottom;
        }
        return interval(stats);
    }

    /** The point estimate that goes with {@link #ratioCi}. */
    public static Double ratio(List<double[]> numerator, List<double[]> denominator) {
        Double n = median(numerator), d = median(denominator);
        return n == null || d == null || !(d > 0) ? null : n / d;
    }

    /** One resample's median: forks drawn with replacement, then each drawn fork's runs. */
    public static double resampledMedian(List<double[]> forks, RandomGenerator rng) {
        return percentile(resample(nonEmpty(forks), rng), 50);
    }

    /** Forks drawn with replacement, then each drawn fork's runs with replacement, pooled. */
    static double[] resample(List<double[]> forks, RandomGenerator rng) {
        int total = 0;
        int[] picked = new int[forks.size()];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = rng.nextInt(forks.size());
            total += forks.get(picked[i]).length;
        }
        double[] out = new double[total];
        int k = 0;
        for (int p : picked) {
            double[] runs = forks.get(p);
            for (int j = 0; j < runs.length; j++) out[k++] = runs[rng.nextInt(runs.length)];
        }
        return out;
    }

    private static Interval interval(double[] stats) {
        double tail = (1 - CONFIDENCE) / 2 * 100;
        return new Interval(percentile(stats, tail), percentile(stats, 100 - tail));
    }

    /** Percentile with interpolation between order statistics (the median of an even count is the mean of the middle two). */
    static double percentile(double[] v, double p) {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(v, p);
    }

    /** Every run of every fork, in one array. */
    public static double[] pool(List<double[]> forks) {
        return forks.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    private static List<double[]> nonEmpty(List<double[]> forks) {
        List<double[]> out = new ArrayList<>();
        if (forks != null) for (double[] f : forks) if (f != null && f.length > 0) out.add(f);
        return out;
    }
}

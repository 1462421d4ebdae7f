package org.gillab.harness.stats;

import java.util.Arrays;

/**
 * A cell whose runs fall into two groups: for instance forks whose JIT settled on two different
 * compilations, or a hash seed that changes a dict's layout. The median of such a cell describes
 * neither group, so the report names both and the share of runs in each.
 *
 * <p>The rule: split the sorted runs at the widest gap (on a log scale, so that it does not depend on
 * the unit) that leaves at least {@link #MIN_SHARE} of the runs, and three of them, on each side; the
 * cell is bimodal when the two groups are well apart by Ashman's D (the distance of their means over
 * their pooled spread, D = sqrt(2) |m1 - m2| / sqrt(s1^2 + s2^2)) above {@link #MIN_ASHMAN_D}, the empty
 * gap between them is at least as wide as the wider group, and their medians differ by at least
 * {@link #MIN_RATIO}. Halves of one normal sample give D of about 2.65, and choosing the widest gap
 * favours a high D by chance; the gap-to-width test is what keeps a normal spread from being called
 * bimodal (ModesTest measures how often it still is).
 *
 * @param lowMedian  the median of the faster group
 * @param highMedian the median of the slower group
 * @param lowShare   the share of runs in the faster group (0..1)
 */
public record Modes(double lowMedian, double highMedian, double lowShare) {
    static final double MIN_SHARE = 0.1, MIN_ASHMAN_D = 3.0, MIN_RATIO = 1.05;
    /** Fewer runs than this cannot show two groups of three: the default sweep's 3 forks x 3 runs just can. */
    static final int MIN_RUNS = 9;

    public double highShare() {
        return 1 - lowShare;
    }

    /** The two groups of {@code values}, or null when they form one group (or are too few to tell: under {@link #MIN_RUNS}). */
    public static Modes detect(double[] values) {
        int n = values.length;
        if (n < MIN_RUNS) return null;
        double[] v = values.clone();
        Arrays.sort(v);
        if (!(v[0] > 0)) return null;
        int least = Math.max(3, (int) Math.ceil(MIN_SHARE * n));
        int split = -1;
        double widest = 0;
        for (int i = least; i <= n - least; i++) { // split before index i
            double gap = Math.log(v[i]) - Math.log(v[i - 1]);
            if (gap > widest) {
                widest = gap;
                split = i;
            }
        }
        if (split < 0) return null;
        double[] low = Arrays.copyOfRange(v, 0, split), high = Arrays.copyOfRange(v, split, n);
        double lowMed = Bootstrap.percentile(low, 50), highMed = Bootstrap.percentile(high, 50);
        if (highMed < lowMed * MIN_RATIO) return null;
        double lowWidth = Math.log(low[low.length - 1]) - Math.log(low[0]), highWidth = Math.log(high[high.length - 1]) - Math.log(high[0]);
        if (widest < Math.max(lowWidth, highWidth)) return null;
        double spread = Math.sqrt(variance(low) + variance(high));
        double d = spread == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(2) * (mean(high) - mean(low)) / spread;
        return d < MIN_ASHMAN_D ? null : new Modes(lowMed, highMed, (double) split / n);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    private static double variance(double[] v) {
        return new org.apache.commons.math3.stat.descriptive.moment.Variance().evaluate(v);
    }
}

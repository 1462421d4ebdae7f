package org.gillab.harness.metrics;

import java.util.Arrays;
import java.util.List;

/** Median, minimum and maximum of a handful of repetitions. */
public record Stats(double median, double min, double max) {
    /** Of {@code values}; empty: null. The median of an even count is the mean of the middle two. */
    public static Stats of(List<Double> values) {
        if (values.isEmpty()) return null;
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Stats(median, v[0], v[n - 1]);
    }

    /** Whether this range and {@code other}'s are apart: each median lies outside the other's range. */
    public boolean movedFrom(Stats other) {
        return (median < other.min || median > other.max) && (other.median < min || other.median > max);
    }
}

package org.gillab.harness.stats;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A confidence interval, written in results.json as {@code [low, high]}. */
public record Interval(double low, double high) {
    public Interval {
        if (!(low <= high)) throw new IllegalArgumentException("interval [" + low + ", " + high + "]");
    }

    @JsonCreator
    static Interval of(double[] bounds) {
        return bounds == null || bounds.length != 2 ? null : new Interval(bounds[0], bounds[1]);
    }

    @JsonValue
    double[] bounds() {
        return new double[] {low, high};
    }

    public boolean contains(double v) {
        return low <= v && v <= high;
    }

    /** Whether the two intervals share a point. */
    public boolean overlaps(Interval o) {
        return low <= o.high && o.low <= high;
    }

    /** e.g. {@code [1.02-1.08]}. */
    public String format(String pattern) {
        return "[" + String.format(Locale.ROOT, pattern, low) + "-" + String.format(Locale.ROOT, pattern, high) + "]";
    }
}

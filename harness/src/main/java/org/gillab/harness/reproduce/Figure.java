package org.gillab.harness.reproduce;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A measured figure: one line for people, and the numbers behind it by name for machines (every
 * value finite). A figure that could not be measured has no values and says why in its text.
 */
public record Figure(String text, Map<String, Double> values, boolean measured) {
    public Figure {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("figure value " + e.getKey() + " is not a finite number: " + e.getValue());
            }
        }
    }

    public static Figure of(String text, Map<String, Double> values) {
        return new Figure(text, values, true);
    }

    /** Nothing measured, and why. */
    public static Figure none(String why) {
        return new Figure(why, Map.of(), false);
    }

    public double value(String name) {
        Double v = values.get(name);
        if (v == null) throw new IllegalArgumentException("no value " + name + " in " + values.keySet());
        return v;
    }

    /** {@code 1.23} */
    static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}

package org.gillab.obj;

/** Placeholder: replaced by the real shortest-repr implementation. */
public final class FloatRepr {
    private FloatRepr() {}

    public static String repr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e16) return String.format("%.1f", v);
        return Double.toString(v);
    }
}

package org.gillab.harness.report;

import java.util.List;
import java.util.Map;

/**
 * One colour and one marker per model, the same in every chart of the report. The colours are the
 * Okabe-Ito palette, chosen to stay apart for colour-blind readers, without its yellow (unreadable on
 * white, and next to orange); the markers tell the models apart again in grey print.
 */
record ModelStyle(String colour, String marker) {
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#8C510A", "#332288", "#882255", "#117733");
    private static final List<String> MARKERS = List.of("circle", "square", "triangle", "diamond", "down", "cross");

    /** The models gillab ships, in a fixed order, so that each keeps its style whichever subset a sweep runs. */
    private static final List<String> KNOWN = List.of("gil", "free-threaded", "subinterpreters", "fine-grained", "gil-ticks",
            "processes", "actors", "cooperative", "fifo-gil", "cpython");

    private static final Map<String, ModelStyle> FIXED = Map.of(
            "baseline", new ModelStyle("#000000", "circle"),
            "unsafe", new ModelStyle("#777777", "square"));

    static ModelStyle of(String model) {
        ModelStyle f = FIXED.get(model);
        if (f != null) return f;
        int i = KNOWN.indexOf(model.startsWith("cpython") ? "cpython" : model);
        if (i < 0) i = KNOWN.size() + Math.floorMod(model.hashCode(), 17);
        return new ModelStyle(COLOURS.get(i % COLOURS.size()), MARKERS.get(i % MARKERS.size()));
    }

    /** The marker as SVG, centred on (x, y). */
    String svg(double x, double y, double r, String title) {
        String fill = "fill=\"" + colour + "\" stroke=\"#fff\" stroke-width=\"0.8\"";
        String t = title == null ? "" : "<title>" + HtmlReport.esc(title) + "</title>";
        String at = String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y);
        return switch (marker) {
            case "square" -> String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" %s>%s</rect>",
                    x - r, y - r, 2 * r, 2 * r, fill, t);
            case "triangle" -> poly(new double[] {x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8}, fill, t);
            case "down" -> poly(new double[] {x, y + r * 1.2, x + r * 1.1, y - r * 0.8, x - r * 1.1, y - r * 0.8}, fill, t);
            case "diamond" -> poly(new double[] {x, y - r * 1.3, x + r * 1.3, y, x, y + r * 1.3, x - r * 1.3, y}, fill, t);
            case "cross" -> "<g transform=\"translate(" + at + ")\"><path d=\"M-4,-4L4,4M-4,4L4,-4\" stroke=\"" + colour
                    + "\" stroke-width=\"2.5\">" + t + "</path></g>";
            default -> String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" %s>%s</circle>", x, y, r, fill, t);
        };
    }

    private static String poly(double[] p, String fill, String title) {
        StringBuilder b = new StringBuilder("<polygon points=\"");
        for (int i = 0; i < p.length; i += 2) b.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", p[i], p[i + 1]));
        return b.append("\" ").append(fill).append(">").append(title).append("</polygon>").toString();
    }
}

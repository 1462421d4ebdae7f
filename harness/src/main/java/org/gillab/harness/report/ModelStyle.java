package org.gillab.harness.report;

import java.util.List;
import java.util.Map;

/**
 * One colour and one marker per model, the same in every chart of the report. The colours start from
 * the Okabe-Ito palette, without its yellow and its orange (unreadable on white, and the orange too
 * close to the vermillion beside it) and with its sky blue darkened to teal, then Paul Tol's indigo,
 * wine, olive (darkened) and purple; each has a contrast of at least 3:1 on white (WCAG's floor for
 * graphics), so that it reads as a line, a marker or a label. The markers tell the models apart
 * again in grey print, and where two colours are alike (the blues, the greens) the markers differ.
 * CPython's own cells ({@code cpython-VERSION-MODE}) take the colour of the model that mode stands
 * for (threads: gil, or free-threaded on a {@code t} build; processes; interpreters: subinterpreters)
 * with a plus for a marker, so that each sits beside its counterpart and is never taken for it.
 */
record ModelStyle(String colour, String marker) {
    private static final Map<String, ModelStyle> FIXED = Map.ofEntries(
            Map.entry("baseline", new ModelStyle("#000000", "circle")),
            Map.entry("unsafe", new ModelStyle("#777777", "square")),
            Map.entry("gil", new ModelStyle("#0072B2", "circle")),
            Map.entry("free-threaded", new ModelStyle("#D55E00", "square")),
            Map.entry("subinterpreters", new ModelStyle("#009E73", "triangle")),
            Map.entry("fine-grained", new ModelStyle("#CC79A7", "diamond")),
            Map.entry("gil-ticks", new ModelStyle("#332288", "down")),
            Map.entry("processes", new ModelStyle("#8C510A", "cross")),
            Map.entry("actors", new ModelStyle("#882255", "triangle")),
            Map.entry("cooperative", new ModelStyle("#008080", "diamond")),
            Map.entry("gevent", new ModelStyle("#7A7A00", "square")),
            Map.entry("fifo-gil", new ModelStyle("#AA4499", "circle")));

    /** For a plugin gillab does not know: a colour and marker picked by its name, never the baseline's black. */
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#332288", "#8C510A", "#882255",
            "#008080", "#7A7A00", "#AA4499");
    private static final List<String> MARKERS = List.of("circle", "square", "triangle", "diamond", "down", "cross");

    /** The models gillab ships, for the tests that check their styles stay apart. */
    static java.util.Set<String> known() {
        return FIXED.keySet();
    }

    static ModelStyle of(String model) {
        ModelStyle f = FIXED.get(model);
        if (f != null) return f;
        if (model.startsWith("cpython-")) {
            String[] parts = model.split("-");
            String mode = parts[parts.length - 1], version = parts.length > 2 ? parts[1] : "";
            String twin = switch (mode) {
                case "threads" -> version.endsWith("t") ? "free-threaded" : "gil";
                case "processes" -> "processes";
                case "interpreters" -> "subinterpreters";
                default -> "baseline";
            };
            return new ModelStyle(FIXED.get(twin).colour(), "plus");
        }
        int h = Math.floorMod(model.hashCode(), COLOURS.size() * MARKERS.size());
        return new ModelStyle(COLOURS.get(h % COLOURS.size()), MARKERS.get(h / COLOURS.size()));
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
            case "plus" -> "<g transform=\"translate(" + at + ")\"><path d=\"M-5,0L5,0M0,-5L0,5\" stroke=\"" + colour
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

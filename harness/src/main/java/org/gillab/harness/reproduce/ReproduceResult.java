package org.gillab.harness.reproduce;

import java.util.List;
import java.util.Map;

/**
 * One experiment's line of reproduce.json: the published figure, CPython's here, gillab's, and the
 * verdict with the band it was judged by.
 *
 * @param verdict  {@code reproduced}, {@code differs}, or {@code not measured (reason)}
 * @param commands the {@code gillab run} sweeps that measured it
 */
public record ReproduceResult(String name, String source, String reference, String cpython, String gillab, String verdict,
                              String band, String scale, String command, List<String> commands,
                              Map<String, Double> cpythonValues, Map<String, Double> gillabValues) {
    public static final String REPRODUCED = "reproduced", DIFFERS = "differs", NOT_MEASURED = "not measured";

    public ReproduceResult {
        commands = List.copyOf(commands);
        cpythonValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cpythonValues)); // in the figure's order
        gillabValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gillabValues));
    }
}

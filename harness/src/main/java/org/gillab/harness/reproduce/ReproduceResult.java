package org.gillab.harness.reproduce;

import java.util.List;
import java.util.Map;

/**
 * One experiment's line of reproduce.json: the published figure, CPython's here, gillab's, and the
 * verdict with the band it was judged by.
 *
 * @param verdict  {@code reproduced}, {@code differs}, {@code inconclusive (why)}, or {@code not measured (reason)}
 * @param commands the {@code gillab run} sweeps that measured it
 * @param agreement the share of bootstrap resamples of the cells whose figure lies within the band (null: not measured, or no samples)
 */
public record ReproduceResult(String name, String source, String reference, String cpython, String gillab, String verdict,
                              String band, String scale, String command, List<String> commands,
                              Map<String, Double> cpythonValues, Map<String, Double> gillabValues, Double agreement) {
    public static final String REPRODUCED = "reproduced", DIFFERS = "differs", INCONCLUSIVE = "inconclusive", NOT_MEASURED = "not measured";

    /** Without a bootstrap agreement (not measured, or no samples). */
    public ReproduceResult(String name, String source, String reference, String cpython, String gillab, String verdict,
                           String band, String scale, String command, List<String> commands,
                           Map<String, Double> cpythonValues, Map<String, Double> gillabValues) {
        this(name, source, reference, cpython, gillab, verdict, band, scale, command, commands, cpythonValues, gillabValues, null);
    }

    public ReproduceResult {
        commands = List.copyOf(commands);
        cpythonValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cpythonValues)); // in the figure's order
        gillabValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gillabValues));
    }
}

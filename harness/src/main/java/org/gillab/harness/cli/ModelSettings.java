package org.gillab.harness.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.harness.wiring.Catalog;

import picocli.CommandLine.Option;

/**
 * {@code -o MODEL.NAME=VALUE}, the same option on exec and run: the form {@code gillab list}
 * prints ({@code gil.interval=5ms}); {@code NAME=VALUE} alone when the command runs one model.
 */
final class ModelSettings {
    @Option(names = {"-o", "--option"}, paramLabel = "MODEL.NAME=VALUE",
            description = "a model setting as gillab list prints it, such as gil.interval=1ms; NAME=VALUE alone when one model is run (repeatable)")
    Map<String, String> given = new LinkedHashMap<>();

    boolean isEmpty() {
        return given.isEmpty();
    }

    /** Per model of {@code models} (in order), the settings given for it; empty when none. */
    Map<String, Map<String, String>> perModel(List<String> models, Catalog catalog) {
        Map<String, Map<String, String>> per = new LinkedHashMap<>();
        for (String m : models) per.put(m, new LinkedHashMap<>());
        for (Map.Entry<String, String> e : given.entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            String model;
            if (dot < 0) {
                if (models.size() != 1) {
                    throw new IllegalArgumentException("--option " + key + "=" + e.getValue()
                            + ": name the model, as in gil." + key + "=" + e.getValue() + " (this run has several)");
                }
                model = models.get(0);
            } else {
                model = key.substring(0, dot);
                key = key.substring(dot + 1);
                if (model.isEmpty() || key.isEmpty()) {
                    throw new IllegalArgumentException("--option " + e.getKey() + ": expected MODEL.NAME=VALUE, e.g. gil.interval=1ms");
                }
            }
            if (!per.containsKey(model)) {
                catalog.model(model); // unknown: names the nearest
                throw new IllegalArgumentException("--option " + e.getKey() + ": model " + model + " is not run here (" + String.join(", ", models) + ")");
            }
            per.get(model).put(key, e.getValue());
        }
        return per;
    }
}

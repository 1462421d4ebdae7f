package org.gillab.bench;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelChoice;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelRegistry;

/**
 * The models on the benchmark jar's class path, by the names users type ({@code gil},
 * {@code free-threaded}, ...), plus {@code none}: the interpreter's do-nothing hooks, the floor every
 * model is compared with. A model module added to bench/pom.xml is found here without other changes.
 */
final class Models {
    private Models() {}

    /** The do-nothing hooks; not a registered model. */
    static final String NONE = "none";

    private static ModelRegistry registry;

    static synchronized ModelRegistry registry() {
        if (registry == null) registry = ModelRegistry.discover();
        return registry;
    }

    /**
     * The model named {@code name} with {@code options} checked as {@code --option} values are; an
     * unknown name or a bad option ends the fork with the reason (the nearest name, the known ones).
     */
    static ModelChoice choose(String name, Map<String, String> options) {
        try {
            return registry().choose(name, options);
        } catch (ModelOptionException e) {
            throw UsageError.exit(e.getMessage());
        }
    }

    /** A model for one benchmark trial. */
    static ConcurrencyModel create(String name, Map<String, String> options) {
        return name.equals(NONE) ? new NoHooks() : choose(name, options).create();
    }

    /** The interpreter's defaults for every hook. */
    private static final class NoHooks implements ConcurrencyModel {
        @Override
        public Map<String, Long> counters() {
            return Map.of();
        }
    }
}

package org.gillab.bench;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;
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

    /** The factory named {@code name}; an unknown name ends the fork with the known ones listed. */
    static ModelFactory factory(String name) {
        try {
            return registry().get(name);
        } catch (ModelOptionException e) {
            throw UsageError.exit(e.getMessage());
        }
    }

    /** A model for one benchmark trial, with {@code options} checked as {@code --option} values are. */
    static ConcurrencyModel create(String name, Map<String, String> options) {
        if (name.equals(NONE)) return new NoHooks();
        ModelFactory f = factory(name);
        try {
            return f.create(ModelOptions.of(name, f.options(), options));
        } catch (ModelOptionException e) {
            throw UsageError.exit(e.getMessage());
        }
    }

    /** The interpreter's defaults for every hook. */
    private static final class NoHooks implements ConcurrencyModel {
        @Override
        public Map<String, Long> counters() {
            return Map.of();
        }
    }
}

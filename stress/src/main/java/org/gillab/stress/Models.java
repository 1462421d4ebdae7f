package org.gillab.stress;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelRegistry;

/**
 * The models under test, made the way a run makes them: found by name among the plugins on the class
 * path and given checked options ({@link ModelRegistry#choose}). Each test class keeps one model in a
 * static field, so that every state of a forked test VM shares its locks, as every worker of a run shares them.
 */
final class Models {
    private Models() {}

    static ConcurrencyModel create(String name) {
        return create(name, Map.of());
    }

    static ConcurrencyModel create(String name, Map<String, String> given) {
        return ModelRegistry.discover().choose(name, given).create();
    }
}

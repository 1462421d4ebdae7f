package org.gillab.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;

/**
 * The models on the class path: every {@link ModelPlugin} that {@link ServiceLoader} finds, wired by
 * Guice into one map from name to factory. Two plugins with one name are a wiring error Guice reports.
 */
public final class ModelRegistry {
    private final Map<String, ModelFactory> models;

    private ModelRegistry(Map<String, ModelFactory> models) {
        this.models = models;
    }

    public static ModelRegistry discover() {
        List<com.google.inject.Module> plugins = new ArrayList<>();
        for (ModelPlugin p : ServiceLoader.load(ModelPlugin.class)) plugins.add(p);
        return fromModules(plugins);
    }

    /** The registry the given Guice modules (plugins) bind. */
    public static ModelRegistry fromModules(List<? extends com.google.inject.Module> plugins) {
        if (plugins.isEmpty()) return new ModelRegistry(Map.of());
        Injector injector = Guice.createInjector(plugins);
        Map<String, ModelFactory> bound = injector.getInstance(Key.get(new TypeLiteral<Map<String, ModelFactory>>() {}));
        return new ModelRegistry(Collections.unmodifiableMap(new TreeMap<>(bound)));
    }

    public Map<String, ModelFactory> all() {
        return models;
    }

    /** The factory for {@code name}; an unknown name is a {@link ModelOptionException} listing the known ones. */
    public ModelFactory get(String name) {
        ModelFactory f = models.get(name);
        if (f == null) {
            throw new ModelOptionException("unknown model '" + name + "' (known: "
                    + (models.isEmpty() ? "none on the class path" : String.join(", ", models.keySet())) + ")");
        }
        return f;
    }
}

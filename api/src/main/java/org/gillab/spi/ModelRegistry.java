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
 * The one registry of models: every {@link ModelPlugin} that {@link ServiceLoader} finds through a
 * class loader (the class path, or the class path and a plugins folder's jars), wired by one Guice
 * injector into one map from name to factory. Two plugins with one name are a wiring error Guice
 * reports. Every command, the forked JVMs, the benchmarks and the stress tests get their models
 * from here, through {@link #choose}.
 */
public final class ModelRegistry {
    private final Map<String, ModelFactory> models;

    private ModelRegistry(Map<String, ModelFactory> models) {
        this.models = models;
    }

    /** The plugins on the class path. */
    public static ModelRegistry discover() {
        return discover(ModelRegistry.class.getClassLoader());
    }

    /** The plugins {@code loader} sees (the harness's adds a plugins folder's jars to the class path). */
    public static ModelRegistry discover(ClassLoader loader) {
        List<com.google.inject.Module> plugins = new ArrayList<>();
        for (ModelPlugin p : ServiceLoader.load(ModelPlugin.class, loader)) plugins.add(p);
        return fromModules(plugins);
    }

    /** The registry the given Guice modules (plugins) bind. */
    public static ModelRegistry fromModules(List<? extends com.google.inject.Module> plugins) {
        if (plugins.isEmpty()) return new ModelRegistry(Map.of());
        Injector injector = Guice.createInjector(plugins);
        Map<String, ModelFactory> bound = injector.getInstance(Key.get(new TypeLiteral<Map<String, ModelFactory>>() {}));
        return new ModelRegistry(Collections.unmodifiableMap(new TreeMap<>(bound)));
    }

    /** Every model, by name, in name order. */
    public Map<String, ModelFactory> all() {
        return models;
    }

    /** The factory for {@code name}; an unknown name is an {@link UnknownModelException} naming the nearest one. */
    public ModelFactory get(String name) {
        ModelFactory f = models.get(name);
        if (f == null) throw new UnknownModelException(name, models.keySet());
        return f;
    }

    /**
     * The model called {@code name} with {@code given} settings, checked: an unknown model or option,
     * or a value the model cannot read, is a {@link ModelOptionException} that names it. A model reads
     * its values when it is made, so settings other than the defaults are checked by making one model
     * and closing it (the defaults are the factory's own and need no check).
     */
    public ModelChoice choose(String name, Map<String, String> given) {
        ModelFactory f = get(name);
        ModelChoice choice = new ModelChoice(f, ModelOptions.of(f, given));
        if (!given.isEmpty()) choice.create().close();
        return choice;
    }
}

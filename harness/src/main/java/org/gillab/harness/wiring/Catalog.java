package org.gillab.harness.wiring;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.gillab.harness.library.Workload;
import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.library.WorkloadLibrary.LibraryError;
import org.gillab.spi.ModelChoice;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelRegistry;
import org.gillab.spi.UnknownModelException;

/**
 * What a sweep can draw on: the models ({@link ModelRegistry}, found through the plugins folder's
 * class loader), the workloads by name, and the plugin jars a forked JVM needs on its class path.
 */
public final class Catalog {
    private final ModelRegistry models;
    private final Map<String, Workload> workloads;
    private final PluginLoader plugins;

    private Catalog(ModelRegistry models, Map<String, Workload> workloads, PluginLoader plugins) {
        this.models = models;
        this.workloads = new TreeMap<>(workloads);
        this.plugins = plugins;
    }

    /** The catalog for a plugins folder (null: the class path's models only) and a workload library folder. */
    public static Catalog wire(Path pluginsFolder, Path workloadsFolder) {
        PluginLoader plugins = PluginLoader.of(pluginsFolder);
        return new Catalog(plugins.registry(), WorkloadLibrary.load(workloadsFolder).all(), plugins);
    }

    public ModelRegistry registry() {
        return models;
    }

    public Map<String, ModelFactory> models() {
        return models.all();
    }

    public Map<String, Workload> workloads() {
        return workloads;
    }

    public PluginLoader plugins() {
        return plugins;
    }

    /** The model called {@code name}; unknown: an {@link UnknownModelException} naming the nearest. */
    public ModelFactory model(String name) {
        return models.get(name);
    }

    /** The model called {@code name} with {@code given} settings, checked ({@link ModelRegistry#choose}). */
    public ModelChoice choose(String name, Map<String, String> given) {
        return models.choose(name, given);
    }

    /** The workload called {@code name}; unknown: a {@link LibraryError} naming the nearest and listing the known ones. */
    public Workload workload(String name) {
        Workload w = workloads.get(name);
        if (w == null) w = workloads.get(name.replace('_', '-'));
        if (w == null) {
            throw new LibraryError("unknown workload '" + name + "'" + UnknownModelException.didYouMean(name, workloads.keySet())
                    + " (known: " + String.join(", ", workloads.keySet()) + "; or give a file with --workload path/to/file.py)");
        }
        return w;
    }
}

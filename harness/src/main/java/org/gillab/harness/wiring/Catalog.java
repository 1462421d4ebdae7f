package org.gillab.harness.wiring;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.gillab.harness.library.Workload;
import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.library.WorkloadLibrary.LibraryError;
import org.gillab.spi.ModelFactory;

import com.google.inject.Guice;
import com.google.inject.Inject;

/**
 * What a sweep can draw on, as Guice wired it: the models by name, the workloads by name, and the
 * plugin jars a forked JVM needs on its class path.
 */
public final class Catalog {
    private final Map<String, ModelFactory> models;
    private final Map<String, Workload> workloads;
    private final PluginLoader plugins;

    @Inject
    Catalog(Map<String, ModelFactory> models, Map<String, Workload> workloads, PluginLoader plugins) {
        this.models = new TreeMap<>(models);
        this.workloads = new TreeMap<>(workloads);
        this.plugins = plugins;
    }

    /** The catalog for a plugins folder and a workload library folder. */
    public static Catalog wire(Path pluginsFolder, Path workloadsFolder) {
        return Guice.createInjector(new HarnessModule(PluginLoader.of(pluginsFolder), WorkloadLibrary.load(workloadsFolder)))
                .getInstance(Catalog.class);
    }

    public Map<String, ModelFactory> models() {
        return models;
    }

    public Map<String, Workload> workloads() {
        return workloads;
    }

    public PluginLoader plugins() {
        return plugins;
    }

    /** The model called {@code name}; unknown: a {@link LibraryError} listing the known ones. */
    public ModelFactory model(String name) {
        ModelFactory f = models.get(name);
        if (f == null) throw new LibraryError("unknown model '" + name + "' (known: " + String.join(", ", models.keySet()) + ")");
        return f;
    }

    /** The workload called {@code name}; unknown: a {@link LibraryError} listing the known ones. */
    public Workload workload(String name) {
        Workload w = workloads.get(name);
        if (w == null) w = workloads.get(name.replace('_', '-'));
        if (w == null) {
            throw new LibraryError("unknown workload '" + name + "' (known: " + String.join(", ", workloads.keySet())
                    + "; or give a file with --workload path/to/file.py)");
        }
        return w;
    }
}

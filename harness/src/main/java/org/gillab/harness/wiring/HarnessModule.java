package org.gillab.harness.wiring;

import java.util.List;

import org.gillab.harness.library.Workload;
import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelPlugin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;

/**
 * The harness's wiring: each model plugin installs itself (adding its factory to the
 * {@code Map<String, ModelFactory>} map binding), each workload of the library is bound in a
 * {@code Map<String, Workload>}, and the plugin loader is there for whoever forks a JVM.
 */
public final class HarnessModule extends AbstractModule {
    private final PluginLoader plugins;
    private final WorkloadLibrary library;

    public HarnessModule(PluginLoader plugins, WorkloadLibrary library) {
        this.plugins = plugins;
        this.library = library;
    }

    @Override
    protected void configure() {
        List<ModelPlugin> found = plugins.plugins();
        for (ModelPlugin p : found) install(p);
        MapBinder.newMapBinder(binder(), String.class, ModelFactory.class); // an empty map when no plugin is found
        MapBinder<String, Workload> workloads = MapBinder.newMapBinder(binder(), String.class, Workload.class);
        for (Workload w : library.all().values()) workloads.addBinding(w.name()).toInstance(w);
        bind(PluginLoader.class).toInstance(plugins);
        bind(WorkloadLibrary.class).toInstance(library);
    }
}

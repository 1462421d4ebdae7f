package org.gillab.spi;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;

/**
 * How a model module registers itself: a Guice module, listed in
 * {@code META-INF/services/org.gillab.spi.ModelPlugin} so that {@link java.util.ServiceLoader} finds
 * it, which adds the model's {@link ModelFactory} to the map of models by name.
 *
 * <pre>
 * public final class GilPlugin extends ModelPlugin {
 *     public GilPlugin() { super(new GilFactory()); }
 * }
 * </pre>
 */
public abstract class ModelPlugin extends AbstractModule {
    private final ModelFactory factory;

    protected ModelPlugin(ModelFactory factory) {
        this.factory = factory;
    }

    public final ModelFactory factory() {
        return factory;
    }

    @Override
    protected final void configure() {
        MapBinder.newMapBinder(binder(), String.class, ModelFactory.class)
                .addBinding(factory.name()).toInstance(factory);
    }
}

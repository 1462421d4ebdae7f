package org.gillab.spi;

/**
 * A model picked by name with its settings checked ({@link ModelRegistry#choose}): what a run is made
 * from. Each {@link #create} is a fresh model for one run.
 */
public record ModelChoice(ModelFactory factory, ModelOptions options) {
    /** The name users type. */
    public String name() {
        return factory.name();
    }

    public ConcurrencyModel create() {
        return factory.create(options);
    }
}

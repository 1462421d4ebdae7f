package org.gillab.models.actors;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;

/**
 * {@code actors}: every worker is an Apache Pekko typed actor that owns an interpreter of its own;
 * channels are actors too, and values cross between workers only as messages carrying copies. A worker
 * that raises fails its actor, and its supervisor (the run's guardian) reports it.
 */
public final class ActorsFactory implements ModelFactory {
    @Override
    public String name() {
        return "actors";
    }

    @Override
    public String description() {
        return "Apache Pekko typed actors: one actor and one interpreter per worker, channels as actor messages";
    }

    @Override
    public ConcurrencyModel create(ModelOptions options) {
        return new ActorsModel();
    }
}

package org.gillab.models.actors;

import org.gillab.spi.ModelPlugin;

/** Registers the actors model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class ActorsPlugin extends ModelPlugin {
    public ActorsPlugin() {
        super(new ActorsFactory());
    }
}

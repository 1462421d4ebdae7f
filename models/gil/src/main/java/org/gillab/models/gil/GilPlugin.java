package org.gillab.models.gil;

import org.gillab.spi.ModelPlugin;

/** Registers the gil model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class GilPlugin extends ModelPlugin {
    public GilPlugin() {
        super(new GilFactory());
    }
}

package org.gillab.models.freethreaded;

import org.gillab.spi.ModelPlugin;

/** Registers the free-threaded model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class FreeThreadedPlugin extends ModelPlugin {
    public FreeThreadedPlugin() {
        super(new FreeThreadedFactory());
    }
}

package org.gillab.models.gevent;

import org.gillab.spi.ModelPlugin;

/** Registers the gevent model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class GeventPlugin extends ModelPlugin {
    public GeventPlugin() {
        super(new GeventFactory());
    }
}

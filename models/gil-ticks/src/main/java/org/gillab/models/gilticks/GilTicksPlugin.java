package org.gillab.models.gilticks;

import org.gillab.spi.ModelPlugin;

/** Registers the gil-ticks model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class GilTicksPlugin extends ModelPlugin {
    public GilTicksPlugin() {
        super(new GilTicksFactory());
    }
}

package org.gillab.models.cooperative;

import org.gillab.spi.ModelPlugin;

/** Registers the cooperative model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class CooperativePlugin extends ModelPlugin {
    public CooperativePlugin() {
        super(new CooperativeFactory());
    }
}

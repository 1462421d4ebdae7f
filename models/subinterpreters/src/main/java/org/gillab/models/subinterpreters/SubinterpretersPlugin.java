package org.gillab.models.subinterpreters;

import org.gillab.spi.ModelPlugin;

/** Registers the subinterpreters model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class SubinterpretersPlugin extends ModelPlugin {
    public SubinterpretersPlugin() {
        super(new SubinterpretersFactory());
    }
}

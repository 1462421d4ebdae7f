package org.gillab.models.unsafe;

import org.gillab.spi.ModelPlugin;

/** Registers the unsafe model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class UnsafePlugin extends ModelPlugin {
    public UnsafePlugin() {
        super(new UnsafeFactory());
    }
}

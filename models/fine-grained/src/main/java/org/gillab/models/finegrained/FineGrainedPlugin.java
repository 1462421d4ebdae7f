package org.gillab.models.finegrained;

import org.gillab.spi.ModelPlugin;

/** Registers the fine-grained model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class FineGrainedPlugin extends ModelPlugin {
    public FineGrainedPlugin() {
        super(new FineGrainedFactory());
    }
}

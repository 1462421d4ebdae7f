package org.gillab.examples.fifogil;

import org.gillab.spi.ModelPlugin;

/**
 * What {@link java.util.ServiceLoader} finds: it is listed in
 * {@code META-INF/services/org.gillab.spi.ModelPlugin}, so dropping the jar into {@code plugins/} is
 * enough for the harness to offer the model.
 */
public final class FifoGilPlugin extends ModelPlugin {
    public FifoGilPlugin() {
        super(new FifoGilFactory());
    }
}

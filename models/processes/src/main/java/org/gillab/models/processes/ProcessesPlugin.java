package org.gillab.models.processes;

import org.gillab.spi.ModelPlugin;

/** Registers the processes model (listed in META-INF/services/org.gillab.spi.ModelPlugin). */
public final class ProcessesPlugin extends ModelPlugin {
    public ProcessesPlugin() {
        super(new ProcessesFactory());
    }
}

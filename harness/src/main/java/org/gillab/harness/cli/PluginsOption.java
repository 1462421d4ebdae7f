package org.gillab.harness.cli;

import java.nio.file.Path;

import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.wiring.Catalog;
import org.gillab.harness.wiring.Home;

import picocli.CommandLine.Option;

/**
 * {@code --plugins DIR}, the same on every command that names models: extra model jars, by default
 * {@code plugins/} in gillab's home (not the working directory, so that {@code gillab} finds the same
 * models wherever it is started).
 */
final class PluginsOption {
    @Option(names = "--plugins", paramLabel = "DIR",
            description = "extra model jars (default: plugins/ in gillab's home, wherever gillab is started)")
    Path folder;

    Path folder() {
        return folder != null ? folder : Home.plugins();
    }

    /** The models (the class path's and the folder's) and the workload library. */
    Catalog catalog() {
        return Catalog.wire(folder(), WorkloadLibrary.defaultDirectory());
    }
}

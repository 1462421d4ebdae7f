package org.gillab.harness.wiring;

import java.nio.file.Path;

import org.gillab.harness.library.WorkloadLibrary;

/**
 * gillab's home: the checkout the launcher lives in, whatever the working directory. {@code
 * -Dgillab.root} names it (the build's tests set it); else it is the folder above {@code harness/},
 * found from where the harness's classes are.
 */
public final class Home {
    private Home() {}

    public static Path root() {
        String given = System.getProperty("gillab.root");
        if (given != null) return Path.of(given).toAbsolutePath();
        Path harness = WorkloadLibrary.defaultDirectory().toAbsolutePath().getParent();
        return harness != null && harness.getParent() != null ? harness.getParent() : Path.of("").toAbsolutePath();
    }

    /** Where extra model jars go by default: {@code plugins/} in the home. */
    public static Path plugins() {
        return root().resolve("plugins");
    }
}

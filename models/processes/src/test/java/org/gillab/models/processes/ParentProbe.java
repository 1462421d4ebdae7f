package org.gillab.models.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;

/** A parent JVM for {@link ProcessesModelTest}'s tests of what happens to children when their parent is stopped. */
public final class ParentProbe {
    private ParentProbe() {}

    public static void main(String[] args) {
        ModelRuns.run(new ProcessesFactory(), Map.of(), Path.of(args[0]), 2, 1, Duration.ofSeconds(120));
    }
}

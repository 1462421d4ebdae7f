package org.gillab.workload;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where gillab's shipped workloads are ({@code harness/workloads}): the one finder the harness, the
 * model contract kit and the benchmarks share. {@code -Dgillab.workloads} names the folder; else it
 * is looked for upward from where gillab's classes were loaded (a checkout's {@code target/classes},
 * {@code harness/target/lib} or {@code bench/target} jar), so that any working directory will do,
 * then upward from the working directory.
 */
public final class WorkloadFolder {
    private WorkloadFolder() {}

    /** The system property that names the folder. */
    public static final String PROPERTY = "gillab.workloads";

    private static final Path IN_CHECKOUT = Path.of("harness", "workloads");

    /** The folder, or empty when none was given and none is found. */
    public static Optional<Path> locate() {
        String given = System.getProperty(PROPERTY);
        if (given != null) return Optional.of(Path.of(given));
        try {
            Optional<Path> nearClasses = upwardFrom(Path.of(WorkloadFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            if (nearClasses.isPresent()) return nearClasses;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source to start from: the working directory below
        }
        return upwardFrom(Path.of("").toAbsolutePath());
    }

    private static Optional<Path> upwardFrom(Path start) {
        for (Path d = start; d != null; d = d.getParent()) {
            Path w = d.resolve(IN_CHECKOUT);
            if (Files.isDirectory(w)) return Optional.of(w);
        }
        return Optional.empty();
    }
}

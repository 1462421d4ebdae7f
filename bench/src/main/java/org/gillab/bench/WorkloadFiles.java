package org.gillab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where workload files are: {@code -Dgillab.workloads=DIR} if given (as for the model contract
 * tests), else the repository's {@code harness/workloads}, looked for from the working directory
 * upwards; and the suite's own workloads, shipped inside the jar.
 */
final class WorkloadFiles {
    private WorkloadFiles() {}

    static final String PROPERTY = "gillab.workloads";
    private static final Path IN_REPOSITORY = Path.of("harness", "workloads");

    /** The shipped workload {@code name} ({@code countdown}, {@code nbody.py}) or a path to one. */
    static Path shipped(String name) {
        String file = name.endsWith(".py") ? name : name + ".py";
        if (file.contains("/")) return existing(Path.of(file));
        return existing(directory().resolve(file));
    }

    private static Path directory() {
        String dir = System.getProperty(PROPERTY);
        if (dir != null) return Path.of(dir);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(IN_REPOSITORY);
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw UsageError.exit("cannot find the workloads (harness/workloads): run from inside the repository, "
                + "or give their folder with java -D" + PROPERTY + "=DIR -jar benchmarks.jar");
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) throw UsageError.exit("no workload file " + file);
        return file;
    }

    /**
     * The suite's own workload {@code name}, copied out of the jar into {@code dir} under its own name
     * (a workload's module name is its file's).
     */
    static Path ownCopy(String name, Path dir) {
        Path file = dir.resolve(name);
        try (InputStream in = WorkloadFiles.class.getResourceAsStream("workloads/" + name)) {
            if (in == null) throw new IllegalStateException("workloads/" + name + " is missing from the benchmark jar");
            Files.copy(in, file);
        } catch (IOException e) {
            throw UsageError.exit("cannot write " + file + ": " + e.getMessage());
        }
        return file;
    }
}

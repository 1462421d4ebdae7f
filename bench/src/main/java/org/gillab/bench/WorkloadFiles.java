package org.gillab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gillab.workload.WorkloadFolder;

/**
 * Where workload files are: the repository's {@code harness/workloads} as {@link WorkloadFolder}
 * finds it ({@code -Dgillab.workloads=DIR} if given, as for the model contract tests); and the
 * suite's own workloads, shipped inside the jar.
 */
final class WorkloadFiles {
    private WorkloadFiles() {}

    /** The shipped workload {@code name} ({@code countdown}, {@code nbody.py}) or a path to one. */
    static Path shipped(String name) {
        String file = name.endsWith(".py") ? name : name + ".py";
        if (file.contains("/")) return existing(Path.of(file));
        return existing(directory().resolve(file));
    }

    private static Path directory() {
        return WorkloadFolder.locate().orElseThrow(() -> UsageError.exit("cannot find the workloads (harness/workloads): run from "
                + "inside the repository, or give their folder with java -D" + WorkloadFolder.PROPERTY + "=DIR -jar benchmarks.jar"));
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

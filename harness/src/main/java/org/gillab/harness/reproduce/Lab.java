package org.gillab.harness.reproduce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gillab.harness.library.Workload;
import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.wiring.Catalog;

/** What experiments draw on: the catalog's workloads, a folder for workloads they write, and this machine. */
public final class Lab {
    private final Catalog catalog;
    private final Path scratch;
    private final int cores;

    public Lab(Catalog catalog, Path scratch, int cores) {
        this.catalog = catalog;
        this.scratch = scratch;
        this.cores = cores;
    }

    public Catalog catalog() {
        return catalog;
    }

    public int cores() {
        return cores;
    }

    public Workload workload(String name) {
        return catalog.workload(name);
    }

    /** A workload an experiment needs that the library does not ship: written to the scratch folder, checked like a user's. */
    public Workload written(String fileName, String source) {
        try {
            Files.createDirectories(scratch);
            Path f = scratch.resolve(fileName);
            Files.writeString(f, source);
            return WorkloadLibrary.inspect(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fileName + " to " + scratch + ": " + e.getMessage(), e);
        }
    }

    public static List<Path> files(Workload... ws) {
        return java.util.Arrays.stream(ws).map(Workload::file).toList();
    }

    /** The command that confines a process to one CPU, or null when this machine has no taskset. */
    public List<String> oneCpu() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "taskset"))) return List.of("taskset", "-c", "0");
        }
        return null;
    }
}

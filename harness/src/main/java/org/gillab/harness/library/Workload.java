package org.gillab.harness.library;

import java.nio.file.Path;

import org.gillab.workload.WorkloadInfo;

/** A workload the harness can run: its name in sweeps, its file, and what its module declares. */
public record Workload(String name, Path file, WorkloadInfo info) {
    /** The library's name for a file: its stem, with underscores as hyphens ({@code shared_counter.py} is shared-counter). */
    public static String nameOf(Path file) {
        String stem = file.getFileName().toString();
        if (stem.endsWith(".py")) stem = stem.substring(0, stem.length() - 3);
        return stem.replace('_', '-');
    }
}

package org.gillab.workload;

import java.nio.file.Path;
import java.time.Duration;

import org.gillab.spi.ModelChoice;
import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;

/**
 * One run of a workload: which file, under which model and settings, on how many workers, how much
 * work ({@code size < 0}: the workload's own {@code SIZE}), how long before it counts as hung.
 */
public record RunSpec(Path file, ModelFactory model, ModelOptions options, int workers, long size,
                      Duration timeout, boolean audit) {
    public RunSpec {
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1");
    }

    /** A run of the model {@link org.gillab.spi.ModelRegistry#choose} checked. */
    public RunSpec(Path file, ModelChoice model, int workers, long size, Duration timeout, boolean audit) {
        this(file, model.factory(), model.options(), workers, size, timeout, audit);
    }
}

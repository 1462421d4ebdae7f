package org.gillab.models.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelOptions;
import org.gillab.workload.RunOutcome;
import org.gillab.workload.RunSpec;
import org.gillab.workload.WorkloadRunner;

/** Runs a workload under a model in this JVM, as {@code gillab exec --model} does, keeping its output. */
public final class ModelRuns {
    private ModelRuns() {}

    /** A run's outcome and what the program printed. */
    public record Run(RunOutcome outcome, String output) {}

    public static Run run(ModelFactory factory, Map<String, String> options, Path file, int workers, long size, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunSpec spec = new RunSpec(file, factory, ModelOptions.of(factory, options), workers, size, timeout, true);
        try {
            RunOutcome o = WorkloadRunner.run(spec, out);
            return new Run(o, out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

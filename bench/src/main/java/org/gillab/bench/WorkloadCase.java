package org.gillab.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.gillab.lang.SourceError;
import org.gillab.spi.ModelOptionException;
import org.gillab.workload.RunOutcome;
import org.gillab.workload.RunSpec;
import org.gillab.workload.WorkloadError;
import org.gillab.workload.WorkloadRunner;

/**
 * One whole run of a workload under a model, as {@code gillab exec} makes it (without the audit),
 * repeated per invocation. A run that does not end cleanly (a Python error, damage, a failed check,
 * a model that cannot express the workload) ends the fork with the reason: its time would mean nothing.
 */
final class WorkloadCase {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final RunSpec spec;
    private final String label;

    WorkloadCase(Path file, String model, int workers, long size) {
        this.spec = new RunSpec(file, Models.choose(model, Map.of()), workers, size, TIMEOUT, false);
        this.label = file.getFileName() + " under " + model + " on " + workers + " worker(s)";
    }

    void run() {
        RunOutcome outcome;
        try {
            outcome = WorkloadRunner.run(spec, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw UsageError.exit(label + ": cannot read the file: " + e.getMessage());
        } catch (SourceError e) {
            throw UsageError.exit(label + ":\n" + e.render());
        } catch (WorkloadError | ModelOptionException e) {
            throw UsageError.exit(label + ": " + e.getMessage());
        }
        if (outcome.exitCode() != 0) throw UsageError.exit(label + ": " + whyNotClean(outcome));
    }

    private static String whyNotClean(RunOutcome o) {
        if (o.notApplicable() != null) return "not applicable: " + o.notApplicable();
        if (!o.damage().isEmpty()) return "damage: " + o.damage().get(0);
        if (!o.errors().isEmpty()) return "error: " + o.errors().get(0);
        return "check " + o.check().name().toLowerCase();
    }
}

package org.gillab.harness.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gillab.harness.report.Comparison;
import org.gillab.harness.report.ResultsFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gillab compare OLD.json NEW.json}: which cells changed significantly. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        // one string per paragraph, the first a summary (the command list shows it): picocli wraps each to the terminal's width
        description = {"List the cells whose median wall time changed significantly between two sweeps.",
                "",
                "A change is significant when the 95 %% bootstrap interval of new/old excludes 1.00 and the change is at least "
                        + "--min-effect (files from before raw samples: each median outside the other's min..max). Then come the "
                        + "cells whose status changed and those in one file only. Warns when the machines or settings differ; "
                        + "refuses when a workload ran at different sizes, unless --force."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "the earlier sweep's results.json (gillab run --out DIR writes DIR/results.json)")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "the later sweep's results.json, compared cell by cell with OLD.json")
    Path newer;

    @Option(names = "--min-effect", paramLabel = "PERCENT", defaultValue = "5",
            description = "the smallest change called significant, in per cent (default: ${DEFAULT-VALUE})")
    double minEffect;

    @Option(names = "--force", description = "compare even when a workload ran at different sizes")
    boolean force;

    @Override
    public Integer call() {
        if (!(minEffect >= 0) || minEffect > 1000) return Usage.error(spec, "--min-effect must be between 0 and 1000 per cent, got " + minEffect);
        try {
            Comparison c = Comparison.of(read(older), read(newer), minEffect / 100);
            if (!c.sizeDifferences().isEmpty() && !force) {
                return Usage.error(spec, "the files measured different work (" + c.sizeDifferences().size() + " cell(s), e.g. "
                        + c.sizeDifferences().get(0) + "): run both at the same --scale, or pass --force");
            }
            c.print(spec.commandLine().getOut());
            return 0;
        } catch (IOException e) {
            return Usage.error(spec, e.getMessage());
        }
    }

    private static org.gillab.harness.report.Results read(Path p) throws IOException {
        if (!java.nio.file.Files.isRegularFile(p)) throw new IOException("cannot read " + p + ": no such file");
        return ResultsFiles.readJson(p);
    }
}

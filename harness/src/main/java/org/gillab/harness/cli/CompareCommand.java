package org.gillab.harness.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gillab.harness.report.Comparison;
import org.gillab.harness.report.ResultsFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gillab compare OLD.json NEW.json}: which cells moved beyond their spread. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"List the cells whose median wall time moved beyond the spread of both runs (each median outside",
                "the other's min..max), the cells whose status changed, and the cells in one file only."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.json")
    Path newer;

    @Override
    public Integer call() {
        try {
            Comparison.of(read(older), read(newer)).print(spec.commandLine().getOut());
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

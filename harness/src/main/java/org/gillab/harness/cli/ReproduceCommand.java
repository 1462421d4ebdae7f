package org.gillab.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gillab.harness.library.WorkloadLibrary.LibraryError;
import org.gillab.harness.reproduce.Experiment;
import org.gillab.harness.reproduce.Experiments;
import org.gillab.harness.reproduce.Lab;
import org.gillab.harness.reproduce.ReproduceReport;
import org.gillab.harness.reproduce.ReproduceResult;
import org.gillab.harness.reproduce.ReproduceRunner;
import org.gillab.harness.reproduce.Scale;
import org.gillab.harness.report.Machine;
import org.gillab.harness.wiring.Catalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gillab reproduce}: published results about the GIL and its alternatives, measured here and judged. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        // one string per paragraph, the first a summary (the command list shows it): picocli wraps each to the terminal's width
        description = {"Measure published results about the GIL and its alternatives here, and judge whether they agree.",
                "",
                "Runs the experiments (all, or those named), each on gillab's models and on this machine's CPython, and prints "
                        + "per experiment its source, the published figure, CPython's figure here, gillab's, and whether they "
                        + "agree (with the band judged by)."})
final class ReproduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "experiments to run (default: all; --list names them)")
    List<String> names = new ArrayList<>();

    @Option(names = "--quick", description = "the small size (CI): complete results, noisy figures")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "also write reproduce.json and reproduce.md here")
    Path out;

    @Option(names = "--no-cpython", description = "skip the CPython side")
    boolean noCpython;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "a run still going after this is hung (default: ${DEFAULT-VALUE})")
    long timeout;

    @Mixin
    TierOption tier;

    @Option(names = "--list", description = "list the experiments with their sources and exit")
    boolean list;

    @Mixin
    PluginsOption plugins;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        List<Experiment> chosen;
        try {
            chosen = Experiments.named(names);
        } catch (IllegalArgumentException e) {
            return Usage.error(spec, e.getMessage());
        }
        if (list) {
            for (Experiment e : chosen) out.println(String.format("  %-26s %s", e.name(), e.source()));
            out.flush();
            return 0;
        }
        if (timeout < 1) return Usage.error(spec, "--timeout must be at least 1 second, got " + timeout);
        String badTier = tier.select(); // the forked JVMs run the tier this one has selected
        if (badTier != null) return Usage.error(spec, badTier);
        Catalog catalog;
        try {
            catalog = plugins.catalog();
        } catch (LibraryError | IllegalArgumentException e) {
            return Usage.error(spec, e.getMessage());
        }
        Path scratch;
        try {
            // with --out the CPython logs and the workloads the experiments wrote are kept beside the results
            scratch = this.out != null ? Files.createDirectories(this.out.resolve("work")) : Files.createTempDirectory("gillab-reproduce-");
        } catch (IOException e) {
            err.println("gillab: cannot make a scratch folder: " + e.getMessage());
            return 1;
        }
        String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Lab lab = new Lab(catalog, scratch, Runtime.getRuntime().availableProcessors());
        Scale scale = quick ? Scale.QUICK : Scale.FULL;
        List<ReproduceResult> results = new ReproduceRunner(lab, scale, timeout, !noCpython, err).run(chosen, scratch);
        ReproduceReport.print(results, out);
        if (this.out == null) deleteQuietly(scratch);
        if (this.out != null) {
            String command = "gillab " + String.join(" ", ChildJvm.args);
            try {
                ReproduceReport.write(new ReproduceReport.File(ReproduceReport.File.SCHEMA_VERSION, started, Machine.here(), command, results),
                        this.out);
                err.println("results: " + this.out.resolve("reproduce.json") + ", " + this.out.resolve("reproduce.md"));
            } catch (IOException e) {
                err.println("gillab: cannot write the results to " + this.out + ": " + e.getMessage());
                return 1;
            }
        }
        err.flush();
        return 0;
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temporary directory is harmless
        }
    }
}

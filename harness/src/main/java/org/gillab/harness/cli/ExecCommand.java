package org.gillab.harness.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gillab.harness.library.WorkloadLibrary.LibraryError;
import org.gillab.harness.wiring.Catalog;
import org.gillab.lang.SourceError;
import org.gillab.spi.InstructionTicks;
import org.gillab.spi.ModelChoice;
import org.gillab.spi.ModelOptionException;
import org.gillab.vm.ProgramRunner;
import org.gillab.workload.RunOutcome;
import org.gillab.workload.RunSpec;
import org.gillab.workload.WorkloadRunner;
import org.gillab.workload.WorkloadError;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gillab exec FILE.py}: runs one program on the interpreter; with {@code --model}, runs a
 * workload under that concurrency model and reports on it.
 */
@Command(name = "exec", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
        // one string per paragraph: picocli wraps each to the terminal's width
        description = {"Run a Python program on gillab's interpreter, or with --model a workload under a concurrency model.",
                "",
                "Without --model: the program's output is the only standard output; a Python error is reported on "
                        + "standard error and the exit status is 1 (2 for a usage error or an unreadable file). With --warmup K "
                        + "--runs N the program runs K + N times in this JVM, each in a fresh interpreter; only the timed runs "
                        + "print, and their wall times (median, range, then each in run order) go to standard error.",
                "",
                "With --model: the workload's work(part, parts, size, shared) runs on --workers threads; the report "
                        + "(wall and CPU time, the check's verdict, the refcount audit, the model's counters) goes to standard "
                        + "error. Exit status: 0 check passed and audit clean; 3 check failed, audit found damage, interpreter "
                        + "damaged or run hung; 1 the workload raised; 2 usage error or a file that breaks the convention; "
                        + "4 the model cannot run this workload (a shared-state workload under isolated interpreters)."})
final class ExecCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.py", description = "the program or workload to run")
    Path file;

    @Option(names = {"-m", "--model"}, paramLabel = "NAME", description = "run FILE.py as a workload under this model (see gillab list)")
    String model;

    /** run's spelling, accepted here too; exec runs one model. */
    @Option(names = "--models", paramLabel = "NAME", hidden = true)
    void models(String name) {
        if (name.contains(",")) throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--model " + name + ": exec runs one model at a time (gillab run compares several)");
        model = name;
    }

    @Option(names = {"-w", "--workers"}, paramLabel = "N", defaultValue = "1", description = "worker threads (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = {"-s", "--size"}, paramLabel = "N", defaultValue = "-1",
            description = "work per run: the size the workload's work() is given, a count such as 10000 (default: the workload's SIZE)")
    long size;

    @Option(names = "--scale", paramLabel = "FACTOR",
            description = "work per run as a multiple of the workload's SIZE, such as 0.25, as run's --scale (instead of --size)")
    Double scale;

    @Mixin
    ModelSettings options;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
            description = "untimed runs first, in this JVM, to let the JIT compile (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "timed runs; the report gives the median and range (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "report the run as hung after this long (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--audit", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "audit the reference counts after the run (always on with --model unless --no-audit)")
    boolean audit;

    @Mixin
    PluginsOption plugins;

    @Mixin
    TierOption tier;

    @Option(names = "--list-models", description = "list the models and their settings (as gillab list --models does), then exit")
    boolean listModels;

    /** Beyond these a run would only exhaust the machine (a thread each) or never end: a typing mistake, not a measurement. */
    static final int MAX_WORKERS = 4096;
    static final long MAX_SIZE = 1_000_000_000_000L;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        String badTier = tier.select();
        if (badTier != null) return usage(badTier);
        if (listModels) return listModels();
        if (file == null) return usage("Missing required parameter: 'FILE.py'");
        if (model == null) {
            if (workers != 1 || size != -1 || scale != null || !options.isEmpty()) {
                return usage("--workers, --size, --scale and --option need --model");
            }
            if (warmup != 0 || runs != 1) return repeatProgram(err);
            ProgramRunner.Result r = ProgramRunner.runFile(file, new FileOutputStream(FileDescriptor.out), err, audit);
            if (r.audit() != null) {
                err.println(r.audit().summary());
                for (String d : r.audit().details()) err.println("  " + d);
                if (!r.audit().clean() && r.exitCode() == 0) return 3;
            }
            return r.exitCode();
        }
        if (workers < 1 || workers > MAX_WORKERS) return usage("--workers must be at least 1 and at most " + MAX_WORKERS + ", got " + workers);
        if (size != -1 && (size < 1 || size > MAX_SIZE)) return usage("--size must be between 1 and " + MAX_SIZE + ", got " + size);
        if (scale != null && size != -1) return usage("--size and --scale: give one (a count of work, or a multiple of SIZE)");
        if (scale != null && (!(scale > 0) || scale > 1000)) return usage("--scale must be a factor above 0 and at most 1000, got " + scale);
        if (warmup < 0) return usage("--warmup must be at least 0, got " + warmup);
        if (runs < 1) return usage("--runs must be at least 1, got " + runs);
        if (timeoutSeconds < 1) return usage("--timeout must be at least 1 second, got " + timeoutSeconds);
        boolean doAudit = audit || !spec.commandLine().getParseResult().hasMatchedOption("--audit");
        PrintWriter report = spec.commandLine().getErr();
        try {
            Catalog catalog = plugins.catalog();
            ModelChoice chosen = catalog.choose(model, options.perModel(List.of(model), catalog).get(model));
            if (chosen.factory().needsInstructionTicks() && !InstructionTicks.ENABLED) return ChildJvm.rerunWithTicks();
            long work = scale == null ? size : Math.max(1, Math.round(WorkloadRunner.inspect(file).defaultSize() * scale));
            RunSpec runSpec = new RunSpec(file, chosen, workers, work, Duration.ofSeconds(timeoutSeconds), doAudit);
            FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
            List<RunOutcome> timed = new ArrayList<>();
            for (int i = 0; i < warmup + runs; i++) {
                RunOutcome outcome = WorkloadRunner.run(runSpec, stdout);
                if (i >= warmup) timed.add(outcome);
                if (outcome.exitCode() != 0) { // a broken run is reported as it is, not averaged
                    timed = List.of(outcome);
                    break;
                }
            }
            System.out.flush();
            new ExecReport(report).print(file, chosen.factory(), chosen.options(), timed);
            return timed.get(timed.size() - 1).exitCode();
        } catch (ModelOptionException | LibraryError | IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (WorkloadError e) {
            report.println(e.getMessage());
            return 2;
        } catch (SourceError e) {
            report.print(e.render());
            return 1;
        } catch (IOException e) {
            report.println("gillab: cannot read " + file + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
            return 2;
        } finally {
            report.flush();
        }
    }

    /**
     * {@code --warmup K --runs N} without {@code --model}: the program runs K + N times in this JVM,
     * each time in a fresh interpreter, so that a plain program (a benchmark kernel) can be timed
     * the way a workload is. Only the timed runs' output is printed; the report (median and range of
     * the timed runs' wall times, then every one in order) goes to standard error. The time of a run
     * is the whole of {@link ProgramRunner#runFile}: reading, compiling and running the file.
     */
    private int repeatProgram(PrintStream err) {
        if (warmup < 0) return usage("--warmup must be at least 0, got " + warmup);
        if (runs < 1) return usage("--runs must be at least 1, got " + runs);
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        List<Long> timed = new ArrayList<>();
        ProgramRunner.Result last = null;
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            last = ProgramRunner.runFile(file, i < warmup ? java.io.OutputStream.nullOutputStream() : stdout, err, audit);
            long wall = System.nanoTime() - start;
            if (last.exitCode() != 0) break; // a failed run is reported as it is, not timed
            if (i >= warmup) timed.add(wall);
        }
        if (last.audit() != null) {
            err.println(last.audit().summary());
            for (String d : last.audit().details()) err.println("  " + d);
        }
        if (last.exitCode() != 0) return last.exitCode();
        PrintWriter report = spec.commandLine().getErr();
        ExecReport.printWallTimes(report, timed.stream().mapToLong(Long::longValue).toArray());
        report.flush();
        return last.audit() != null && !last.audit().clean() ? 3 : 0;
    }

    private int listModels() {
        try {
            ListCommand.printModels(plugins.catalog().models().values(), spec.commandLine().getOut());
        } catch (LibraryError | IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        return 0;
    }

    private int usage(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("exec: " + message);
        err.println("Try 'gillab exec --help' for more information.");
        err.flush();
        return 2;
    }
}

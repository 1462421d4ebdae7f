package org.gillab.models.processes;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gillab.vm.Tier;

/**
 * The command line of a worker process: this JVM's own {@code java} and class path, as
 * {@code multiprocessing.spawn} runs {@code sys.executable} with the parent's {@code sys.path}, plus
 * the few settings that make the child comparable to the parent (its heap limit, its collector,
 * assertions), the user's own, and the class-data archive that cuts its start-up ({@link ChildArchive}).
 */
final class ChildCommand {
    private final List<String> jvm;
    private final ChildArchive archive;

    ChildCommand(List<String> extraJvmOptions, ChildArchive archive) {
        this.archive = archive;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:+DisplayVMOutputToStderr"); // stdout is the protocol's
        // unified logging writes its warnings to stdout unless told otherwise: stderr, where the parent keeps them
        cmd.add("-Xlog:disable");
        cmd.add("-Xlog:all=warning:stderr");
        cmd.add("-XX:-UsePerfData"); // no hsperfdata file per child; starts a little faster
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (inherited(a)) cmd.add(a);
        }
        cmd.add("-D" + Tier.PROPERTY + "=" + Tier.current()); // the children run the engine this JVM runs
        cmd.addAll(extraJvmOptions);
        this.jvm = List.copyOf(cmd);
    }

    /** A child's command line and the archive it may write on its way out. */
    record Launch(List<String> command, ChildArchive.Launch archive) {}

    private static boolean inherited(String arg) {
        return arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxRAMPercentage")
                || arg.startsWith("-XX:+Use") && arg.endsWith("GC")
                || arg.equals("-ea") || arg.equals("-enableassertions") || arg.startsWith("-ea:");
    }

    /** The command for worker {@code part}; its number is the one argument, so that {@code ps} tells workers apart. */
    Launch forWorker(int part) {
        ChildArchive.Launch shared = archive.next();
        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(shared.options());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ChildMain.class.getName());
        cmd.add(String.valueOf(part));
        return new Launch(cmd, shared);
    }

    /** Called once a child has exited: where it wrote a class-data archive, that archive is put in place. */
    void exited(Launch launch, int exitCode) {
        archive.written(launch.archive(), exitCode);
    }
}

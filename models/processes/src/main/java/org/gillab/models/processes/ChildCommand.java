package org.gillab.models.processes;

import java.util.List;

import org.gillab.workload.JavaCommand;

/**
 * The command line of a worker process: this JVM's own {@code java} and class path, as
 * {@code multiprocessing.spawn} runs {@code sys.executable} with the parent's {@code sys.path}, plus
 * the few settings that make the child comparable to the parent (its heap limit, its collector,
 * assertions), the user's own, and the class-data archive that cuts its start-up ({@link ChildArchive}).
 */
final class ChildCommand {
    private final JavaCommand jvm;
    private final ChildArchive archive;

    ChildCommand(List<String> extraJvmOptions, ChildArchive archive) {
        this.archive = archive;
        this.jvm = JavaCommand.thisJava()
                .with("-XX:+DisplayVMOutputToStderr") // stdout is the protocol's
                // unified logging writes its warnings to stdout unless told otherwise: stderr, where the parent keeps them
                .with("-Xlog:disable", "-Xlog:all=warning:stderr")
                .with("-XX:-UsePerfData") // no hsperfdata file per child; starts a little faster
                .withInherited(ChildCommand::inherited)
                .withThisTier() // the children run the engine this JVM runs
                .with(extraJvmOptions);
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
        return new Launch(jvm.with(shared.options()).running(ChildMain.class, List.of(), List.of(String.valueOf(part))), shared);
    }

    /** Called once a child has exited: where it wrote a class-data archive, that archive is put in place. */
    void exited(Launch launch, int exitCode) {
        archive.written(launch.archive(), exitCode);
    }
}

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
 * assertions) and the user's own.
 */
final class ChildCommand {
    private final List<String> prefix;

    ChildCommand(List<String> extraJvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:+DisplayVMOutputToStderr"); // stdout is the protocol's
        cmd.add("-XX:-UsePerfData"); // no hsperfdata file per child; starts a little faster
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (inherited(a)) cmd.add(a);
        }
        cmd.add("-D" + Tier.PROPERTY + "=" + Tier.current()); // the children run the engine this JVM runs
        cmd.addAll(extraJvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ChildMain.class.getName());
        this.prefix = List.copyOf(cmd);
    }

    private static boolean inherited(String arg) {
        return arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxRAMPercentage")
                || arg.startsWith("-XX:+Use") && arg.endsWith("GC")
                || arg.equals("-ea") || arg.equals("-enableassertions") || arg.startsWith("-ea:");
    }

    /** The command for worker {@code part}; its number is the one argument, so that {@code ps} tells workers apart. */
    List<String> forWorker(int part) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(String.valueOf(part));
        return cmd;
    }
}

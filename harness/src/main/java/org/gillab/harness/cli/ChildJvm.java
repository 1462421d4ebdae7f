package org.gillab.harness.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gillab.spi.InstructionTicks;

/**
 * Starts this same command line again in a fresh JVM, with the per-instruction ticks compiled in
 * ({@link InstructionTicks}): they are a {@code static final} read once, so only a new JVM can turn
 * them on, and only the models that need them pay for them.
 */
final class ChildJvm {
    private ChildJvm() {}

    /** The command line this JVM was started with (set by {@link Main#main}). */
    static String[] args = new String[0];

    static int rerunWithTicks() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-D" + InstructionTicks.PROPERTY + "=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            System.err.println("gillab: cannot start a JVM: " + e.getMessage());
            return 70;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}

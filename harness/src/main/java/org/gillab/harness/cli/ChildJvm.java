package org.gillab.harness.cli;

import java.io.IOException;
import java.util.List;

import org.gillab.spi.InstructionTicks;
import org.gillab.workload.JavaCommand;

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
        List<String> cmd = JavaCommand.thisJava().withInherited(a -> true).withProperty(InstructionTicks.PROPERTY, true)
                .running(Main.class, List.of(), List.of(args));
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

package org.gillab.harness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gillab}: the command line. Each subcommand is its own class; picocli parses options and
 * reports bad ones as one-line usage errors (exit status 2).
 */
@Command(name = "gillab", mixinStandardHelpOptions = true, version = "gillab 0.1.0",
        description = "Compare interpreter concurrency models on the same interpreted Python tasks.",
        subcommands = {RunCommand.class, ListCommand.class, ExecCommand.class, CompareCommand.class, ReproduceCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        ChildJvm.args = args;
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests drive it directly). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // help fits the terminal (80 columns when there is none), and long option names keep their column
        cl.setUsageHelpAutoWidth(true);
        cl.setUsageHelpLongOptionsMaxWidth(28);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandName() + ": " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return 2;
        });
        return cl;
    }
}

package org.gillab.harness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the gillab command line in this JVM, as a user would from a shell, and keeps what it printed. */
public final class Cli {
    private Cli() {}

    /** The exit status and the two streams of one command. */
    public record Outcome(int code, String out, String err) {}

    public static Outcome run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }
}

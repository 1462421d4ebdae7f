package org.gillab.harness.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;

/** A usage error: one line naming what is wrong, one line saying where help is; exit status 2. */
final class Usage {
    private Usage() {}

    /**
     * A Python traceback in a message (a workload whose top level raised) as one line: where the
     * message starts, the last place the traceback names, and the exception. Other messages (a
     * SyntaxError's line and caret) are kept whole.
     */
    static String oneLine(String message) {
        if (message == null || !message.contains("Traceback (most recent call last):")) return message;
        String[] lines = message.strip().split("\n");
        String at = null;
        for (String l : lines) {
            java.util.regex.Matcher m = FRAME.matcher(l);
            if (m.find()) at = "line " + m.group(1);
        }
        return lines[0].strip() + " " + lines[lines.length - 1].strip() + (at == null ? "" : " (" + at + ")");
    }

    private static final java.util.regex.Pattern FRAME = java.util.regex.Pattern.compile("^\\s*File \".*\", line (\\d+)");

    static int error(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.name() + ": " + message);
        err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
        err.flush();
        return 2;
    }
}

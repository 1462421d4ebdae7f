package org.gillab.harness.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;

/** A usage error: one line naming what is wrong, one line saying where help is; exit status 2. */
final class Usage {
    private Usage() {}

    static int error(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.name() + ": " + message);
        err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
        err.flush();
        return 2;
    }
}

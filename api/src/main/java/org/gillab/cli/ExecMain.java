package org.gillab.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;

import org.gillab.vm.ProgramRunner;

/**
 * The lean entry point behind {@code gillab exec FILE.py}: no wiring, no option library, so that a
 * program's whole-process time is mostly the program's. {@code --audit} prints the reference-count
 * audit to stderr after the run.
 */
public final class ExecMain {
    private ExecMain() {}

    public static void main(String[] args) {
        boolean audit = false;
        String file = null;
        for (String a : args) {
            if (a.equals("--audit")) audit = true;
            else if (a.startsWith("-")) usage("unknown option '" + a + "'");
            else if (file == null) file = a;
            else usage("only one program file may be given (got '" + file + "' and '" + a + "')");
        }
        if (file == null) usage("missing the program file");
        ProgramRunner.Result r = ProgramRunner.runFile(Path.of(file), new FileOutputStream(FileDescriptor.out), System.err, audit);
        if (r.audit() != null) {
            System.err.println(r.audit().summary());
            for (String d : r.audit().details()) System.err.println("  " + d);
            if (!r.audit().clean() && r.exitCode() == 0) System.exit(3);
        }
        System.exit(r.exitCode());
    }

    private static void usage(String problem) {
        System.err.println("gillab exec: " + problem);
        System.err.println("usage: gillab exec [--audit] FILE.py");
        System.exit(2);
    }
}

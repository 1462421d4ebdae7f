package org.gillab.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;

import org.gillab.vm.ProgramRunner;
import org.gillab.vm.Tier;

/**
 * The lean entry point behind {@code gillab exec FILE.py}: no wiring, no option library, so that a
 * program's whole-process time is mostly the program's. {@code --audit} prints the reference-count
 * audit to stderr after the run; {@code --tier interp|compiled} picks the engine ({@link Tier}).
 */
public final class ExecMain {
    private ExecMain() {}

    public static void main(String[] args) {
        boolean audit = false;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--audit")) audit = true;
            else if (a.equals("--tier") || a.startsWith("--tier=")) {
                String t = a.equals("--tier") ? (i + 1 < args.length ? args[++i] : "") : a.substring("--tier=".length());
                if (!Tier.isTier(t)) usage("--tier must be interp or compiled, got '" + t + "'");
                Tier.select(t);
            }
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
        System.err.println("usage: gillab exec [--audit] [--tier interp|compiled] FILE.py");
        System.exit(2);
    }
}

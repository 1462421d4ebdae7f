package org.gillab.harness.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gillab.vm.ProgramRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gillab exec FILE.py}: runs one program on the interpreter. */
@Command(name = "exec", mixinStandardHelpOptions = true,
        description = {"Run a Python program on gillab's interpreter.",
                "The program's output is the only standard output; a Python error is reported on standard error",
                "and the exit status is 1 (2 for a usage error or an unreadable file)."})
final class ExecCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.py", description = "the program to run")
    Path file;

    @Option(names = "--audit", description = "after the run, audit the reference counts and report on standard error "
            + "(exit status 3 if the audit finds damage)")
    boolean audit;

    @Override
    public Integer call() {
        ProgramRunner.Result r = ProgramRunner.runFile(file, new FileOutputStream(FileDescriptor.out), System.err, audit);
        if (r.audit() != null) {
            System.err.println(r.audit().summary());
            for (String d : r.audit().details()) System.err.println("  " + d);
            if (!r.audit().clean() && r.exitCode() == 0) return 3;
        }
        return r.exitCode();
    }
}

package org.gillab.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The command line: bad input is a one-line error with exit status 2, never a Java stack trace. */
class MainTest {
    private record Outcome(int code, String out, String err) {}

    private static Outcome run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Outcome o = run("frobnicate");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("frobnicate"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    @Test
    void unknownOptionNamesTheOption() {
        Outcome o = run("exec", "--bogus", "x.py");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--bogus"), o.err());
    }

    @Test
    void execNeedsAFile() {
        Outcome o = run("exec");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("FILE.py"), o.err());
    }

    @Test
    void helpListsExec() {
        Outcome o = run("--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("exec"), o.out());
    }
}

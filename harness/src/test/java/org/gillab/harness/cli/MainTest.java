package org.gillab.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line: bad input is a one-line error with exit status 2, never a Java stack trace. */
class MainTest {
    private static Cli.Outcome run(String... args) {
        return Cli.run(args);
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Outcome o = run("frobnicate");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("frobnicate"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    @Test
    void unknownOptionNamesTheOption() {
        Cli.Outcome o = run("exec", "--bogus", "x.py");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--bogus"), o.err());
    }

    @Test
    void execNeedsAFile() {
        Cli.Outcome o = run("exec");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("FILE.py"), o.err());
    }

    @Test
    void helpListsExec() {
        Cli.Outcome o = run("--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("exec"), o.out());
    }
}

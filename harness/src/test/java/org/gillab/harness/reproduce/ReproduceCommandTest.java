package org.gillab.harness.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.gillab.harness.cli.Cli;
import org.junit.jupiter.api.Test;

/** {@code gillab reproduce} on the command line: --list, and names it does not know. */
class ReproduceCommandTest {
    private static Cli.Outcome run(String... args) {
        return Cli.run(args);
    }

    @Test
    void listNamesEveryExperimentWithItsSource() {
        Cli.Outcome o = run("reproduce", "--list");
        assertEquals(0, o.code(), o.err());
        for (String n : Experiments.names()) assertTrue(o.out().contains(n), n + " not listed: " + o.out());
        assertTrue(o.out().contains("Beazley"), o.out());
        assertEquals(11, Experiments.names().size()); // noise-floor first, the nine results from the literature, native-release
    }

    @Test
    void anUnknownNameIsAOneLineErrorListingTheValidOnes() {
        Cli.Outcome o = run("reproduce", "beazley-countdown", "no-such-experiment");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("unknown experiment 'no-such-experiment'"), o.err());
        for (String n : Experiments.names()) assertTrue(o.err().contains(n), n + " not offered: " + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        assertTrue(o.err().lines().count() <= 2, o.err());
        assertTrue(o.out().isEmpty(), "nothing ran: " + o.out());
    }

    @Test
    void aBadTimeoutIsAUsageError() {
        Cli.Outcome o = run("reproduce", "--timeout", "0", "lost-updates");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--timeout"), o.err());
    }

    @Test
    void namesAreTakenInTheOrderGivenOnce() {
        assertEquals(List.of("lost-updates", "convoy-effect"),
                Experiments.named(List.of("lost-updates", "convoy-effect", "lost-updates")).stream().map(Experiment::name).toList());
        assertEquals(Experiments.names(), Experiments.named(List.of()).stream().map(Experiment::name).toList());
    }

    @Test
    void aMissingPythonIsANoteNotAnError() {
        String before = System.getProperty("gillab.python");
        System.setProperty("gillab.python", "/no/such/python3");
        try {
            CpythonSweep.Outcome o = CpythonSweep.run(CpythonPlan.of(List.of(Path.of("x.py")), List.of("threads"), List.of(1)), 0.01, 0, 1, 10,
                    Path.of(System.getProperty("java.io.tmpdir")));
            assertTrue(o.cells().isEmpty());
            assertEquals("CPython: not run (python3 not found)", o.note());
        } finally {
            if (before == null) System.clearProperty("gillab.python");
            else System.setProperty("gillab.python", before);
        }
    }

    @Test
    void intervalLabelsAreSweepPysOwn() {
        assertEquals("[interval=5ms]", CpythonSweep.intervalSuffix(0.005));
        assertEquals("[interval=500us]", CpythonSweep.intervalSuffix(0.0005));
        assertEquals("[interval=1ms]", CpythonSweep.intervalSuffix(0.001));
        assertEquals("[interval=20ms]", CpythonSweep.intervalSuffix(0.02));
    }
}

package org.gillab.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gillab exec --warmup K --runs N}: a plain program repeated in one JVM, and the line with
 * every timed run's wall time that bench/stability.py reads (for plain programs and workloads).
 */
class ExecRepeatTest {
    private static final Pattern RUNS = Pattern.compile("(?m)^runs +wall s in run order: ([\\d. ]+)$");
    private static final Path WORKLOADS = Path.of(System.getProperty("gillab.workloads", "workloads"));

    private static int timedRuns(String report) {
        Matcher m = RUNS.matcher(report);
        assertTrue(m.find(), report);
        return m.group(1).trim().split(" ").length;
    }

    @Test
    void aPlainProgramRunsWarmupPlusRunsTimesAndReportsEveryTimedRun(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("loop.py");
        Files.writeString(f, "t = 0\nfor i in range(1000):\n    t += i\n");
        Cli.Outcome o = Cli.run("exec", "--warmup", "2", "--runs", "3", f.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("time      wall median ") && o.err().contains("over 3 runs"), o.err());
        assertEquals(3, timedRuns(o.err()));
    }

    @Test
    void aPlainProgramThatRaisesStopsTheRepetitionWithItsStatus(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.py");
        Files.writeString(f, "raise ValueError('no')\n");
        Cli.Outcome o = Cli.run("exec", "--warmup", "1", "--runs", "2", f.toString());
        assertEquals(1, o.code(), o.err());
        assertFalse(o.err().contains("runs      wall"), o.err());
    }

    @Test
    void badRepetitionCountsAreUsageErrors(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ok.py");
        Files.writeString(f, "x = 1\n");
        Cli.Outcome o = Cli.run("exec", "--runs", "0", f.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--runs must be at least 1"), o.err());
        o = Cli.run("exec", "--warmup", "-1", f.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--warmup must be at least 0"), o.err());
    }

    @Test
    void aWorkloadWithSeveralRunsListsEachOne() {
        Cli.Outcome o = Cli.run("exec", "--model", "gil", "--no-audit", "--size", "1000", "--warmup", "1", "--runs", "4",
                WORKLOADS.resolve("countdown.py").toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(4, timedRuns(o.err()));
    }
}

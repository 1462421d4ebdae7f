package org.gillab.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.report.Results;
import org.gillab.harness.report.ResultsFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run, list and compare from the command line: what they print, what they write, how they refuse bad input. */
class SweepCommandsTest {
    private static Cli.Outcome run(String... args) {
        return Cli.run(args);
    }

    private static void assertUsageError(Cli.Outcome o, String... mentions) {
        assertEquals(2, o.code(), o.err());
        for (String m : mentions) assertTrue(o.err().contains(m), "'" + m + "' not in: " + o.err());
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception"), "no stack trace: " + o.err());
        assertTrue(o.err().lines().count() <= 2, o.err());
    }

    @Test
    void listShowsModelsWithTheirSettingsAndTheWorkloads() {
        Cli.Outcome o = run("list");
        assertEquals(0, o.code(), o.err());
        for (String s : new String[] {"gil", "gil.interval=5ms", "free-threaded", "subinterpreters", "countdown", "pipeline", "shared-counter"}) {
            assertTrue(o.out().contains(s), s + " not listed: " + o.out());
        }
    }

    @Test
    void badSweepSettingsAreOneLineErrorsThatSayWhatIsValid() {
        assertUsageError(run("run", "--models", "gil,nope"), "unknown model 'nope'", "free-threaded");
        assertUsageError(run("run", "--workloads", "nope"), "unknown workload 'nope'", "countdown");
        assertUsageError(run("run", "--workers", "0"), "--workers");
        assertUsageError(run("run", "--workers", "two"), "--workers");
        assertUsageError(run("run", "--scale", "-1"), "--scale");
        assertUsageError(run("run", "--size", "0.25"), "--size 0.25", "--scale");
        assertUsageError(run("run", "--reps", "0"), "--reps");
        assertUsageError(run("run", "--timeout", "0"), "--timeout");
        assertUsageError(run("run", "--models", "gil", "-o", "gil.interval=soon"), "interval");
        assertUsageError(run("run", "--models", "gil", "-o", "gil.bogus=1"), "bogus");
        assertUsageError(run("run", "--model", "gil,free-threaded", "-o", "interval=1ms"), "name the model", "gil.interval=1ms");
        assertUsageError(run("run", "--model", "gil", "-o", "unsafe.interval=1ms"), "unsafe.interval", "not run here");
        assertUsageError(run("run", "--model", "gil", "-o", ".interval=1ms"), "MODEL.NAME=VALUE");
        assertUsageError(run("run", "--switch-interval", "fast"), "--switch-interval");
        assertUsageError(run("run", "--workload", "/no/such/file.py"), "no such file");
    }

    @Test
    void anUnknownNameSuggestsTheNearestKnownOne() {
        assertUsageError(run("run", "--model", "gli"), "unknown model 'gli'; did you mean 'gil'?");
        assertUsageError(run("run", "--models", "gil,free"), "did you mean 'free-threaded'?");
        assertUsageError(run("run", "--workloads", "countdwn"), "unknown workload 'countdwn'; did you mean 'countdown'?");
        assertUsageError(run("exec", "--model", "unsaf", "x.py"), "unknown model 'unsaf'; did you mean 'unsafe'?");
    }

    @Test
    void aFaultyWorkloadFileIsNamedWithItsPosition(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.py");
        Files.writeString(f, "DESCRIPTION = 'x'\nCATEGORY = 'cpu'\nSIZE = 1\ndef work(part, parts, size, shared)\n    return 1\n");
        Cli.Outcome o = run("run", "--workload", f.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(f + ":4:"), o.err());
        Files.writeString(f, "DESCRIPTION = 'x'\nCATEGORY = 'gpu'\nSIZE = 1\ndef work(part, parts, size, shared):\n    return 1\n");
        o = run("run", "--workload", f.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("CATEGORY is 'gpu'"), o.err());
    }

    @Test
    void runWritesTheTableAndTheThreeResultFiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("results");
        Cli.Outcome o = run("run", "--models", "gil,subinterpreters", "--workloads", "countdown,shared-counter", "--workers", "1,2",
                "--scale", "0.002", "--reps", "2", "--forks", "2", "--settle", "none", "--warmup", "0", "--warmup-time", "0", "--jvm-warmup", "0",
                "--no-progress", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("countdown (size 40,000)"), o.out());
        assertTrue(o.out().contains("NOT-APPLICABLE"), o.out()); // subinterpreters on shared-counter
        assertTrue(o.out().contains("A/A noise floor: unsafe at 1 worker / baseline = "), o.out());
        assertTrue(o.out().contains("Legend:"), o.out());
        for (String line : o.out().split("\n")) assertTrue(line.length() <= 100, "wider than 100 columns: " + line);
        Results r = ResultsFiles.readJson(out.resolve("results.json"));
        assertTrue(r.complete());
        assertEquals(2, r.schemaVersion());
        // baseline per workload + the A/A unsafe at 1 worker per workload + 2 models x 2 workloads x 2 counts
        assertEquals(2 + 2 + 2 * 2 * 2, r.cells().size());
        CellResult gil2 = r.cells().stream().filter(c -> c.key().equals("gil/countdown/2")).findFirst().orElseThrow();
        assertEquals(2, gil2.forks().size(), "the raw samples of both forks");
        assertEquals(2, gil2.forks().get(0).wallSeconds().size());
        assertNotNull(gil2.wallSecondsCi());
        assertNotNull(gil2.speedupCi());
        assertTrue(gil2.speedupCi().low() > 0 && gil2.speedupCi().low() <= gil2.speedupCi().high(), gil2.toString());
        assertNotNull(r.environment());
        assertNotNull(r.environment().loadBefore());
        assertEquals("factor", r.settings().sizeSource());
        assertTrue(Files.size(out.resolve("results.csv")) > 0);
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"), "the charts, inline");

        Cli.Outcome same = run("compare", out.resolve("results.json").toString(), out.resolve("results.json").toString());
        assertEquals(0, same.code(), same.err());
        assertTrue(same.out().contains("No cell's median changed significantly"), same.out());
    }

    @Test
    void compareRefusesWhatIsNotAResultsFile(@TempDir Path dir) throws IOException {
        assertUsageError(run("compare", dir.resolve("a.json").toString(), dir.resolve("b.json").toString()), "a.json", "no such file");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[1, 2");
        assertUsageError(run("compare", bad.toString(), bad.toString()), "bad.json:");
    }
}

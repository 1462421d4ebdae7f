package org.gillab.harness.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gillab.harness.cli.Main;
import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.report.Results;
import org.gillab.harness.report.ResultsFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code gillab run --with-cpython}: CPython's cells beside the models' in the table and the three files. */
class WithCpythonTest {
    private static final String TINY = String.join("\n",
            "DESCRIPTION = 'a few additions per worker'",
            "CATEGORY = 'cpu'",
            "SIZE = 2000",
            "",
            "def work(part, parts, size, shared):",
            "    total = 0",
            "    for i in range(size // parts):",
            "        total += i",
            "    return total",
            "",
            "def check(results, size, parts):",
            "    return len(results) == parts",
            "");

    private static String[] args(Path file, Path out) {
        return new String[] {"run", "--workload", file.toString(), "--models", "gil", "--workers", "1,2", "--reps", "1", "--forks", "1", "--settle", "none", "--warmup", "0",
                "--warmup-time", "0", "--jvm-warmup", "0", "--scale", "1", "--no-progress", "--with-cpython", "--out", out.toString()};
    }

    private static int run(String[] args, StringWriter out, StringWriter err) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void cpythonCellsAreMergedIntoTheTableAndEveryFile(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(CpythonSweep.python() != null, "no python3 on this machine");
        Path f = dir.resolve("tiny_sum.py");
        Files.writeString(f, TINY);
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, run(args(f, dir.resolve("r")), out, err), err.toString());
        Results r = ResultsFiles.readJson(dir.resolve("r/results.json"));
        List<CellResult> cpython = r.cells().stream().filter(c -> c.model().startsWith("cpython-")).toList();
        assertTrue(cpython.stream().anyMatch(c -> c.model().endsWith("-threads") && c.workers() == 2 && c.status().equals("ok")),
                "a CPython threads cell: " + cpython + "\n" + err);
        assertTrue(cpython.stream().anyMatch(c -> c.model().endsWith("-sequential")), cpython.toString());
        // run as pyperf runs: several processes per cell, each with its own recorded hash seed, and intervals from them
        assertTrue(cpython.stream().anyMatch(c -> c.forks().size() == 3 && c.forks().stream().allMatch(k -> k.hashSeed() != null)
                && c.wallSecondsCi() != null), cpython.toString());
        assertTrue(r.cells().stream().anyMatch(c -> c.model().equals("gil")), "the models' cells stay");
        assertTrue(Files.readString(dir.resolve("r/results.csv")).contains("cpython-"), "csv");
        assertTrue(Files.readString(dir.resolve("r/report.html")).contains("cpython-"), "html");
        assertTrue(out.toString().contains("cpython-"), "table: " + out);
    }

    @Test
    void withoutPythonTheSweepCompletesWithANote(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("tiny_sum.py");
        Files.writeString(f, TINY);
        String before = System.getProperty("gillab.python");
        System.setProperty("gillab.python", "/no/such/python3");
        try {
            StringWriter out = new StringWriter(), err = new StringWriter();
            assertEquals(0, run(args(f, dir.resolve("r")), out, err), err.toString());
            assertTrue(err.toString().contains("CPython: not run (python3 not found)"), err.toString());
            Results r = ResultsFiles.readJson(dir.resolve("r/results.json"));
            assertTrue(r.cells().stream().noneMatch(c -> c.model().startsWith("cpython-")));
            assertTrue(r.cells().stream().anyMatch(c -> c.model().equals("gil") && c.status().equals("ok")), r.cells().toString());
        } finally {
            if (before == null) System.clearProperty("gillab.python");
            else System.setProperty("gillab.python", before);
        }
    }
}

package org.gillab.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code gillab exec --model}: the report, the exit statuses, and one clear line for each kind of bad input. */
class ExecModelTest {
    private record Outcome(int code, String out, String err) {}

    private static final Path WORKLOADS = Path.of(System.getProperty("gillab.workloads", "workloads"));

    private static Outcome run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static String workload(String name) {
        return WORKLOADS.resolve(name + ".py").toString();
    }

    @Test
    void aPassingRunReportsTimeCheckAuditAndExitsZero() {
        // gil, not unsafe: under unsafe even countdown's two workers race on the shared function's count
        Outcome o = run("exec", "--model", "gil", "--workers", "2", "--size", "10000", workload("countdown"));
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("workload  countdown (cpu)"), o.err());
        assertTrue(o.err().contains("model     gil {") && o.err().contains("}, 2 workers, size 10000"), o.err());
        assertTrue(o.err().contains("  switches "), o.err());
        assertTrue(o.err().contains("time      wall "), o.err());
        assertTrue(o.err().contains("check     passed"), o.err());
        assertTrue(o.err().contains("audit     clean"), o.err());
        assertTrue(o.err().contains("exit      0"), o.err());
    }

    @Test
    void aFailedCheckExitsThree(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("wrong.py");
        Files.writeString(f, "DESCRIPTION = 'always wrong'\nCATEGORY = 'cpu'\nSIZE = 1\n"
                + "def work(part, parts, size, shared):\n    return part\n"
                + "def check(results, size, parts):\n    return False\n");
        Outcome o = run("exec", "--model", "unsafe", f.toString());
        assertEquals(3, o.code(), o.err());
        assertTrue(o.err().contains("check     FAILED"), o.err());
    }

    @Test
    void aWorkloadThatRaisesExitsOneWithItsTraceback(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("raises.py");
        Files.writeString(f, "DESCRIPTION = 'raises'\nCATEGORY = 'cpu'\nSIZE = 1\n"
                + "def work(part, parts, size, shared):\n    return 1 // 0\n");
        Outcome o = run("exec", "--model", "unsafe", f.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("ZeroDivisionError: integer division or modulo by zero"), o.err());
        assertTrue(o.err().contains("line 5, in work"), o.err());
    }

    @Test
    void aFileThatBreaksTheConventionIsNamedWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.py");
        Files.writeString(f, "DESCRIPTION = 'bad category'\nCATEGORY = 'gpu'\nSIZE = 1\n"
                + "def work(part, parts, size, shared):\n    return 0\n");
        Outcome o = run("exec", "--model", "unsafe", f.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("bad.py:2:1: workload error: CATEGORY is 'gpu'"), o.err());

        Files.writeString(f, "DESCRIPTION = 'no work'\nCATEGORY = 'cpu'\nSIZE = 1\n");
        o = run("exec", "--model", "unsafe", f.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("bad.py:1:1: workload error: no module-level work"), o.err());
    }

    @Test
    void aSyntaxErrorIsReportedAtItsPlace(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("syntax.py");
        Files.writeString(f, "DESCRIPTION = 'x'\ndef work(:\n");
        Outcome o = run("exec", "--model", "unsafe", f.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("syntax.py:2:"), o.err());
    }

    @Test
    void badOptionsAreUsageErrorsThatNameTheOption() {
        Outcome o = run("exec", "--model", "no-such-model", workload("countdown"));
        assertEquals(2, o.code());
        assertTrue(o.err().contains("unknown model 'no-such-model'") && o.err().contains("unsafe"), o.err());

        o = run("exec", "--model", "unsafe", "--option", "speed=11", workload("countdown"));
        assertEquals(2, o.code());
        assertTrue(o.err().contains("unknown option 'speed' for model unsafe"), o.err());

        o = run("exec", "--model", "unsafe", "--workers", "0", workload("countdown"));
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--workers must be at least 1"), o.err());

        o = run("exec", "--workers", "2", workload("countdown"));
        assertEquals(2, o.code());
        assertTrue(o.err().contains("need --model"), o.err());

        o = run("exec", "--model", "unsafe", "no/such/file.py");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("cannot read no/such/file.py: no such file"), o.err());
    }

    @Test
    void aWorkloadAModelCannotExpressIsNotApplicableWithExitFour() {
        Outcome o = run("exec", "--model", "subinterpreters", "--workers", "2", "--size", "100", workload("list_append"));
        assertEquals(4, o.code(), o.err());
        assertTrue(o.err().contains("n/a       not applicable to this model: CATEGORY is shared-state"), o.err());
    }

    @Test
    void aSettingIsTakenAsListPrintsItAndRunsSpellingOfModelIsAccepted() {
        Outcome o = run("exec", "--models", "gil", "-o", "gil.interval=1ms", "--size", "1000", workload("countdown"));
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("interval=1ms"), o.err());
        o = run("exec", "-m", "gil", "-o", "interval=2ms", "--size", "1000", workload("countdown"));
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("interval=2ms"), o.err());
    }

    @Test
    void scaleIsAMultipleOfTheWorkloadsSizeAsInRun() throws Exception {
        long size = org.gillab.workload.WorkloadRunner.inspect(Path.of(workload("countdown"))).defaultSize();
        Outcome o = run("exec", "--model", "unsafe", "--scale", "0.001", workload("countdown"));
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains(", size " + Math.round(size * 0.001) + "\n"), o.err());
    }

    @Test
    void listModelsPrintsSettingsAsTheyAreGiven() {
        Outcome o = run("exec", "--list-models");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("-o gil.interval=5ms"), o.out());
        assertEquals(o.out(), run("list", "--models").out().replaceFirst("Models:\\R", ""));
    }

    @Test
    void listModelsNamesEveryModelOnTheClassPath() {
        Outcome o = run("exec", "--list-models");
        assertEquals(0, o.code(), o.err());
        for (String m : new String[] {"unsafe", "gil", "gil-ticks", "fine-grained", "free-threaded", "subinterpreters", "cooperative", "gevent"}) {
            assertTrue(o.out().contains(m + " "), m + " missing: " + o.out());
        }
    }
}

package org.gillab.models.subinterpreters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.gillab.models.contract.ModelRuns;
import org.gillab.models.contract.Workloads;
import org.gillab.spi.ModelPlugin;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One interpreter per worker: the shipped workloads that do not share state give the same checked
 * results as under the shared-heap models; values cross only as copies; what cannot be copied is
 * refused by name; shared-state workloads are not applicable rather than wrong.
 */
class SubinterpretersModelTest {
    private static final SubinterpretersFactory FACTORY = new SubinterpretersFactory();

    private static RunOutcome run(Path file, int workers, long size) {
        return ModelRuns.run(FACTORY, Map.of(), file, workers, size, Duration.ofSeconds(60)).outcome();
    }

    private static void assertIntact(RunOutcome r) {
        assertNull(r.notApplicable());
        assertEquals(List.of(), r.damage());
        assertEquals(List.of(), r.errors());
        assertFalse(r.timedOut());
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
    }

    @Test
    void isDiscoverableByName() {
        boolean found = false;
        for (ModelPlugin p : ServiceLoader.load(ModelPlugin.class)) found |= p.factory().name().equals("subinterpreters");
        assertTrue(found);
    }

    @Test
    void eachWorkerGetsAnInterpreterAndAGilOfItsOwn() {
        RunOutcome r = run(Workloads.file("countdown"), 3, 300_000);
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        assertEquals(3L, r.counters().get("interpreters-created"));
        assertEquals(4L, r.counters().get("gils")); // the main interpreter's and one per worker
        assertTrue(r.counters().get("interpreter-startup-ns") > 0);
        // a worker's lock is never contended: nobody else runs in its interpreter
        assertEquals(0L, r.counters().get("gil-contended-acquisitions"));
    }

    @Test
    void channelsCarryCopiesBetweenInterpreters() {
        RunOutcome r = run(Workloads.file("pipeline"), 4, 20_000);
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
    }

    @Test
    void sharedStateWorkloadsAreNotApplicableWithTheReason() {
        for (String w : List.of("list_append", "dict_keys", "counter_locked", "counter_unlocked", "shared_reads")) {
            RunOutcome r = run(Workloads.file(w), 2, 1000);
            assertTrue(r.notApplicable() != null && r.notApplicable().contains("shared-state"), w + ": " + r.notApplicable());
            assertEquals(4, r.exitCode(), w);
        }
        RunOutcome convoy = run(Workloads.file("convoy"), 2, 10);
        assertTrue(convoy.notApplicable().contains("'dict' object cannot be shared between interpreters"), convoy.notApplicable());
    }

    @Test
    void eachInterpreterRunsTheModuleItselfAndKeepsItsOwnGlobals(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("globals.py");
        Files.writeString(f, String.join("\n",
                "DESCRIPTION = 'module state is per interpreter'",
                "CATEGORY = 'cpu'",
                "SIZE = 5",
                "seen = []",
                "def work(part, parts, size, shared):",
                "    for i in range(size):",
                "        seen.append(part)",
                "    return (len(seen), shared)",
                "def setup(size, parts):",
                "    return ('config', 2.5, None)",
                "def check(results, size, parts):",
                "    return seen == [] and all(r == (size, ('config', 2.5, None)) for r in results)",
                ""));
        RunOutcome r = run(f, 3, 5);
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.results().toString());
    }

    @Test
    void aResultThatCannotBeCopiedBackIsAnErrorNamingItsType(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("result.py");
        Files.writeString(f, "DESCRIPTION = 'returns a list'\nCATEGORY = 'cpu'\nSIZE = 1\n"
                + "def work(part, parts, size, shared):\n    return [part]\n");
        RunOutcome r = run(f, 2, 1);
        assertEquals(2, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).contains("'list' object cannot be shared between interpreters"), r.errors().get(0));
        assertEquals(1, r.exitCode());
    }

    @Test
    void aWorkerThatRaisesIsReportedAndNoThreadIsLeftBehind(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("raises.py");
        Files.writeString(f, "DESCRIPTION = 'worker 1 fails'\nCATEGORY = 'cpu'\nSIZE = 1\n"
                + "def work(part, parts, size, shared):\n    if part == 1:\n        raise KeyError('one')\n    return part\n");
        RunOutcome r = run(f, 3, 1);
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).contains("KeyError: 'one'"), r.errors().get(0));
        assertEquals(List.of("0", "None", "2"), r.results());
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().startsWith("gillab-worker-") && t.isAlive(), "left behind: " + t.getName());
        }
    }
}

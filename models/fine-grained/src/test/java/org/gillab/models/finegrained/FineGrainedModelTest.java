package org.gillab.models.finegrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.models.contract.Workloads;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model in whole runs: what its counters show, and its options. */
class FineGrainedModelTest {
    private final FineGrainedFactory factory = new FineGrainedFactory();

    private RunOutcome run(Map<String, String> options, Path file, int workers, long size) {
        return ModelRuns.run(factory, options, file, workers, size, Duration.ofSeconds(120)).outcome();
    }

    private static void assertIntactAndPassed(RunOutcome r) {
        assertEquals(List.of(), r.damage());
        assertEquals(List.of(), r.errors());
        assertTrue(r.audit().clean(), r.audit().summary());
        assertEquals(RunOutcome.Check.PASSED, r.check());
    }

    @Test
    void twoWorkersReadingSharedObjectsContendForTheRefcountMutex() {
        // every read of a shared int is an incref and a decref under the one mutex; two threads on
        // two cores collide on it almost at once. A few attempts guard against a starved machine.
        RunOutcome r = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            r = run(Map.of(), Workloads.file("read_shared"), 2, 400_000);
            assertIntactAndPassed(r);
            if (r.counters().get("refcount-lock-contended") > 0) break;
        }
        Map<String, Long> c = r.counters();
        assertTrue(c.get("refcount-lock-contended") > 0, c.toString());
        assertTrue(c.get("refcount-lock-acquisitions") >= 2 * 400_000L, "at least one incref/decref pair per read: " + c);
        assertTrue(c.get("container-lock-acquisitions") >= 400_000L, "every data[i] read locks the list: " + c);
        CounterInvariants.check(c, false);
    }

    @Test
    void theMainThreadsContainerAccessesAreCounted(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("main_only.py");
        Files.writeString(f, String.join("\n",
                "DESCRIPTION = 'only the main thread touches a list'",
                "CATEGORY = 'cpu'",
                "SIZE = 1",
                "def setup(size, parts):",
                "    xs = []",
                "    for i in range(5000):",
                "        xs.append(i)",
                "    return None",
                "def work(part, parts, size, shared):",
                "    return 0",
                ""));
        RunOutcome r = run(Map.of(), f, 2, 1);
        assertEquals(List.of(), r.errors());
        assertTrue(r.counters().get("container-lock-acquisitions") >= 5000, r.counters().toString());
    }

    @Test
    void withoutImmortalsEvenSmallIntsAndNoneTakeTheRefcountMutex() {
        Path countdown = Workloads.file("countdown");
        RunOutcome modern = run(Map.of(), countdown, 1, 50_000);
        RunOutcome original = run(Map.of("immortals", "false"), countdown, 1, 50_000);
        assertIntactAndPassed(modern);
        assertIntactAndPassed(original);
        long a = modern.counters().get("refcount-lock-acquisitions");
        long b = original.counters().get("refcount-lock-acquisitions");
        assertTrue(b > a + 50_000, "immortals=false took " + b + ", immortals=true " + a);
    }

    @Test
    void withoutImmortalsLoadingAConstantCountsIt(@TempDir Path dir) throws IOException {
        // the same loop with and without one more `y = None`: LOAD_CONST's incref and STORE_FAST's
        // decref of the None it replaces, two mutex acquisitions per iteration (one, the decref, before
        // LOAD_CONST counted), as in 1996 (before
        // constants were immortal, LOAD_CONST was a Py_INCREF like any other)
        Path plain = loop(dir, "plain", ""), more = loop(dir, "more", "        y = None\n");
        long n = 20_000;
        long a = run(Map.of("immortals", "false"), plain, 1, n).counters().get("refcount-lock-acquisitions");
        long b = run(Map.of("immortals", "false"), more, 1, n).counters().get("refcount-lock-acquisitions");
        assertTrue(b - a >= 2 * n - 2, "one more constant store per iteration took " + (b - a) + " acquisitions for " + n);
    }

    private static Path loop(Path dir, String name, String extra) throws IOException {
        return Files.writeString(dir.resolve(name + ".py"), "DESCRIPTION = 'a loop'\nCATEGORY = 'cpu'\nSIZE = 10\n"
                + "def work(part, parts, size, shared):\n    y = 0\n    for i in range(size):\n" + extra + "        y = i\n    return 0\n");
    }

    @Test
    void theInterlockedVariantTakesNoRefcountLockButStillLocksContainers() {
        for (String immortals : List.of("true", "false")) {
            RunOutcome r = run(Map.of("refcount", "atomic", "immortals", immortals), Workloads.file("read_shared"), 2, 100_000);
            assertIntactAndPassed(r);
            CounterInvariants.check(r.counters(), true);
        }
    }

    @Test
    void optionsAreCheckedAndAWrongValueNamesTheOption() {
        assertEquals(new FineGrainedSettings(false, true), settings(Map.of()));
        assertEquals(new FineGrainedSettings(true, false), settings(Map.of("refcount", "ATOMIC", "immortals", "no")));
        ModelOptionException e = assertThrows(ModelOptionException.class, () -> settings(Map.of("refcount", "spinlock")));
        assertTrue(e.getMessage().contains("refcount") && e.getMessage().contains("mutex or atomic"), e.getMessage());
        e = assertThrows(ModelOptionException.class, () -> settings(Map.of("immortals", "maybe")));
        assertTrue(e.getMessage().contains("immortals"), e.getMessage());
        e = assertThrows(ModelOptionException.class, () -> settings(Map.of("gil", "true")));
        assertTrue(e.getMessage().contains("gil"), e.getMessage());
        assertFalse(factory.needsInstructionTicks());
    }

    private FineGrainedSettings settings(Map<String, String> given) {
        ModelOptions o = ModelOptions.of(factory, given);
        factory.create(o);
        return FineGrainedSettings.from(o);
    }
}

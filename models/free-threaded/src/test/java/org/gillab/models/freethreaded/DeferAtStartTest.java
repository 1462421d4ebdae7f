package org.gillab.models.freethreaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared module-level objects set aside when the workers start: their counts stay exact, so the
 * audit is clean even when workers create instances that outlive them and drop setup's.
 */
class DeferAtStartTest {
    private static final String WORKLOAD = String.join("\n",
            "DESCRIPTION = 'workers share module-level classes and functions'",
            "CATEGORY = 'cpu'",
            "SIZE = 2000",
            "",
            "class Point:",
            "    def __init__(self, x):",
            "        self.x = x",
            "",
            "    def value(self):",
            "        return self.x",
            "",
            "def make(i):",
            "    return Point(i)",
            "",
            "kept = []",
            "",
            "def setup(size, parts):",
            "    return [Point(i) for i in range(10)]",
            "",
            "def work(part, parts, size, shared):",
            "    total = 0",
            "    for i in range(size):",
            "        total += make(i).value()",
            "    kept.append(make(part))",
            "    return Point(total + shared[part].value() - part)",
            "",
            "def check(results, size, parts):",
            "    return len(kept) == parts and all(r.value() == size * (size - 1) // 2 for r in results)",
            "");

    private static RunOutcome run(Path dir, Map<String, String> options) throws IOException {
        Path f = dir.resolve("classes.py");
        Files.writeString(f, WORKLOAD);
        return ModelRuns.run(new FreeThreadedFactory(), options, f, 3, 2000, Duration.ofSeconds(60)).outcome();
    }

    @Test
    void theModuleItsFunctionsAndItsClassesAreSetAsideAndCountedPerThread(@TempDir Path dir) throws IOException {
        RunOutcome r = run(dir, Map.of());
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.errors().toString());
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
        Map<String, Long> c = r.counters();
        // the module and its dict; make, setup, work, check; Point, its dict, __init__ and value
        assertEquals(10, c.get("deferred-objects"), c.toString());
        assertTrue(c.get("deferred-refcount-ops") >= 3 * 2000, "every make() and Point() counts per thread: " + c);
        assertTrue(c.get("shared-refcount-ops") < c.get("deferred-refcount-ops"), c.toString());
    }

    @Test
    void withoutDeferralTheSameObjectsAreCountedInTheirSharedCounts(@TempDir Path dir) throws IOException {
        RunOutcome r = run(dir, Map.of("defer-at-start", "false"));
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.errors().toString());
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
        Map<String, Long> c = r.counters();
        assertEquals(0, c.get("deferred-objects"));
        assertEquals(0, c.get("deferred-refcount-ops"));
        assertTrue(c.get("shared-refcount-ops") >= 3 * 2000, c.toString());
    }
}

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
 * {@code biased=false}, the ablation of biased counting: the same run, with the owner's count
 * updates made atomic, shows them in {@code shared-refcount-ops} and still ends with a clean audit.
 */
class UnbiasedCountsTest {
    private static final String WORKLOAD = String.join("\n",
            "DESCRIPTION = 'each worker builds and drops its own lists'",
            "CATEGORY = 'cpu'",
            "SIZE = 3000",
            "",
            "def work(part, parts, size, shared):",
            "    total = 0",
            "    for i in range(size):",
            "        xs = [i, i + 1]",
            "        total += len(xs)",
            "    return total",
            "",
            "def check(results, size, parts):",
            "    return all(r == 2 * size for r in results)",
            "");

    private static Map<String, Long> counters(Path dir, Map<String, String> options) throws IOException {
        Path f = dir.resolve("own_lists.py");
        Files.writeString(f, WORKLOAD);
        RunOutcome r = ModelRuns.run(new FreeThreadedFactory(), options, f, 2, 3000, Duration.ofSeconds(60)).outcome();
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.errors().toString());
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
        return r.counters();
    }

    @Test
    void withoutTheBiasTheOwnersOperationsBecomeAtomicOnes(@TempDir Path dir) throws IOException {
        long biased = counters(dir, Map.of()).get("shared-refcount-ops");
        long unbiased = counters(dir, Map.of("biased", "false")).get("shared-refcount-ops");
        assertTrue(biased < 2 * 3000, "a worker's own lists are counted locally: " + biased);
        assertTrue(unbiased >= 2 * 3000, "every owner update is now atomic: " + unbiased);
    }

    @Test
    void theOptionIsAnAtomicCountingClass() {
        try (Fixture f = new Fixture(Map.of("biased", "false"))) {
            assertTrue(f.model.refCounting() instanceof AtomicLocalRefCounting);
        }
        try (Fixture f = new Fixture(Map.of("biased", "true"))) {
            assertTrue(f.model.refCounting() instanceof BiasedRefCounting);
        }
    }
}

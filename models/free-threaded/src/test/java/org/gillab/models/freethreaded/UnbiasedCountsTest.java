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
 * {@code biased=false}, the ablation of biased counting: the option selects the all-atomic class, and
 * a run under it (merges, queues and frees as the biased model's) is still exact with a clean audit.
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
    void withoutTheBiasARunIsStillExactAndItsCountsClean(@TempDir Path dir) throws IOException {
        counters(dir, Map.of("biased", "false")); // asserts the check and the audit
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

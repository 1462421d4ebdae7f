package org.gillab.models.subinterpreters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.models.contract.Workloads;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;

/**
 * What the isolated-model contract ({@link SubinterpretersContractTest}) leaves out: every shared-state
 * workload is not applicable, and so is one whose {@code setup} returns what cannot be copied.
 */
class SubinterpretersModelTest {
    private static final SubinterpretersFactory FACTORY = new SubinterpretersFactory();

    private static RunOutcome run(Path file, int workers, long size) {
        return ModelRuns.run(FACTORY, Map.of(), file, workers, size, Duration.ofSeconds(60)).outcome();
    }

    @Test
    void sharedStateWorkloadsAreNotApplicableWithTheReason() {
        for (String w : List.of("list_append", "dict_keys", "counter_locked", "shared_counter", "read_shared")) {
            RunOutcome r = run(Workloads.file(w), 2, 1000);
            assertTrue(r.notApplicable() != null && r.notApplicable().contains("shared-state"), w + ": " + r.notApplicable());
            assertEquals(4, r.exitCode(), w);
        }
        RunOutcome convoy = run(Workloads.file("convoy"), 2, 10);
        assertTrue(convoy.notApplicable().contains("'dict' object cannot be shared between interpreters"), convoy.notApplicable());
    }

}

package org.gillab.models.subinterpreters;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static final String[] PING_PONG = {
        "import channels",
        "DESCRIPTION = 'worker 0 sends SIZE pings, worker 1 answers each'",
        "CATEGORY = 'mixed'",
        "SIZE = 20",
        "def setup(size, parts):",
        "    return (channels.Channel(), channels.Channel())",
        "def work(part, parts, size, shared):",
        "    ping, pong = shared",
        "    if part == 0:",
        "        for i in range(size):",
        "            ping.send(i)",
        "            if pong.recv() != i:",
        "                return False",
        "        ping.close()",
        "        return True",
        "    return sum(1 for v in ping if pong.send(v) is None)",
        "def check(results, size, parts):",
        "    return results == [True, size]",
    };

    @Test
    void aWaitingChannelPollsEveryTenMillisecondsAsCPythonsQueueDoesUnlessToldToWake(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ping_pong.py");
        Files.writeString(f, String.join("\n", PING_PONG) + "\n");
        for (String wait : new String[] {"poll", "wake"}) {
            RunOutcome r = ModelRuns.run(FACTORY, Map.of("queue-wait", wait), f, 2, 20, Duration.ofSeconds(60)).outcome();
            assertEquals(RunOutcome.Check.PASSED, r.check(), wait + ": " + r.results() + r.errors());
            long sleeps = r.counters().get("channel-poll-sleeps");
            // every round trip finds an empty channel on one side or the other: the receiver polls
            if (wait.equals("poll")) assertTrue(sleeps >= 20, wait + ": " + sleeps);
            else assertEquals(0L, sleeps, wait);
        }
    }

    @Test
    void aBadQueueWaitIsAnErrorNamingTheOption() {
        ModelOptionException e = assertThrows(ModelOptionException.class,
                () -> FACTORY.create(ModelOptions.of(FACTORY, Map.of("queue-wait", "spin"))));
        assertEquals("option queue-wait of model subinterpreters: expected poll or wake, got 'spin'", e.getMessage());
    }
}

package org.gillab.models.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model's own behaviour in whole runs: what the isolated-model contract ({@link ActorsContractTest}) leaves out. */
class ActorsModelTest {
    private static final ActorsFactory FACTORY = new ActorsFactory();

    @TempDir
    Path dir;

    @AfterEach
    void nothingOutlivesTheRun() {
        ActorsContractTest.ActorsLeftBehind.assertNone();
    }

    private Path program(String... lines) throws IOException {
        Path f = dir.resolve("w.py");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private static RunOutcome run(Path file, int workers, Duration timeout) {
        return ModelRuns.run(FACTORY, Map.of(), file, workers, 1, timeout).outcome();
    }

    @Test
    void channelsMadeBySetupAndByWorkersAreActors() throws IOException {
        Path f = program("import channels", "DESCRIPTION = 'channels everywhere'", "CATEGORY = 'mixed'", "SIZE = 1",
                "def setup(size, parts):", "    return channels.Channel(2)",
                "def work(part, parts, size, shared):",
                "    mine = channels.Channel()",
                "    mine.send(part)",
                "    shared.send(mine.recv())",
                "    return repr(mine)",
                "def check(results, size, parts):",
                "    return results == ['<channels.Channel open, 0 waiting>'] * parts");
        RunOutcome r = run(f, 2, Duration.ofSeconds(60));
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.errors() + " " + r.results());
        assertEquals(3L, r.counters().get("channel-actors"));
        assertEquals(5L, r.counters().get("actors-spawned"));
        assertEquals(6L, r.counters().get("channel-messages"));
    }

    @Test
    void aFailedWorkerIsCountedAndReportedOnceWhileTheOthersFinish() throws IOException {
        Path f = program("DESCRIPTION = 'worker 0 fails'", "CATEGORY = 'cpu'", "SIZE = 1",
                "def work(part, parts, size, shared):", "    if part == 0:", "        return 1 // 0", "    return part");
        RunOutcome r = run(f, 3, Duration.ofSeconds(60));
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).startsWith("worker 0 raised:") && r.errors().get(0).contains("ZeroDivisionError"), r.errors().get(0));
        assertEquals(List.of("None", "1", "2"), r.results());
        assertEquals(1L, r.counters().get("worker-failures"));
        assertEquals(1, r.exitCode());
    }

    @Test
    void aWorkerStuckInAChannelWaitPastTheTimeoutIsStoppedWithTheActorSystem() throws IOException {
        Path f = program("import channels", "DESCRIPTION = 'worker 1 waits for an item nobody sends'", "CATEGORY = 'mixed'", "SIZE = 1",
                "def setup(size, parts):", "    return channels.Channel()",
                "def work(part, parts, size, shared):", "    if part == 1:", "        return shared.recv()", "    return part");
        RunOutcome r = run(f, 2, Duration.ofSeconds(2));
        assertTrue(r.timedOut());
        assertEquals(3, r.exitCode());
        assertTrue(r.damage().toString().contains("worker(s) 1 still running"), r.damage().toString());
    }

    @Test
    void aRunWithNothingToDoStillEndsItsActorSystem() {
        RunOutcome r = ModelRuns.run(FACTORY, Map.of(), org.gillab.models.contract.Workloads.file("read_shared"), 2, 10,
                Duration.ofSeconds(60)).outcome();
        assertEquals(4, r.exitCode());
        assertEquals(0L, r.counters().get("worker-actors"));
    }
}

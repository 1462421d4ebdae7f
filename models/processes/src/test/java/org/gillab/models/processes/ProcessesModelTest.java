package org.gillab.models.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.gillab.models.contract.ModelRuns;
import org.gillab.models.contract.Workloads;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the isolated-model contract ({@link ProcessesContractTest}) leaves out: a worker process that
 * dies or never starts, its peers, a parent that is stopped, output and channels across processes.
 */
class ProcessesModelTest {
    private static final String[] SLEEPY = {
        "import channels",
        "import time",
        "DESCRIPTION = 'worker 1 sleeps; worker 0 waits for it on a channel if there is one'",
        "CATEGORY = 'mixed'",
        "SIZE = 1",
        "def setup(size, parts):",
        "    return channels.Channel()",
        "def work(part, parts, size, shared):",
        "    if part == 1:",
        "        time.sleep(60)",
        "        return 'woke'",
        "    try:",
        "        return shared.recv()",
        "    except channels.ChannelClosed:",
        "        return 'closed'",
    };

    private static Path program(Path dir, String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private static ModelRuns.Run run(Path file, Map<String, String> options, int workers, long size) {
        return ModelRuns.run(new ProcessesFactory(), options, file, workers, size, Duration.ofSeconds(60));
    }

    @AfterEach
    void noChildOutlivesATest() {
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList());
    }

    @Test
    void aKilledWorkerProcessIsReportedAndItsPeersStopWaiting(@TempDir Path dir) throws Exception {
        Path f = program(dir, "sleepy.py", SLEEPY);
        CapturingFactory factory = new CapturingFactory();
        CompletableFuture<ModelRuns.Run> running = CompletableFuture.supplyAsync(
                () -> ModelRuns.run(factory, Map.of(), f, 2, 1, Duration.ofSeconds(120)));
        ChildConnection sleeper = factory.awaitReady(2).get(1);
        Thread.sleep(300); // the run starts the work once every worker is ready
        ProcessHandle.of(sleeper.pid()).orElseThrow().destroyForcibly();

        RunOutcome r = running.get(60, TimeUnit.SECONDS).outcome();
        assertFalse(r.timedOut());
        assertEquals(1, r.damage().size(), r.damage().toString());
        assertTrue(r.damage().get(0).startsWith("worker 1's process died (exit code 137: killed by signal 9, SIGKILL)"),
                r.damage().get(0));
        // its channel was closed, so worker 0 stopped waiting for it instead of hanging until the timeout
        assertEquals(List.of("'closed'", "None"), r.results());
        assertEquals(1L, r.counters().get("workers-died"));
        assertEquals(0L, r.counters().get("workers-killed"));
        assertEquals(3, r.exitCode());
    }

    @Test
    void aWorkerJvmThatCannotStartIsReportedWithWhatItSaid() {
        RunOutcome r = run(Workloads.file("countdown"), Map.of("java-options", "-XX:+NoSuchGillabOption"), 2, 1000).outcome();
        assertFalse(r.timedOut());
        assertEquals(2, r.damage().size(), r.damage().toString());
        String d = r.damage().get(0);
        assertTrue(d.startsWith("worker 0's process died (exit code 1)"), d);
        assertTrue(d.contains("Unrecognized VM option 'NoSuchGillabOption'"), d);
        assertEquals(2L, r.counters().get("workers-died"));
        assertEquals(0L, r.counters().get("interpreters-created"));
        assertEquals(3, r.exitCode());
    }

    @Test
    void whatWorkersPrintReachesTheParentsOutput(@TempDir Path dir) throws IOException {
        Path f = program(dir, "prints.py", "DESCRIPTION = 'prints'", "CATEGORY = 'cpu'", "SIZE = 3",
                "def work(part, parts, size, shared):",
                "    for i in range(size):",
                "        print('worker', part, 'line', i, '\\u2603')",
                "    return part");
        ModelRuns.Run run = run(f, Map.of(), 2, 3);
        assertEquals(0, run.outcome().exitCode(), run.outcome().errors().toString());
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < 3; i++) assertTrue(run.output().contains("worker " + p + " line " + i + " \u2603\n"), run.output());
        }
    }

    @Test
    void aChannelMadeInAWorkerCrossesToAnotherWorker(@TempDir Path dir) throws IOException {
        Path f = program(dir, "made.py",
                "import channels",
                "DESCRIPTION = 'worker 0 makes a channel and hands it to worker 1, which answers through it'",
                "CATEGORY = 'mixed'",
                "SIZE = 1",
                "def setup(size, parts):",
                "    return channels.Channel()",
                "def work(part, parts, size, shared):",
                "    if part == 0:",
                "        mine = channels.Channel(1)",
                "        shared.send(mine)",
                "        return mine.recv()",
                "    theirs = shared.recv()",
                "    theirs.send(('from', part, repr(theirs).startswith('<channels.Channel open')))",
                "    return 'answered'",
                "def check(results, size, parts):",
                "    return results == [('from', 1, True), 'answered']");
        RunOutcome r = run(f, Map.of(), 2, 1).outcome();
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.results() + " " + r.errors() + " " + r.damage());
        assertTrue(r.counters().get("channel-ops") >= 5, r.counters().toString());
    }

    @Test
    void anUnshareableValueIsRefusedBeforeItLeavesTheChild(@TempDir Path dir) throws IOException {
        Path f = program(dir, "refused.py",
                "import channels, threading",
                "DESCRIPTION = 'sends a lock in a dict'", "CATEGORY = 'mixed'", "SIZE = 1",
                "def setup(size, parts):",
                "    return channels.Channel()",
                "def work(part, parts, size, shared):",
                "    try:",
                "        shared.send({'k': threading.Lock()})",
                "    except channels.NotShareableError as e:",
                "        return str(e)",
                "    return 'sent'");
        RunOutcome r = run(f, Map.of(), 1, 1).outcome();
        assertTrue(r.results().get(0).contains("'dict' object cannot be shared between interpreters: cannot pickle 'lock' object"),
                r.results().toString());
        assertEquals(0L, r.counters().get("channel-ops"));
    }

    @Test
    void transfersAreCounted() {
        RunOutcome r = run(Workloads.file("pipeline"), Map.of(), 3, 2000).outcome();
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.errors().toString());
        Map<String, Long> c = r.counters();
        // every value sent is one PUT frame (a Queue.put: no reply) and every value received a request and its
        // reply; each producer ends with None
        assertTrue(c.get("channel-ops") >= 2 * (2000 + 2), c.toString());
        assertTrue(c.get("messages") >= 3 * (2000 + 2), c.toString());
        assertTrue(c.get("messages") < 2 * c.get("channel-ops"), "a send waited for a reply: " + c);
        assertTrue(c.get("bytes-sent") > 10 * 2000 && c.get("bytes-received") > 10 * 2000, c.toString());
        assertTrue(c.get("transfer-ns") > 0, c.toString());
    }

    @Test
    void stoppingTheParentStopsItsChildren(@TempDir Path dir) throws Exception {
        assertChildrenDieWithTheParent(program(dir, "sleepy.py", SLEEPY), false);
    }

    @Test
    void aParentKilledOutrightLeavesNoChildEither(@TempDir Path dir) throws Exception {
        assertChildrenDieWithTheParent(program(dir, "sleepy.py", SLEEPY), true);
    }

    /**
     * A parent stopped the way Ctrl-C stops it (a signal that runs shutdown hooks) kills its children;
     * one killed outright runs no hook, and its children end when their stdin closes.
     */
    private static void assertChildrenDieWithTheParent(Path workload, boolean outright) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ParentProbe.class.getName(),
                workload.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            List<ProcessHandle> children = List.of();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (children.size() < 2 && System.nanoTime() < until) {
                Thread.sleep(50);
                children = parent.children().toList();
            }
            assertEquals(2, children.size(), "the parent did not start its two workers");
            Thread.sleep(500);
            if (outright) parent.destroyForcibly(); else parent.destroy();
            assertTrue(parent.waitFor(30, TimeUnit.SECONDS));
            for (ProcessHandle c : children) {
                c.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(c.isAlive(), "child " + c.pid() + " outlived its parent");
            }
        } finally {
            parent.destroyForcibly();
        }
    }
}

package org.gillab.models.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gillab.spi.ModelFactory;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every model whose workers each own an interpreter keeps, wherever the workers run (a
 * thread, an actor, a child process): the shipped workloads that do not share state give the same
 * checked results as under the shared-heap models; values cross channels intact, as copies (shareable
 * ones as themselves, the rest as serialized copies, with shared references and cycles kept within one
 * value and identity never kept across); what pickle cannot copy is refused with a NotShareableError
 * naming its type; shared-state workloads are
 * "not applicable", never wrong; a sleeping worker does not hold up the others; a worker that raises is
 * that worker's failure and the run ends; a hung worker is reported and stopped; the counters keep their
 * names and add up; nothing the run started outlives it (threads here, and whatever
 * {@link #assertNothingLeftBehind} is extended to check).
 *
 * <p>To check a new isolated model, extend this class in the model's tests and return its factory;
 * override {@link #assertNothingLeftBehind} to check what else the model starts (an actor system, child
 * processes). Sizes are small so that the whole contract runs in seconds.
 */
public abstract class IsolatedModelContract {
    /** The model under test. */
    protected abstract ModelFactory factory();

    /** Settings for every run (defaults: none). */
    protected Map<String, String> options() {
        return Map.of();
    }

    /** Model-specific consistency of the counters after a run with {@code workers} workers; override to add. */
    protected void assertCountersConsistent(Map<String, Long> counters, int workers) {}

    /**
     * After every test: no worker thread is alive. A model that starts more (an actor system, child
     * processes) overrides this and calls it.
     */
    protected void assertNothingLeftBehind() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().startsWith("gillab-worker-") && t.isAlive(), "left behind: " + t.getName());
        }
    }

    protected final RunOutcome run(Path file, int workers, long size, Duration timeout) {
        return ModelRuns.run(factory(), options(), file, workers, size, timeout).outcome();
    }

    protected final RunOutcome run(String workload, int workers, long size) {
        return run(Workloads.file(workload), workers, size, Duration.ofSeconds(120));
    }

    protected static Path program(Path dir, String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    /** Ran to the end with nothing wrong inside any interpreter and a clean audit of the main one. */
    protected static void assertIntact(RunOutcome r) {
        assertNull(r.notApplicable(), "not applicable");
        assertEquals(List.of(), r.damage(), "interpreter damage");
        assertEquals(List.of(), r.errors(), "Python errors");
        assertFalse(r.timedOut(), "hung");
        assertNotNull(r.audit(), "audit");
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
    }

    @AfterEach
    void nothingOutlivesTheRun() {
        assertNothingLeftBehind();
    }

    @Test
    void isDiscoverableByName() {
        ContractChecks.assertDiscoverable(factory());
    }

    @Test
    void eachWorkerGetsAnInterpreterAndTheStartUpIsCounted() {
        for (int workers : new int[] {1, 3}) {
            RunOutcome r = run("countdown", workers, 300_000);
            assertIntact(r);
            assertEquals(RunOutcome.Check.PASSED, r.check());
            assertEquals(0, r.exitCode());
            assertEquals((long) workers, r.counters().get("interpreters-created"));
            assertTrue(r.counters().get("interpreter-startup-ns") > 0);
            assertTrue(r.counters().get("interpreter-startup-max-ns") <= r.counters().get("interpreter-startup-ns"));
            assertCountersConsistent(r.counters(), workers);
        }
    }

    @Test
    void aSleepingWorkerDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
        // two seconds: every worker's interpreter (or process) must be up and counting before the sleeper wakes
        RunOutcome r = run(Workloads.sleeperAndCounters(dir, 2.0), 3, 20_000, Duration.ofSeconds(60));
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), "workers finished after the sleeper woke: " + r.results());
    }

    @Test
    void eachInterpreterCollectsItsOwnCycles() {
        // every interpreter has its own collector: worker 0's gc.collect() calls and the others'
        // threshold-triggered collections each see only their own interpreter's objects
        RunOutcome r = run("gc_churn", 3, 30_000);
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), "a live ring was broken or a result lost: " + r.results());
    }

    @Test
    void countersAreConsistent() {
        RunOutcome a = run("countdown", 1, 20_000);
        RunOutcome b = run("pipeline", 3, 2_000);
        ContractChecks.assertCountersWellFormed(a, b);
        assertCountersConsistent(a.counters(), 1);
        assertCountersConsistent(b.counters(), 3);
    }

    @Test
    void aProducerConsumerPipelineGivesTheCheckedResult() {
        RunOutcome r = run("pipeline", 4, 20_000);
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
    }

    @Test
    void valuesCrossChannelsIntact(@TempDir Path dir) throws IOException {
        Path f = program(dir, "values.py",
                "import channels",
                "DESCRIPTION = 'worker 1 sends every shareable kind to worker 0'",
                "CATEGORY = 'mixed'",
                "SIZE = 1",
                "VALUES = [None, True, False, 0, -7, 2 ** 100, -(3 ** 70), 1.5, -0.0, float('inf'), '', 'h\\u00e9llo \\u2603',",
                "          b'', b'\\x00\\xffbytes', (), (1, ('two', (3.0, b'4')), None)]",
                "def setup(size, parts):",
                "    return (channels.Channel(), channels.Channel(2))",
                "def work(part, parts, size, shared):",
                "    data, reply = shared",
                "    if part == 1:",
                "        for v in VALUES:",
                "            data.send(v)",
                "        data.close()",
                "        return reply.recv()",
                "    if part == 0:",
                "        got = [v for v in data]",
                "        same = len(got) == len(VALUES) and all(type(a) is type(b) and a == b for a, b in zip(got, VALUES))",
                "        reply.send(same)",
                "        return same",
                "    return None",
                "def check(results, size, parts):",
                "    return results[0] is True and results[1] is True");
        RunOutcome r = run(f, 2, 1, Duration.ofSeconds(60));
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.results().toString());
    }

    @Test
    void valuesThatAreNotShareableCrossAsSerializedCopies(@TempDir Path dir) throws IOException {
        // what 3.14's concurrent.interpreters pickles: containers, instances of module-level classes,
        // exceptions, classes and functions by reference; shared references and cycles kept within one
        // value; identity never kept across; __init__ not run again in the receiver
        Path f = program(dir, "copies.py",
                "import channels",
                "DESCRIPTION = 'worker 1 sends values that cross by a serialized copy to worker 0'",
                "CATEGORY = 'mixed'",
                "SIZE = 1",
                "inits = []",
                "class Point:",
                "    def __init__(self, x, y):",
                "        inits.append(1)",
                "        self.x, self.y = x, y",
                "    def __eq__(self, other):",
                "        return type(other) is Point and (self.x, self.y) == (other.x, other.y)",
                "class Failed(Exception):",
                "    pass",
                "def double(n):",
                "    return 2 * n",
                "def values():",
                "    shared = [1, 2]",
                "    loop = []",
                "    loop.append(loop)",
                "    return [[1, [2.5, 'x']], {'k': (1, [2]), 3: None}, {4, 5}, Point(1, 2), Failed('no', 3), Point, double,",
                "            [shared, shared], loop, ([3], {'t': 1})]",
                "def same(got, want):",
                "    head = all(type(a) is type(b) and a == b for a, b in zip(got[:4], want[:4]))",
                "    exc = type(got[4]) is Failed and got[4].args == ('no', 3)",
                "    refs = got[5] is Point and got[6] is double and got[6](4) == 8",
                "    shared = got[7][0] is got[7][1] and got[7] == [[1, 2], [1, 2]]",
                "    cycle = got[8][0] is got[8]",
                "    return head and exc and refs and shared and cycle and got[9] == ([3], {'t': 1})",
                "def setup(size, parts):",
                "    return {'data': channels.Channel(), 'reply': channels.Channel(2), 'config': [1, 2, 3]}",
                "def work(part, parts, size, shared):",
                "    data, reply = shared['data'], shared['reply']",
                "    if shared['config'] != [1, 2, 3]:",
                "        return 'no config'",
                "    if part == 1:",
                "        sent = values()",
                "        data.send(sent)",
                "        data.send(sent)",
                "        data.close()",
                "        return [reply.recv(), Point(5, 6)]",
                "    if part == 0:",
                "        before = len(inits)",
                "        first, second = data.recv(), data.recv()",
                "        ok = same(first, values()) and same(second, values()) and first is not second and first[7][0] is not second[7][0]",
                "        ok = ok and len(inits) == before + 2",  // the two values() calls here, none for the copies
                "        reply.send(ok)",
                "        return [ok]",
                "    return None",
                "def check(results, size, parts):",
                "    return results[0] == [True] and results[1] == [True, Point(5, 6)] and inits == [1]");
        RunOutcome r = run(f, 2, 1, Duration.ofSeconds(60));
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.results().toString());
        assertTrue(r.counters().get("copies-pickled") >= 5, r.counters().toString()); // setup's dict, two messages, two results
        assertTrue(r.counters().get("copy-bytes") > 0 && r.counters().get("pickle-ns") > 0 && r.counters().get("unpickle-ns") > 0,
                r.counters().toString());
    }

    @Test
    void whatPickleCannotCopyIsRefusedByName(@TempDir Path dir) throws IOException {
        Path f = program(dir, "unshareable.py",
                "import channels, threading",
                "DESCRIPTION = 'sends a lock and a function defined in a function'",
                "CATEGORY = 'mixed'",
                "SIZE = 1",
                "def setup(size, parts):",
                "    return channels.Channel()",
                "def make():",
                "    def inner():",
                "        pass",
                "    return inner",
                "def work(part, parts, size, shared):",
                "    out = []",
                "    for v in ([threading.Lock()], make()):",
                "        try:",
                "            shared.send(v)",
                "            out.append('sent')",
                "        except channels.NotShareableError as e:",
                "            out.append(str(e))",
                "    return ' | '.join(out)",
                "def check(results, size, parts):",
                "    return all('lock' in r and 'inner' in r for r in results)");
        RunOutcome r = run(f, 2, 1, Duration.ofSeconds(60));
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.results().toString());
        assertEquals("\"'list' object cannot be shared between interpreters: cannot pickle 'lock' object | 'function' object cannot"
                + " be shared between interpreters: Can't pickle local object 'make.<locals>.inner'\"", r.results().get(0));
    }

    @Test
    void sharedStateWorkloadsAreNotApplicableWithTheReason() {
        for (String w : List.of("list_append", "shared_counter")) {
            RunOutcome r = run(w, 2, 1000);
            assertTrue(r.notApplicable() != null && r.notApplicable().contains("shared-state"), w + ": " + r.notApplicable());
            assertEquals(4, r.exitCode(), w);
        }
    }

    @Test
    void eachInterpreterRunsTheModuleItselfAndKeepsItsOwnGlobals(@TempDir Path dir) throws IOException {
        Path f = program(dir, "globals.py",
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
                "    return seen == [] and all(r == (size, ('config', 2.5, None)) for r in results)");
        RunOutcome r = run(f, 3, 5, Duration.ofSeconds(60));
        assertIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check(), r.results().toString());
    }

    @Test
    void aResultThatCannotBeCopiedBackIsAnErrorNamingItsType(@TempDir Path dir) throws IOException {
        Path f = program(dir, "result.py", "import threading", "DESCRIPTION = 'returns a lock'", "CATEGORY = 'cpu'", "SIZE = 1",
                "def work(part, parts, size, shared):", "    return [part, threading.Lock()]");
        RunOutcome r = run(f, 2, 1, Duration.ofSeconds(60));
        assertEquals(2, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).contains("'list' object cannot be shared between interpreters: cannot pickle 'lock' object"),
                r.errors().get(0));
        assertEquals(1, r.exitCode());
    }

    @Test
    void aWorkerThatRaisesIsThatWorkersFailureAndTheRunEnds(@TempDir Path dir) throws IOException {
        Path f = program(dir, "raises.py", "DESCRIPTION = 'worker 1 fails'", "CATEGORY = 'cpu'", "SIZE = 1",
                "def work(part, parts, size, shared):", "    if part == 1:", "        raise KeyError('one')", "    return part");
        RunOutcome r = run(f, 3, 1, Duration.ofSeconds(60));
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).contains("worker 1") && r.errors().get(0).contains("KeyError: 'one'"), r.errors().get(0));
        assertEquals(List.of("0", "None", "2"), r.results());
        assertEquals(1, r.exitCode());
    }

    @Test
    void aHungWorkerIsReportedAndStopped(@TempDir Path dir) throws IOException {
        Path f = program(dir, "hangs.py", "DESCRIPTION = 'worker 1 never ends'", "CATEGORY = 'cpu'", "SIZE = 1",
                "def work(part, parts, size, shared):", "    while part == 1:", "        pass", "    return part");
        RunOutcome r = run(f, 2, 1, Duration.ofSeconds(3));
        assertTrue(r.timedOut());
        assertEquals(3, r.exitCode());
        assertTrue(r.damage().toString().contains("worker(s) 1 still running"), r.damage().toString());
        // the stopped worker is gone once it reaches its next safe point (or its process is killed)
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (workerAlive() && System.nanoTime() < until) Thread.onSpinWait();
    }

    private static boolean workerAlive() {
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith("gillab-worker-") && t.isAlive()) return true;
        return false;
    }
}

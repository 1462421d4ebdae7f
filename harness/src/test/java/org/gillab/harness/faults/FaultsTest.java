package org.gillab.harness.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gillab.harness.library.Workload;
import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.metrics.Metrics;
import org.gillab.harness.report.Results;
import org.gillab.harness.report.ResultsFiles;
import org.gillab.harness.sweep.RunSample;
import org.gillab.harness.sweep.SweepEvent;
import org.gillab.harness.sweep.SweepRunner;
import org.gillab.harness.sweep.SweepSettings;
import org.gillab.harness.wiring.Catalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults of issue 8 that the sweep tests do not already cover, end to end through forked JVMs: a
 * deadlocked model, the JVM out of heap, an actor whose task throws, a worker process killed mid-run,
 * Ctrl-C in the middle of a sweep. Each is its cell's failure with a reason, the sweep finishes (or,
 * interrupted, keeps what finished), and no process is left running.
 */
class FaultsTest {
    static Catalog catalog;

    @BeforeAll
    static void wire() {
        catalog = Catalog.wire(null, WorkloadLibrary.defaultDirectory());
    }

    @AfterEach
    void nothingLeftRunning() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (liveDescendants() > 0 && System.nanoTime() < until) Thread.sleep(50);
        assertEquals(0, liveDescendants(), "a process outlived its sweep");
    }

    private static long liveDescendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();
    }

    private static List<CellResult> sweep(List<String> models, List<Workload> ws, List<Integer> workers, long timeoutSeconds,
                                          List<String> jvmArgs) {
        SweepSettings s = new SweepSettings(models, ws, workers, 0.0, 0, 0.0, 1, 0.002, Duration.ofSeconds(timeoutSeconds),
                Map.of(), jvmArgs, false);
        List<SweepEvent.CellFinished> f = new ArrayList<>();
        for (SweepEvent e : new SweepRunner(catalog, s).events().collectList().block()) {
            if (e instanceof SweepEvent.CellFinished c) f.add(c);
        }
        return Metrics.compute(f, Map.of());
    }

    private static CellResult find(List<CellResult> cells, String model, String workload, int workers) {
        return cells.stream().filter(c -> c.model().equals(model) && c.workload().equals(workload) && c.workers() == workers)
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + model + "/" + workload + "/" + workers + " in " + cells));
    }

    private static Workload workload(Path dir, String name, String... body) throws IOException {
        Path f = dir.resolve(name + ".py");
        Files.writeString(f, "import time\nDESCRIPTION = '" + name + "'\nCATEGORY = 'cpu'\nSIZE = 1\n" + String.join("\n", body) + "\n");
        return WorkloadLibrary.inspect(f);
    }

    @Test
    void aDeadlockIsReportedWithTheThreadsAndTheLocksTheyHoldAndWaitFor() {
        List<CellResult> cells = sweep(List.of("test-deadlock"), List.of(catalog.workload("countdown")), List.of(2), 2, List.of());
        CellResult c = find(cells, "test-deadlock", "countdown", 2);
        assertEquals(RunSample.TIMEOUT, c.status());
        String why = c.reason();
        assertTrue(why.contains("deadlock between 2 threads"), why);
        // each worker waits on the lock the other holds, and both are named
        Pattern p = Pattern.compile("(gillab-worker-\\d) WAITING \\(deadlocked\\) on (ReentrantLock\\S+) held by (gillab-worker-\\d); holds (ReentrantLock\\S+);");
        Map<String, String[]> byThread = new java.util.HashMap<>();
        Matcher m = p.matcher(why);
        while (m.find()) byThread.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4)});
        assertEquals(2, byThread.size(), why);
        String[] w0 = byThread.get("gillab-worker-0"), w1 = byThread.get("gillab-worker-1");
        assertEquals("gillab-worker-1", w0[1], why);
        assertEquals("gillab-worker-0", w1[1], why);
        assertEquals(w0[0], w1[2], why);
        assertEquals(w1[0], w0[2], why);
        assertFalse(w0[0].equals(w1[0]), why);
        assertEquals(RunSample.OK, find(cells, "baseline", "countdown", 1).status());
    }

    @Test
    void aJvmStuckOutsideEverySafePointIsKilledWithADumpOfWhereItWas() {
        String before = System.getProperty("gillab.fork.grace");
        System.setProperty("gillab.fork.grace", "6");
        try {
            List<CellResult> cells = sweep(List.of("test-stuck"), List.of(catalog.workload("countdown")), List.of(1), 1, List.of());
            CellResult c = find(cells, "test-stuck", "countdown", 1);
            assertEquals(RunSample.TIMEOUT, c.status());
            assertTrue(c.reason().contains("no answer from its JVM"), c.reason());
            assertTrue(c.reason().contains("gillab-main WAITING") && c.reason().contains("TestModels"), c.reason());
        } finally {
            if (before == null) System.clearProperty("gillab.fork.grace");
            else System.setProperty("gillab.fork.grace", before);
        }
    }

    @Test
    void aRunOutOfHeapCostsItsCellOnly(@TempDir Path dir) throws IOException {
        Workload hog = workload(dir, "hog", "def work(part, parts, size, shared):",
                "    keep = []",
                "    while parts > 1:",
                "        keep.append([part] * 100000)",
                "    return 0");
        List<CellResult> cells = sweep(List.of("gil"), List.of(hog, catalog.workload("countdown")), List.of(2), 60, List.of("-Xmx48m"));
        CellResult c = find(cells, "gil", "hog", 2);
        assertEquals(RunSample.FAILED, c.status());
        assertTrue(c.reason().contains("out of memory") || c.reason().contains("MemoryError") || c.reason().contains("OutOfMemoryError"),
                c.reason());
        assertEquals(RunSample.OK, find(cells, "gil", "countdown", 2).status()); // a fresh JVM after it
    }

    @Test
    void anActorWhoseTaskThrowsIsItsCellsFailure(@TempDir Path dir) throws IOException {
        Workload raises = workload(dir, "actor_raises", "def work(part, parts, size, shared):",
                "    if part == 1:",
                "        raise RuntimeError('actor one gives up')",
                "    return part");
        List<CellResult> cells = sweep(List.of("actors"), List.of(raises, catalog.workload("countdown")), List.of(2), 60, List.of());
        CellResult c = find(cells, "actors", "actor-raises", 2);
        assertEquals(RunSample.FAILED, c.status());
        assertTrue(c.reason().contains("RuntimeError: actor one gives up"), c.reason());
        assertEquals(RunSample.OK, find(cells, "actors", "countdown", 2).status());
    }

    @Test
    void aWorkerProcessKilledMidRunIsReported(@TempDir Path dir) throws Exception {
        Workload sleeps = workload(dir, "sleeper", "def work(part, parts, size, shared):",
                "    if parts > 1:",
                "        time.sleep(30)",
                "    return part");
        Thread killer = new Thread(FaultsTest::killAWorkerProcess, "test-killer");
        killer.setDaemon(true);
        killer.start();
        List<CellResult> cells = sweep(List.of("processes"), List.of(sleeps), List.of(2), 60, List.of());
        killer.join(1000);
        CellResult c = find(cells, "processes", "sleeper", 2);
        assertEquals(RunSample.FAILED, c.status(), c.reason());
        assertTrue(c.reason().contains("process died"), c.reason());
    }

    /**
     * The worker JVMs are grandchildren of this one (the sweep's fork is the child): once they are up
     * and sleeping, kill them all, so that no sleeper keeps the run waiting for its 30 s.
     */
    private static void killAWorkerProcess() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            List<ProcessHandle> workers = ProcessHandle.current().children().flatMap(ProcessHandle::children).toList();
            if (workers.size() >= 2) {
                try {
                    Thread.sleep(1500); // let them start sleeping: a death during start-up is another report
                } catch (InterruptedException e) {
                    return;
                }
                workers.forEach(ProcessHandle::destroyForcibly);
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Test
    void ctrlCMidSweepKeepsTheFinishedCellsAndLeavesNothingRunning(@TempDir Path dir) throws Exception {
        Path sleepy = dir.resolve("sleepy.py");
        Files.writeString(sleepy, "import time\nDESCRIPTION = 'sleepy'\nCATEGORY = 'io'\nSIZE = 1\n"
                + "def work(part, parts, size, shared):\n    time.sleep(60)\n    return part\n");
        Path out = dir.resolve("results");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.gillab.harness.cli.Main", "run", "--models", "gil",
                "--workloads", "countdown", "--workload", sleepy.toString(), "--workers", "1", "--scale", "0.002", "--reps", "1",
                "--forks", "1", "--settle", "none", "--warmup", "0", "--warmup-time", "0", "--jvm-warmup", "0", "--out", out.toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null && !line.contains("countdown")) {
                // the progress lines: the baseline's countdown cell comes first
            }
            assertTrue(line != null, "the sweep ended before its first cell");
            List<ProcessHandle> started = p.descendants().toList();
            // Ctrl-C is SIGINT; where this JVM was started with SIGINT ignored (a background job of a
            // script, as some CI runners start builds), the child inherits that and the JVM cannot
            // catch it: SIGTERM then takes the same path (the shutdown hook)
            boolean interruptible = !sigintIgnored();
            new ProcessBuilder("kill", interruptible ? "-INT" : "-TERM", String.valueOf(p.pid())).start().waitFor();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "gillab run ignored Ctrl-C");
            assertEquals(interruptible ? 130 : 143, p.exitValue());
            for (ProcessHandle h : started) assertTrue(h.onExit().get(10, TimeUnit.SECONDS) != null && !h.isAlive(), "left running: " + h);
        } finally {
            p.destroyForcibly();
        }
        Results r = ResultsFiles.readJson(out.resolve("results.json"));
        assertFalse(r.complete());
        assertTrue(r.cells().stream().anyMatch(c -> c.workload().equals("countdown") && c.status().equals(RunSample.OK)), r.cells().toString());
        assertTrue(r.cells().stream().noneMatch(c -> c.workload().equals("sleepy")), r.cells().toString());
    }

    /** Whether this JVM ignores SIGINT (bit 2 of SigIgn in /proc/self/status); false where that cannot be read. */
    private static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0b10) != 0;
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: assume the usual default
        }
        return false;
    }
}

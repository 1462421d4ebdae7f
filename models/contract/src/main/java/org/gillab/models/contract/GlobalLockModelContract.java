package org.gillab.models.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The switching contract of a model with one global lock (a GIL and its variants), on top of the
 * shared-heap contract: a lock can keep every heap intact and still be broken as a lock, in ways only
 * a measurement would show. Two such breaks are caught here by what the workers observe:
 * <ul>
 * <li>a holder that is asked to drop the lock must do so at its next safe point, so two CPU-bound
 * workers take turns many times while both run (a lock that ignores the request lets one finish
 * before the other starts);</li>
 * <li>a lock let go at a blocking call must wake a parked waiter at once, not when the waiter's own
 * timed wait runs out (a release that signals nobody still "works", one interval late).</li>
 * </ul>
 * Both checks compare what the workers themselves observe against wide margins (four turns where a
 * working lock gives dozens; half a second where a broken release costs two), so they hold on a loaded machine.
 *
 * <p>To check a model, extend this class instead of {@link SharedHeapModelContract} and say which
 * settings make its switch interval long ({@link #longIntervalOptions}).
 */
public abstract class GlobalLockModelContract extends SharedHeapModelContract {
    /**
     * Settings under which the holder is not asked to drop the lock for at least two seconds (for
     * example {@code interval=2s}), so that only a release can hand the lock over.
     */
    protected abstract Map<String, String> longIntervalOptions();

    /**
     * Whether a waiter asks the holder to drop the lock (a time-based GIL, CPython 3.2+); false for a
     * lock dropped on a count of instructions whoever waits (Python 2's ticks), where whether the
     * other thread gets it is up to the OS and is not a property of the model.
     */
    protected boolean asksTheHolderToDrop() {
        return true;
    }

    @Test
    void twoCpuBoundWorkersTakeTurnsWhileBothRun(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(asksTheHolderToDrop(), "the holder is never asked to drop this lock");
        // each worker spins for 0.4 s of its own running time, logging its part every 200 iterations;
        // the check counts how often the log changes hands while both were running
        Path f = dir.resolve("take_turns.py");
        Files.writeString(f, String.join("\n",
                "import time",
                "DESCRIPTION = 'two CPU-bound workers log who is running'",
                "CATEGORY = 'cpu'",
                "SIZE = 1",
                "log = []",
                "def work(part, parts, size, shared):",
                "    end = time.time() + 0.4",
                "    n = 0",
                "    while True:",
                "        n += 1",
                "        if n % 200 == 0:",
                "            log.append(part)",
                "            if time.time() > end:",
                "                return n",
                "def check(results, size, parts):",
                "    turns = sum(1 for i in range(1, len(log)) if log[i] != log[i - 1])",
                "    print('turns', turns)",
                "    return turns >= 4",
                ""));
        ModelRuns.Run run = ModelRuns.run(factory(), options(), f, 2, 1, Duration.ofSeconds(30));
        assertInterpreterIntact(run.outcome());
        assertEquals(RunOutcome.Check.PASSED, run.outcome().check(),
                "the workers did not take turns: the holder ignores the request to drop the lock (" + run.output().strip() + ")");
    }

    @Test
    void aLockLetGoAtABlockingCallWakesItsWaiterAtOnce(@TempDir Path dir) throws IOException {
        // the first worker to hold the lock computes for a few milliseconds, notes the time and sleeps
        // (letting the lock go); the other has been parked on the lock meanwhile and notes when it
        // first runs. With a two-second interval nothing but the release hands the lock over, unless
        // the machine is so slow that the computing outlasts the interval: then the other worker ran
        // first, the attempt proves nothing, and it is tried again.
        Path f = dir.resolve("wake_on_release.py");
        Files.writeString(f, String.join("\n",
                "import time",
                "DESCRIPTION = 'a release wakes the parked waiter'",
                "CATEGORY = 'io'",
                "SIZE = 50000",
                "def work(part, parts, size, shared):",
                "    first = time.time()",
                "    n = 0",
                "    for i in range(size):",
                "        n += i",
                "    released = time.time()",
                "    time.sleep(0.3)",
                "    return (first, released)",
                ""));
        Map<String, String> settings = new HashMap<>(options());
        settings.putAll(longIntervalOptions());
        for (int attempt = 1; attempt <= 3; attempt++) {
            RunOutcome r = ModelRuns.run(factory(), settings, f, 2, 50_000, RUN_TIMEOUT).outcome();
            assertFalse(r.timedOut(), "hung: the lock let go at time.sleep never reached the parked waiter");
            assertInterpreterIntact(r);
            double[] a = times(r.results().get(0)), b = times(r.results().get(1));
            double[] holder = a[0] <= b[0] ? a : b, waiter = a[0] <= b[0] ? b : a;
            if (waiter[0] < holder[1]) continue; // the waiter ran before the release: inconclusive
            double gap = waiter[0] - holder[1];
            assertTrue(gap < 0.5, String.format("a release did not wake the parked waiter: it ran %.0f ms after the holder let go", gap * 1000));
            return;
        }
        fail("in three attempts the waiter always ran before the holder let go, within a two-second interval: "
                + "the lock changes hands without being asked, or the machine is far too slow for this test");
    }

    /** The two floats of a worker's {@code (first, released)} result. */
    private static double[] times(String repr) {
        String[] parts = repr.replaceAll("[() ]", "").split(",");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }
}

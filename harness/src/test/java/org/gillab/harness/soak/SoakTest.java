package org.gillab.harness.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.spi.InstructionTicks;
import org.gillab.spi.ModelChoice;
import org.gillab.spi.ModelRegistry;
import org.gillab.workload.RunOutcome;
import org.gillab.workload.RunSpec;
import org.gillab.workload.WorkloadRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 1,000 consecutive runs across the models in one JVM, through {@link WorkloadRunner} as {@code gillab
 * exec --model} and every forked sweep JVM run them: after the first 100 (class loading, the JIT, the
 * actor system's and the event loop's first start), the JVM's threads, open file descriptors, child
 * processes and heap retained after a full GC must stay flat. A leak of one thread or one pipe per run
 * shows up here as hundreds.
 *
 * <p>Off by default (minutes); {@code mvn -o -B -pl harness test -Psoak} runs it, gil-ticks included.
 * fine-grained soaks in a JVM of its own ({@link FineGrainedSoakTest}): it and free-threaded each leave
 * their own kind of lock in the header of objects that outlive a run, and each expects its own kind
 * there, so the two cannot take turns in one JVM. A sweep never mixes them (a fresh JVM per model).
 */
@Tag("soak")
class SoakTest {
    /** Models on one shared heap: they may run the shared-state workloads too. */
    static final List<String> SHARED = List.of("unsafe", "gil", "gil-ticks", "free-threaded", "cooperative", "gevent");
    static final List<String> ISOLATED = List.of("subinterpreters", "actors");
    private static final int SETTLE = 100, EVERY = 50;

    private record Sample(int run, long threads, long fds, long children, long heapBytes) {}

    private record Plan(String model, String workload, int workers, long size) {}

    @Test
    void aThousandRunsLeaveNoThreadDescriptorProcessOrHeapBehind() {
        soak(SHARED, ISOLATED, Integer.getInteger("gillab.soak.runs", 1000), true);
    }

    /**
     * {@code runs} runs cycling through the models' plans, a processes run every 50th if {@code processes}:
     * the samples every 50 runs after the first 100 must not grow.
     */
    static void soak(List<String> shared, List<String> isolated, int runs, boolean processes) {
        ModelRegistry registry = ModelRegistry.discover();
        List<Plan> cycle = cycle(shared, isolated);
        List<Sample> samples = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 1; i <= runs; i++) {
            // a processes run now and then: each starts a JVM per worker, so a few tens are enough to show a leak
            Plan p = processes && i % 50 == 25 ? new Plan("processes", "countdown", 2, 20_000) : cycle.get(i % cycle.size());
            RunOutcome o = run(registry.choose(p.model(), Map.of()), p);
            boolean racy = p.model().equals("unsafe");
            assertTrue(o.exitCode() == 0 || racy && o.exitCode() == 3, "run " + i + " " + p + ": exit " + o.exitCode()
                    + " " + o.errors() + " " + o.damage());
            if (i % EVERY == 0) samples.add(sample(i));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("soak models: " + cycle.stream().map(Plan::model).distinct().toList() + (processes ? " + processes" : ""));
        print(samples, runs, seconds);
        Sample base = samples.stream().filter(s -> s.run() == SETTLE).findFirst().orElse(samples.get(0));
        for (Sample s : samples) {
            if (s.run() < SETTLE) continue;
            assertTrue(s.threads() <= base.threads() + 4, "threads grew: " + base + " -> " + s);
            assertTrue(s.fds() <= base.fds() + 8, "file descriptors grew: " + base + " -> " + s);
            assertTrue(s.heapBytes() <= base.heapBytes() * 3 / 2 + (16L << 20), "retained heap grew: " + base + " -> " + s);
        }
        assertEquals(0, samples.get(samples.size() - 1).children(), "child processes left: " + samples);
    }

    private static List<Plan> cycle(List<String> shared, List<String> isolated) {
        List<Plan> plans = new ArrayList<>();
        for (String m : shared) {
            if (m.equals("gil-ticks") && !InstructionTicks.ENABLED) continue; // only with -Psoak's flag
            int workers = m.equals("unsafe") ? 1 : 2; // unsafe's races are its own test
            plans.add(new Plan(m, "countdown", workers, 20_000));
            // under asyncio's rules a blocking channel wait blocks the loop for good: its pipeline is asyncio's
            plans.add(new Plan(m, m.equals("cooperative") ? "pipeline_async" : "pipeline", 2, 2_000));
            plans.add(new Plan(m, "counter_locked", workers, 2_000));
        }
        for (String m : isolated) {
            plans.add(new Plan(m, "countdown", 2, 20_000));
            plans.add(new Plan(m, "pipeline", 2, 2_000));
        }
        return plans;
    }

    private static RunOutcome run(ModelChoice model, Plan p) {
        Path file = WorkloadLibrary.defaultDirectory().resolve(p.workload() + ".py");
        RunSpec spec = new RunSpec(file, model, p.workers(), p.size(),
                Duration.ofSeconds(60), false);
        try {
            return WorkloadRunner.run(spec, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sample sample(int run) {
        for (int i = 0; i < 3; i++) System.gc();
        try {
            Thread.sleep(200); // a finished run's threads are still on their way out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Sample(run, ManagementFactory.getThreadMXBean().getThreadCount(), openFds(),
                ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count(), heap);
    }

    private static long openFds() {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        } catch (IOException e) {
            return -1; // not Linux: the other figures still count
        }
    }

    private static void print(List<Sample> samples, int runs, double seconds) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "soak: %d runs in %.0f s%n", runs, seconds));
        b.append(String.format(Locale.ROOT, "%6s %8s %6s %9s %12s%n", "run", "threads", "fds", "children", "heap MiB"));
        for (Sample s : samples) {
            b.append(String.format(Locale.ROOT, "%6d %8d %6d %9d %12.1f%n", s.run(), s.threads(), s.fds(), s.children(),
                    s.heapBytes() / 1048576.0));
        }
        System.out.print(b);
    }
}

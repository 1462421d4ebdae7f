package org.gillab.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole workload runs, as {@code gillab exec --no-audit} makes them (module, setup, workers, check),
 * at a small size: the time of one run, per model and number of workers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = Jvm.FORKS, jvmArgsAppend = {Jvm.EXECUTOR, Jvm.EXECUTOR_CLASS})
@Threads(1)
public class WorkloadBench {
    @Benchmark
    public void run(WorkloadParams p) {
        p.run.run();
    }

    @Benchmark
    @Fork(value = Jvm.FORKS, jvmArgsAppend = {Jvm.EXECUTOR, Jvm.EXECUTOR_CLASS, Jvm.TICKS})
    public void runTicks(TicksWorkloadParams p) {
        p.run.run();
    }
}

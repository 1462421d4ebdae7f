package org.gillab.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The interpreter's loop on one thread, under each model's hooks: a countdown loop, which touches no
 * container and counts only immortal ints, so what differs between models is what their hooks cost
 * the dispatch loop itself (the eval breaker's poll, the ticker, the thread state). The score is loop
 * iterations per second; {@code bytecodes} is interpreted instructions per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = Jvm.FORKS, jvmArgsAppend = {Jvm.EXECUTOR, Jvm.EXECUTOR_CLASS})
@Threads(1)
public class EvalLoopBench {
    /** Loop iterations per call: a few milliseconds. */
    static final int ITERATIONS = 100_000;

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public void countdown(EvalModel m, Instructions counted) {
        m.program.run();
        counted.bytecodes += m.program.instructionsPerCall;
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    @Fork(value = Jvm.FORKS, jvmArgsAppend = {Jvm.EXECUTOR, Jvm.EXECUTOR_CLASS, Jvm.TICKS})
    public void countdownTicks(TicksEvalModel m, Instructions counted) {
        m.program.run();
        counted.bytecodes += m.program.instructionsPerCall;
    }
}

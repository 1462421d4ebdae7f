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
 * The {@code channels} module between two workers, through whole workload runs: the latency of a
 * round trip (send, then wait for the answer) and the throughput of a stream (one producer, one
 * consumer, a bounded channel: {@code harness/workloads/pipeline.py}). Each score includes the run's
 * start and end (module, setup, threads or interpreters), spread over many messages.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = Jvm.FORKS, jvmArgsAppend = {Jvm.EXECUTOR, Jvm.EXECUTOR_CLASS})
@Threads(1)
public class ChannelBench {
    static final int ROUND_TRIPS = 2_000;
    static final int MESSAGES = 20_000;

    /** Time per round trip: worker 0 sends a number, worker 1 sends it back plus one. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(ROUND_TRIPS)
    public void roundTrip(ChannelRoundTrip m) {
        m.run.run();
    }

    /** Messages per second from a producer to a consumer. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MESSAGES)
    public void stream(ChannelStream m) {
        m.run.run();
    }
}

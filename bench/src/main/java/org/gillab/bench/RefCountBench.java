package org.gillab.bench;

import java.util.concurrent.TimeUnit;

import org.gillab.spi.Rc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One incref and one decref of one object, through {@link Rc} as the interpreter calls it, under each
 * way of counting ({@link RefCountTarget#strategy}): alone, and with two threads on the same object
 * (the cache line holding the count then moves between cores on every change it makes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = Jvm.FORKS, jvmArgsAppend = {Jvm.EXECUTOR, Jvm.EXECUTOR_CLASS})
public class RefCountBench {
    @Benchmark
    @Threads(1)
    public void increfDecref(RefCountTarget t) {
        Rc.incref(t.object);
        Rc.decref(t.object);
    }

    @Benchmark
    @Threads(2)
    public void increfDecrefTwoThreads(RefCountTarget t) {
        Rc.incref(t.object);
        Rc.decref(t.object);
    }
}

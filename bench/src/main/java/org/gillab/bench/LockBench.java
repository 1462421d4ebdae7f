package org.gillab.bench;

import java.util.concurrent.TimeUnit;

import org.gillab.obj.PyList;
import org.gillab.spi.Cs;
import org.gillab.vm.ThreadState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Control;

/**
 * The locks the models take, through the hooks' own call sites: a GIL (or the cooperative loop's
 * baton) taken and dropped around a blocking call, passed from one thread to another, gil-ticks'
 * release and re-take when its ticker runs out, and a container's lock or critical section.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = Jvm.FORKS, jvmArgsAppend = {Jvm.EXECUTOR, Jvm.EXECUTOR_CLASS})
public class LockBench {
    /** Take and drop, nobody else wanting the lock: Py_END_ALLOW_THREADS then Py_BEGIN_ALLOW_THREADS. */
    @Benchmark
    @Threads(1)
    public void acquireRelease(LockThread t) {
        t.thread.reacquire();
        t.thread.release();
    }

    /**
     * Two threads pass the lock back and forth, each taking it only once the other has had it: one
     * operation is one hand-off. Both threads spin for their turn, so the lock's new holder is
     * running when the old one lets go: this is the cost of moving the lock between two running
     * cores, not the latency of waking a parked waiter (which a real switch under load also pays).
     */
    @Benchmark
    @Group("handoff")
    @GroupThreads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void handoff(HandoffTurn turn, HandoffSeat seat, LockThread t, Control control) {
        if (!turn.await(seat.seat, control)) return;
        t.thread.reacquire();
        turn.pass(seat.next);
        t.thread.release();
    }

    /** gil-ticks when the ticker runs out: release the interpreter lock and at once ask for it again. */
    @Benchmark
    @Threads(1)
    @Fork(value = Jvm.FORKS, jvmArgsAppend = {Jvm.EXECUTOR, Jvm.EXECUTOR_CLASS, Jvm.TICKS})
    public void ticksExpired(TicksThread t) {
        ThreadState ts = t.state;
        ts.hooks.onTicksExpired(ts);
    }

    /** Enter and exit one container's critical section (fine-grained's mutex, PEP 703's per-object lock). */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(Batch.SIZE)
    public void criticalSection(SectionTarget target, SectionThread t) {
        enterExit(target.container, t.thread);
    }

    /** The same with two threads on the same container: the lock is contended. */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(Batch.SIZE)
    public void criticalSectionTwoThreads(SectionTarget target, SectionThread t) {
        enterExit(target.container, t.thread);
    }

    private static void enterExit(PyList container, BoundThread thread) {
        thread.reacquire();
        for (int i = 0; i < Batch.SIZE; i++) {
            Cs.enter(container);
            Cs.exit(container);
            thread.pollEvalBreaker();
        }
        thread.release();
    }
}

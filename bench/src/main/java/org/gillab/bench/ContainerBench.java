package org.gillab.bench;

import java.util.concurrent.TimeUnit;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyList;
import org.gillab.obj.PyObject;
import org.gillab.spi.Rc;
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
 * List and dict operations through the object model's own methods (the ones the interpreter's
 * instructions call, with their critical sections and counts), under each shared-heap model, as
 * stretches of Python execution ({@link Batch}): on one thread; on two threads each with containers
 * of its own (what a GIL serializes anyway); and on two threads sharing one container.
 *
 * <p>The shared cases only read and overwrite items, never change a container's size: the unsafe
 * model's races may lose a write, but cannot break the structure and end the benchmark.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = Jvm.FORKS, jvmArgsAppend = {Jvm.EXECUTOR, Jvm.EXECUTOR_CLASS})
@OperationsPerInvocation(Batch.SIZE)
public class ContainerBench {
    /** {@code l.append(x); l[i]; l.pop()} on the thread's own list. */
    @Benchmark
    @Threads(1)
    public void listAppendIndex(HeapThread t) {
        appendIndexPop(t.ownList, t);
    }

    @Benchmark
    @Threads(2)
    public void listAppendIndexTwoThreads(HeapThread t) {
        appendIndexPop(t.ownList, t);
    }

    /** {@code l[j] = l[i]} on the list all threads share. */
    @Benchmark
    @Threads(1)
    public void listIndexSet(HeapModel heap, HeapThread t) {
        indexSet(heap.sharedList, t);
    }

    @Benchmark
    @Threads(2)
    public void listIndexSetShared(HeapModel heap, HeapThread t) {
        indexSet(heap.sharedList, t);
    }

    /** {@code d[k2] = d[k]} on the thread's own dict. */
    @Benchmark
    @Threads(1)
    public void dictGetSet(HeapThread t) {
        getSet(t.ownDict, t);
    }

    @Benchmark
    @Threads(2)
    public void dictGetSetTwoThreads(HeapThread t) {
        getSet(t.ownDict, t);
    }

    /** {@code d[k2] = d[k]} on the dict all threads share. */
    @Benchmark
    @Threads(2)
    public void dictGetSetShared(HeapModel heap, HeapThread t) {
        getSet(heap.sharedDict, t);
    }

    private static void appendIndexPop(PyList l, HeapThread t) {
        t.thread.reacquire();
        for (int i = 0; i < Batch.SIZE; i++) {
            int k = t.next++;
            l.append(Containers.key(k));
            Rc.decref(l.getIndex(Containers.key(k * 7)));
            Rc.decref(l.pop(-1));
            t.thread.pollEvalBreaker();
        }
        t.thread.release();
    }

    private static void indexSet(PyList l, HeapThread t) {
        t.thread.reacquire();
        for (int i = 0; i < Batch.SIZE; i++) {
            int k = t.next++;
            PyObject v = l.getIndex(Containers.key(k));
            l.setIndex(Containers.key(k * 7 + 3), v);
            Rc.decref(v);
            t.thread.pollEvalBreaker();
        }
        t.thread.release();
    }

    private static void getSet(PyDict d, HeapThread t) {
        t.thread.reacquire();
        for (int i = 0; i < Batch.SIZE; i++) {
            int k = t.next++;
            PyObject v = d.getItem(Containers.key(k));
            d.setItem(Containers.key(k * 7 + 3), v);
            Rc.decref(v);
            t.thread.pollEvalBreaker();
        }
        t.thread.release();
    }
}

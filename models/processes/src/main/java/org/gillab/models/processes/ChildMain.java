package org.gillab.models.processes;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gillab.runtime.ChannelsModule;
import org.gillab.runtime.Shareable;
import org.gillab.spi.ThreadHooks;
import org.gillab.vm.PyThread;
import org.gillab.workload.IsolatedWorker;
import org.gillab.workload.WorkerResult;
import org.gillab.workload.WorkerTask;

/**
 * A worker process's entry point, what {@code multiprocessing.spawn.spawn_main} is to a spawned
 * Python process: read the task from stdin, run one {@link IsolatedWorker} on a thread of its own,
 * send the result on stdout, exit. Stdout carries the protocol and nothing else; anything else this
 * JVM prints goes to stderr, which the parent keeps to explain a death.
 *
 * <p>The argument is the worker's number, so that {@code ps} tells the children apart. A child has
 * one thread running Python code, so its interpreter needs no lock ({@link ThreadHooks#NONE}).
 */
public final class ChildMain {
    private ChildMain() {}

    /** The exit status of a child that failed in a way it could not report (its stderr says how). */
    static final int BROKEN = 70;

    public static void main(String[] args) {
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.setOut(System.err); // a stray print must not corrupt the protocol
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.err.println("gillab child: " + t.getName() + " failed: " + e);
            Runtime.getRuntime().halt(BROKEN);
        });
        ParentLink parent = new ParentLink(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16), protocol);
        Messages.ChildTask t;
        try {
            parent.send(Wire.HELLO, o -> o.writeInt(Wire.MAGIC));
            t = parent.readTask();
        } catch (IOException e) {
            System.err.println("gillab child: cannot receive the task: " + e.getMessage());
            Runtime.getRuntime().halt(BROKEN);
            return;
        }
        loadBeforeReady(parent);
        ChannelsModule.setCopying(true);
        ChannelsModule.setRemoteCores(parent::newChannel);
        WorkerTask task = new WorkerTask(t.part(), t.parts(), t.size(), t.shared(), t.source(), t.moduleName(),
                new OutputMessages(parent), ThreadHooks.NONE, new ReadyLatch(parent), parent.go());
        PyThread worker = new PyThread(() -> work(task, parent), "gillab-worker-" + t.part());
        worker.start();
        parent.serve();
    }

    /**
     * Loads, before the worker says it is ready, what it first uses after the start, so that the
     * timed work does not include it: the per-thread CPU clock (its management beans take tens of
     * milliseconds to set up) and the result's encoder.
     */
    private static void loadBeforeReady(ParentLink parent) {
        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        processCpuNanos();
        jitNanos();
        try {
            WorkerResult dummy = new WorkerResult(new Shareable.Int(0, null), List.of(), List.of(), 0, 0, 0);
            Wire.frame(Wire.RESULT, o -> Messages.writeReport(o, dummy, 0, processCpuNanos(), parent));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // encoding into memory does not fail
        }
    }

    private static void work(WorkerTask task, ParentLink parent) {
        WorkerResult r;
        try {
            r = new IsolatedWorker(task).run();
        } catch (OutOfMemoryError | StackOverflowError e) {
            r = new WorkerResult(null, List.of(), List.of("worker " + task.part() + "'s process failed: " + e), 0, 0, 0);
        }
        WorkerResult result = r;
        try {
            parent.flushFeeders(); // as a process joins its queues' feeder threads before it exits
            parent.send(Wire.RESULT, o -> Messages.writeReport(o, result, parent.transferNanos(), processCpuNanos(), parent));
        } catch (IOException | InterruptedException e) {
            System.err.println("gillab child: cannot send the result: " + e.getMessage());
            Runtime.getRuntime().halt(BROKEN);
        }
        Runtime.getRuntime().halt(0); // the result is out; nothing else is left to do or flush
    }

    /**
     * Time this JVM's JIT compiler threads have spent compiling so far (the compilation bean's total,
     * in milliseconds, summed over its threads); 0 where the JVM does not tell.
     */
    static long jitNanos() {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() * 1_000_000 : 0;
    }

    /**
     * This whole process's CPU time: its worker's thread and everything the JVM does beside it (loading
     * classes, compiling, collecting); 0 where the JVM does not tell.
     */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** Counting it down tells the parent this worker is ready. */
    private static final class ReadyLatch extends CountDownLatch {
        private final ParentLink parent;
        private final AtomicBoolean said = new AtomicBoolean();

        ReadyLatch(ParentLink parent) {
            super(1);
            this.parent = parent;
        }

        @Override
        public void countDown() {
            super.countDown();
            if (!said.compareAndSet(false, true)) return;
            try {
                parent.send(Wire.READY, o -> {
                    o.writeLong(processCpuNanos());
                    o.writeLong(jitNanos());
                });
            } catch (IOException e) {
                System.err.println("gillab child: cannot say ready: " + e.getMessage());
                Runtime.getRuntime().halt(BROKEN);
            }
        }
    }

    /** The program's output, as OUTPUT messages (the interpreter writes in chunks of up to 8 KiB). */
    private static final class OutputMessages extends OutputStream {
        private final ParentLink parent;

        OutputMessages(ParentLink parent) {
            this.parent = parent;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) parent.send(Wire.OUTPUT, o -> o.write(b, off, len));
        }
    }
}

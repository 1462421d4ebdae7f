package org.gillab.models.processes;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gillab.runtime.ChannelCore;
import org.gillab.runtime.Shareable;
import org.gillab.workload.StartedWorker;
import org.gillab.workload.StderrTail;
import org.gillab.workload.WorkerResult;
import org.gillab.workload.WorkerTask;

/**
 * The parent's side of one worker process. A feeder thread sends the task, then GO when the run's
 * start opens; a reader thread reads everything the child sends and does what it asks: counts the
 * worker ready, copies its output, serves its channel operations (waiting in the child's stead when a
 * channel is empty or full, so that one child's wait never holds up another's), and takes its result.
 *
 * <p>A child that ends without a result (killed, crashed, out of memory, a JVM that would not start)
 * is reported as damage with its exit status and the end of its stderr; the channels it could reach
 * are closed, so that the workers waiting on it end too instead of hanging until the timeout.
 */
final class ChildConnection implements StartedWorker {
    private final WorkerTask task;
    private final Process process;
    private final long launchedNanos;
    private final ChannelTable table;
    private final ProcessCounters counters;
    private final OutputStream toChild;
    private final InputStream fromChild;
    private final StderrTail stderr;
    private final Thread reader, feeder;
    private final Set<Integer> reached = ConcurrentHashMap.newKeySet();
    private final ChannelRefs refs;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicBoolean readyCounted = new AtomicBoolean();
    private volatile WorkerResult result;
    private volatile long startupNanos;
    private volatile long readyCpuNanos;
    private volatile long readyJitNanos;
    /** Set before this side destroys the process (past the timeout, at the end of the run). */
    private final AtomicBoolean killed = new AtomicBoolean();
    /** How long a child that sent its result gets to exit (longer for one that writes a class-data archive). */
    private volatile int exitGraceSeconds = 2;
    /** Set while the reader waits on a channel for the child; the child's exit interrupts the wait. */
    private volatile boolean waiting;

    ChildConnection(WorkerTask task, Process process, long launchedNanos, ChannelTable table, ProcessCounters counters) {
        this.task = task;
        this.process = process;
        this.launchedNanos = launchedNanos;
        this.table = table;
        this.counters = counters;
        this.toChild = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        this.fromChild = new BufferedInputStream(process.getInputStream(), 1 << 16);
        this.refs = new ChannelRefs() {
            @Override
            public int idOf(ChannelCore core) {
                int id = table.idOf(core);
                reached.add(id);
                return id;
            }

            @Override
            public ChannelCore core(int id) throws IOException {
                ChannelCore c = table.core(id);
                reached.add(id);
                return c;
            }
        };
        String name = "gillab-process-" + task.part();
        this.stderr = new StderrTail(process.getErrorStream(), name + "-stderr");
        this.reader = daemon(this::read, name + "-reader");
        this.feeder = daemon(this::feed, name + "-feeder");
        process.onExit().thenRun(() -> {
            if (waiting) reader.interrupt();
        });
        reader.start();
        feeder.start();
    }

    private static Thread daemon(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true); // never what keeps the parent alive
        return t;
    }

    /** A child that writes the class-data archive on its way out gets this long for it. */
    void exitGrace(int seconds) {
        exitGraceSeconds = seconds;
    }

    long pid() {
        return process.pid();
    }

    boolean isReady() {
        return readyCounted.get() && startupNanos > 0;
    }

    @Override
    public boolean join(long deadlineNanos) throws InterruptedException {
        return done.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    @Override
    public WorkerResult result() {
        return result;
    }

    /** Past the timeout: the process is killed (its reader then reports it and ends). */
    @Override
    public void abandon() {
        kill();
    }

    private void kill() {
        if (!process.isAlive()) return;
        if (result == null) markKilled();
        process.destroyForcibly();
    }

    /** Counted at once, so that the report of a run that timed out, made right after, includes it. */
    private void markKilled() {
        if (killed.compareAndSet(false, true)) counters.killed.increment();
    }

    /**
     * The end of the run: a child that sent its result is on its way out and gets a moment to exit;
     * anything else still alive is killed. Returns once the process and this side's threads are gone.
     */
    void close() {
        try {
            if (result != null) process.waitFor(exitGraceSeconds, TimeUnit.SECONDS);
            kill();
            process.waitFor(10, TimeUnit.SECONDS);
            reader.interrupt(); // it may still wait to queue one of the child's puts in a channel nobody drains now
            for (Thread t : new Thread[] {reader, feeder}) t.join(5000);
            stderr.await(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- sending

    private void send(byte kind, Wire.Body body) throws IOException {
        long t0 = System.nanoTime();
        byte[] frame = Wire.frame(kind, body);
        synchronized (toChild) {
            Wire.write(toChild, frame);
        }
        addTransfer(System.nanoTime() - t0);
        counters.bytesSent.add(frame.length);
        counters.messages.increment();
    }

    /** Transfer time counts once the work has started: before, it is part of the start-up. */
    private void addTransfer(long nanos) {
        if (task.go().getCount() == 0) counters.transferNanos.add(nanos);
    }

    /** The feeder: the task (on this thread, so that a large one cannot hold up starting the others), then GO. */
    private void feed() {
        try {
            send(Wire.TASK, o -> Messages.writeTask(o, task, refs));
            task.go().await();
            send(Wire.GO, Wire.Body.EMPTY);
        } catch (InterruptedException | IOException e) {
            // the child is gone; the reader reports it
        }
    }

    // ---------------------------------------------------------------- receiving

    private void read() {
        String fault = null;
        try {
            hello();
            for (byte[] f; (f = Wire.read(fromChild)) != null; ) {
                long arrived = System.nanoTime();
                counters.bytesReceived.add(f.length + 4L);
                counters.messages.increment();
                handle(f, arrived);
            }
        } catch (Wire.ProtocolFault e) {
            fault = e.getMessage();
        } catch (IOException e) {
            // the pipe broke: the process is gone or going, which ended() reports
        } catch (InterruptedException e) {
            // the child exited while this thread waited on a channel for it
        } catch (RuntimeException e) {
            fault = "its messages could not be handled: " + e;
        } finally {
            ended(fault);
        }
    }

    private void hello() throws IOException {
        byte[] f = Wire.read(fromChild);
        if (f == null) throw new IOException("ended before saying hello");
        counters.bytesReceived.add(f.length + 4L);
        counters.messages.increment();
        if (f[0] != Wire.HELLO || Wire.body(f).readInt() != Wire.MAGIC) {
            throw new Wire.ProtocolFault("it began with something other than the protocol's greeting");
        }
        counters.jvmBootNanos.add(System.nanoTime() - launchedNanos);
    }

    private void handle(byte[] f, long arrived) throws IOException, InterruptedException {
        switch (f[0]) {
            case Wire.READY -> {
                DataInputStream body = Wire.body(f);
                readyCpuNanos = body.readLong();
                readyJitNanos = body.readLong();
                counters.childStartupCpuNanos.add(readyCpuNanos);
                counters.childStartupJitNanos.add(readyJitNanos);
                long startup = arrived - launchedNanos;
                startupNanos = startup;
                counters.startupNanos.add(startup);
                counters.startupMaxNanos.accumulate(startup);
                countReady();
            }
            case Wire.OUTPUT -> output(f);
            case Wire.REQUEST -> serve(Wire.body(f));
            case Wire.PUT -> put(Wire.body(f));
            case Wire.RESULT -> {
                long t0 = System.nanoTime();
                Messages.ChildReport r = Messages.readReport(Wire.body(f), refs);
                addTransfer(System.nanoTime() - t0);
                counters.transferNanos.add(r.transferNanos());
                counters.childWorkCpuNanos.add(Math.max(0, r.processCpuNanos() - readyCpuNanos));
                counters.childWorkJitNanos.add(Math.max(0, r.jitNanos() - readyJitNanos));
                counters.addCopies(r.copies());
                complete(new WorkerResult(r.result(), r.errors(), r.damage(), r.cpuNanos(), startupNanos, arrived));
            }
            default -> throw new Wire.ProtocolFault("unexpected message kind " + f[0]);
        }
    }

    private void output(byte[] f) {
        try {
            task.out().write(f, 1, f.length - 1);
            task.out().flush();
        } catch (IOException e) {
            // the run's own output is closed: nothing to copy to
        }
    }

    /** One channel operation for the child, answered when it is done (which may mean waiting). */
    private void serve(DataInputStream in) throws IOException, InterruptedException {
        int id = in.readInt();
        byte op = in.readByte();
        counters.channelOps.increment();
        switch (op) {
            case Wire.NEW_CHANNEL -> {
                int maxsize = in.readInt();
                if (maxsize < 0) throw new Wire.ProtocolFault("a channel of maxsize " + maxsize);
                int ch = table.create(maxsize);
                reached.add(ch);
                reply(id, o -> o.writeInt(ch));
            }
            case Wire.SEND -> {
                ChannelCore c = refs.core(in.readInt());
                long t0 = System.nanoTime();
                Shareable v = ShareableCodec.read(in, refs);
                addTransfer(System.nanoTime() - t0);
                int outcome = c.trySend(v);
                if (outcome == ChannelCore.WAIT) outcome = waitFor(() -> c.sendWaiting(v));
                int sent = outcome;
                reply(id, o -> o.writeByte(sent));
            }
            case Wire.RECV -> {
                ChannelCore c = refs.core(in.readInt());
                Object v = c.tryRecv();
                if (v == ChannelCore.WOULD_WAIT) v = waitFor(c::recvWaiting);
                Shareable got = (Shareable) v;
                reply(id, o -> {
                    o.writeBoolean(got != null);
                    if (got != null) ShareableCodec.write(o, got, refs);
                });
            }
            case Wire.CLOSE -> {
                refs.core(in.readInt()).close();
                reply(id, Wire.Body.EMPTY);
            }
            case Wire.DESCRIBE -> {
                String d = refs.core(in.readInt()).describe();
                reply(id, o -> ShareableCodec.writeString(o, d));
            }
            default -> throw new Wire.ProtocolFault("unknown channel operation " + op);
        }
    }

    /**
     * A value a child's feeder wrote: queued, with no reply. If the channel is full this thread waits
     * until it is not, reading nothing more from this child meanwhile: the pipe then fills and holds
     * the child's feeder back. A value sent to a channel that another process closed is dropped, as
     * bytes written to a pipe nobody reads any more are.
     */
    private void put(DataInputStream in) throws IOException, InterruptedException {
        ChannelCore c = refs.core(in.readInt());
        counters.channelOps.increment();
        long t0 = System.nanoTime();
        Shareable v = ShareableCodec.read(in, refs);
        addTransfer(System.nanoTime() - t0);
        int outcome = c.trySend(v);
        // not waitFor: the child may have finished (its result is behind this frame) and exited meanwhile,
        // and the wait ends when a reader makes room, or when a dead reader's channels are closed
        if (outcome == ChannelCore.WAIT) outcome = c.sendWaiting(v);
        if (outcome == ChannelCore.CLOSED) counters.dropped.increment();
    }

    private interface Wait<T> {
        T run() throws InterruptedException;
    }

    /** Waits on a channel in the child's stead; interrupted if the child exits meanwhile. */
    private <T> T waitFor(Wait<T> w) throws InterruptedException {
        waiting = true;
        try {
            if (!process.isAlive()) throw new InterruptedException("the child exited");
            return w.run();
        } finally {
            waiting = false;
        }
    }

    private void reply(int id, Wire.Body body) throws IOException {
        send(Wire.REPLY, o -> {
            o.writeInt(id);
            body.write(o);
        });
    }

    // ---------------------------------------------------------------- the end

    private void countReady() {
        if (readyCounted.compareAndSet(false, true)) task.ready().countDown();
    }

    private void complete(WorkerResult r) {
        if (result != null) return;
        result = r;
        done.countDown();
    }

    /** The child's stdout ended: it exited, after its result or without one. */
    private void ended(String fault) {
        Thread.interrupted(); // a wait's interrupt is spent; the waits below are this thread's own
        if (result == null) {
            if (fault != null) process.destroyForcibly();
            int code = exitCode();
            stderr.await(2000);
            String what = fault != null ? "broke the protocol: " + fault
                    : killed.get() ? "was killed (" + exitStatus(code) + ")" : "died (" + exitStatus(code) + ")";
            if (!killed.get()) counters.died.increment();
            String tail = stderr.text();
            String report = "worker " + task.part() + "'s process " + what
                    + (tail.isEmpty() ? "" : "; its stderr ended with:\n    " + tail.replace("\n", "\n    "));
            // like a broken ProcessPoolExecutor: whoever waits on what this worker would have sent stops waiting
            for (ChannelCore c : table.all(reached)) c.close();
            complete(new WorkerResult(null, List.of(), List.of(report), 0, startupNanos, System.nanoTime()));
        }
        countReady();
        feeder.interrupt();
        try {
            fromChild.close();
            synchronized (toChild) {
                toChild.close();
            }
        } catch (IOException e) {
            // closing pipes to a process that is gone
        }
    }

    private int exitCode() {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                markKilled(); // it closed its stdout but lives on: it no longer speaks the protocol
                process.destroyForcibly();
                process.waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    /** An exit status as a person reads it: on POSIX systems the JDK reports death by signal N as 128 + N. */
    static String exitStatus(int code) {
        if (code > 128 && code < 128 + 32) {
            int sig = code - 128;
            return "exit code " + code + ": killed by signal " + sig + signalName(sig);
        }
        return "exit code " + code;
    }

    private static String signalName(int sig) {
        return switch (sig) {
            case 1 -> ", SIGHUP";
            case 2 -> ", SIGINT";
            case 3 -> ", SIGQUIT";
            case 6 -> ", SIGABRT";
            case 9 -> ", SIGKILL";
            case 11 -> ", SIGSEGV";
            case 15 -> ", SIGTERM";
            default -> "";
        };
    }
}

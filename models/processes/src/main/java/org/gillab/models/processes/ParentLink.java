package org.gillab.models.processes;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.gillab.runtime.ChannelCore;

/**
 * A child's end of the pipes to its parent. The child's main thread reads what the parent sends
 * ({@link #serve}): the start signal and replies, each handed to the request that waits for it; the
 * worker thread sends. When the parent's end closes (the parent exited, or was killed) the child
 * stops at once: a child never outlives its parent.
 */
final class ParentLink implements ChannelRefs {
    private final InputStream in;
    private final OutputStream out;
    private final CountDownLatch go = new CountDownLatch(1);
    private final Map<Integer, CompletableFuture<byte[]>> pending = new ConcurrentHashMap<>();
    private final Map<Integer, RemoteChannelCore> channels = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong transferNanos = new AtomicLong();

    ParentLink(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Opens when the parent says GO. */
    CountDownLatch go() {
        return go;
    }

    /**
     * Time this process spent encoding and writing messages and decoding what it received, once the
     * work started (before, it is part of the start-up, and mostly the JVM loading the code that does it).
     */
    long transferNanos() {
        return transferNanos.get();
    }

    void addTransfer(long nanos) {
        if (go.getCount() == 0) transferNanos.addAndGet(nanos);
    }

    void send(byte kind, Wire.Body body) throws IOException {
        long t0 = System.nanoTime();
        byte[] frame = Wire.frame(kind, body);
        synchronized (out) {
            Wire.write(out, frame);
        }
        addTransfer(System.nanoTime() - t0);
    }

    /** The task: the first message the parent sends. */
    Messages.ChildTask readTask() throws IOException {
        byte[] f = Wire.read(in);
        if (f == null) throw new IOException("the parent closed the pipe before sending a task");
        if (f[0] != Wire.TASK) throw new Wire.ProtocolFault("expected a task, got message kind " + f[0]);
        return Messages.readTask(Wire.body(f), this);
    }

    /** Reads the parent's messages until its end closes; then ends this process. */
    void serve() {
        try {
            for (byte[] f; (f = Wire.read(in)) != null; ) {
                if (f[0] == Wire.GO) {
                    go.countDown();
                } else if (f[0] == Wire.REPLY) {
                    int id = Wire.body(f).readInt();
                    CompletableFuture<byte[]> waiting = pending.remove(id);
                    if (waiting == null) throw new Wire.ProtocolFault("a reply to request " + id + ", which nobody made");
                    waiting.complete(f);
                } else {
                    throw new Wire.ProtocolFault("unexpected message kind " + f[0]);
                }
            }
        } catch (IOException e) {
            System.err.println("gillab child: the pipe from the parent failed: " + e.getMessage());
        }
        // the parent is gone, or no longer speaks to us: nobody will read what this process does
        Runtime.getRuntime().halt(0);
    }

    /**
     * Asks the parent to do a channel operation and waits for its answer: the reply's body after the
     * request number.
     */
    DataInputStream call(byte op, Wire.Body args) throws IOException, InterruptedException {
        flushFeeders(); // this process's puts reach the parent before anything that may wait on them
        int id = requests.incrementAndGet();
        CompletableFuture<byte[]> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            send(Wire.REQUEST, o -> {
                o.writeInt(id);
                o.writeByte(op);
                args.write(o);
            });
            byte[] f = reply.get();
            DataInputStream body = Wire.body(f);
            body.readInt();
            return body;
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pending.remove(id);
        }
    }

    /** Returns once every value this process sent on any channel is written to the pipe. */
    void flushFeeders() throws IOException, InterruptedException {
        for (RemoteChannelCore c : channels.values()) c.feeder().flush();
    }

    /** A new channel, kept by the parent where every worker can reach it. */
    ChannelCore newChannel(int maxsize) {
        try {
            return core(call(Wire.NEW_CHANNEL, o -> o.writeInt(maxsize)).readInt());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the parent process: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the parent made a channel", e);
        }
    }

    @Override
    public int idOf(ChannelCore core) {
        if (core instanceof RemoteChannelCore r) return r.id;
        // every channel a child can reach came from its parent or was made there (setRemoteCores)
        throw new IllegalStateException("a channel that its parent process does not keep");
    }

    @Override
    public ChannelCore core(int id) {
        return channels.computeIfAbsent(id, i -> new RemoteChannelCore(this, i));
    }
}

package org.gillab.models.processes;

import java.io.IOException;
import java.util.ArrayDeque;

import org.gillab.runtime.Shareable;

/**
 * One channel's feeder in a child process, what {@code multiprocessing.Queue._start_thread} starts in
 * the putting process: {@code put} appends to a buffer and returns; a daemon thread takes what is
 * buffered and writes it to the pipe, one {@link Wire#PUT} frame per item, with no reply to wait for.
 *
 * <p>Unlike {@code multiprocessing}, the value is already copied when it is buffered (the worker thread
 * pickles it at {@code send}, {@link Shareable#of}): the feeder could not touch the interpreter's objects
 * safely, and a value changed after its {@code send} must not change what crosses.
 *
 * <p>{@link #flush} waits until everything buffered has been written: the child calls it before any
 * request whose answer may depend on what it sent (a receive, a close) and before its result, so that
 * the parent, which reads a child's frames in order, always has this child's puts first. Without it, a
 * worker that sends on one channel and then waits on another for the answer could wait forever.
 */
final class ChannelFeeder {
    private final ParentLink parent;
    private final int channel;
    private final ArrayDeque<Shareable> buffer = new ArrayDeque<>(); // guarded by this
    private int unwritten; // buffered plus being written; guarded by this
    private Thread thread; // started with the first put; guarded by this
    private IOException broken; // guarded by this

    ChannelFeeder(ParentLink parent, int channel) {
        this.parent = parent;
        this.channel = channel;
    }

    synchronized void put(Shareable v) throws IOException {
        if (broken != null) throw broken;
        buffer.add(v);
        unwritten++;
        if (thread == null) {
            thread = new Thread(this::feed, "gillab-feeder-" + channel);
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
    }

    /** Returns once everything put so far is written to the pipe. */
    synchronized void flush() throws InterruptedException, IOException {
        while (unwritten > 0 && broken == null) wait();
        if (broken != null) throw broken;
    }

    private void feed() {
        try {
            while (true) {
                Shareable v;
                synchronized (this) {
                    while (buffer.isEmpty()) wait();
                    v = buffer.poll();
                }
                parent.send(Wire.PUT, o -> {
                    o.writeInt(channel);
                    ShareableCodec.write(o, v, parent);
                });
                synchronized (this) {
                    unwritten--;
                    notifyAll();
                }
            }
        } catch (InterruptedException e) {
            // the process is ending
        } catch (IOException e) {
            synchronized (this) {
                broken = e;
                notifyAll();
            }
        }
    }
}

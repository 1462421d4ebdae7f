package org.gillab.models.processes;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.gillab.runtime.ChannelCore;
import org.gillab.runtime.Shareable;

/**
 * A channel in a child process; the parent keeps the queue. A send is a {@code multiprocessing.Queue.put}:
 * the value goes to this channel's {@link ChannelFeeder}, which writes it to the pipe, and the send
 * returns at once, with no round trip. A receive asks the parent and waits for its answer (the parent
 * answers when a value is there, as a {@code Queue.get} blocks reading the pipe), after flushing this
 * process's feeders so that its own sends are ahead of it. A bounded channel that is full makes the
 * parent wait before it reads this child's next frame, so a sender that runs ahead is held back by the
 * pipe, as the semaphore of a {@code Queue(maxsize)} holds it, only later.
 */
final class RemoteChannelCore implements ChannelCore {
    final int id;
    private final ParentLink parent;
    private final ChannelFeeder feeder;
    /** Closed by this process: later sends raise at once, as {@code Queue.put} after {@code close()} raises in the closing process. */
    private volatile boolean closedHere;

    RemoteChannelCore(ParentLink parent, int id) {
        this.parent = parent;
        this.id = id;
        this.feeder = new ChannelFeeder(parent, id);
    }

    ChannelFeeder feeder() {
        return feeder;
    }

    @Override
    public boolean copies() {
        return true;
    }

    /** Buffered for the feeder: never waits. */
    @Override
    public int trySend(Object item) {
        if (closedHere) return CLOSED;
        try {
            feeder.put((Shareable) item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SENT;
    }

    @Override
    public int sendWaiting(Object item) {
        return trySend(item);
    }

    @Override
    public Object tryRecv() {
        return WOULD_WAIT;
    }

    @Override
    public Object recvWaiting() throws InterruptedException {
        try {
            DataInputStream r = parent.call(Wire.RECV, o -> o.writeInt(id));
            if (!r.readBoolean()) return null;
            long t0 = System.nanoTime();
            Shareable v = ShareableCodec.read(r, parent);
            parent.addTransfer(System.nanoTime() - t0);
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closedHere = true;
        try {
            parent.call(Wire.CLOSE, o -> o.writeInt(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Object[] drain() {
        return new Object[0]; // items are copies, which no interpreter's handle releases
    }

    @Override
    public Object[] snapshot() {
        return new Object[0];
    }

    @Override
    public String describe() {
        try {
            return ShareableCodec.readString(parent.call(Wire.DESCRIBE, o -> o.writeInt(id))) + ", kept by the parent process";
        } catch (IOException e) {
            return "unreachable (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown (interrupted)";
        }
    }
}

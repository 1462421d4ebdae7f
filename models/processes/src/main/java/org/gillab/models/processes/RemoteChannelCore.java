package org.gillab.models.processes;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.gillab.runtime.ChannelCore;
import org.gillab.runtime.ForwardingChannelCore;
import org.gillab.runtime.Shareable;

/**
 * A channel in a child process: every operation is a round trip to the parent, which keeps the
 * queue, so both {@code try} halves answer that the caller must wait ({@link #WAIT},
 * {@link #WOULD_WAIT}) and the work happens in the waiting halves, with the model's lock released.
 * The parent answers a receive when a value is there, as a {@code multiprocessing.Queue} reader
 * blocks on its pipe.
 */
final class RemoteChannelCore extends ForwardingChannelCore {
    final int id;
    private final ParentLink parent;

    RemoteChannelCore(ParentLink parent, int id) {
        this.parent = parent;
        this.id = id;
    }

    @Override
    public int sendWaiting(Object item) throws InterruptedException {
        try {
            return parent.call(Wire.SEND, o -> {
                o.writeInt(id);
                ShareableCodec.write(o, (Shareable) item, parent);
            }).readByte();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try {
            parent.call(Wire.CLOSE, o -> o.writeInt(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Items are copies, which no interpreter's handle releases. */
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

package org.gillab.models.processes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The messages between a parent and a child process, over the child's stdin and stdout: each one a
 * frame, a length (4 bytes) then a kind (1 byte) and its body, as {@code multiprocessing.connection}
 * frames each pickled message with its length. Bodies are written with {@link DataOutputStream}.
 *
 * <p>The parent sends {@link #TASK} once, {@link #GO} once, and a {@link #REPLY} to each request. The
 * child sends {@link #HELLO} as soon as its JVM runs, {@link #READY} once the module has run in its
 * interpreter, {@link #OUTPUT} with what the program prints, a {@link #PUT} for each value sent on a
 * channel (no reply: written by the channel's feeder thread), a {@link #REQUEST} for every other channel
 * operation (the parent keeps every channel), and {@link #RESULT} last.
 */
final class Wire {
    private Wire() {}

    /** The first thing a child says, so that a process that is not one is told apart at once. */
    static final int MAGIC = 0x67696c70; // "gilp"

    // parent to child
    static final byte TASK = 1, GO = 2, REPLY = 3;
    // child to parent
    static final byte HELLO = 10, READY = 11, OUTPUT = 12, REQUEST = 13, RESULT = 14, PUT = 15;
    // the channel operation a REQUEST asks for
    static final byte NEW_CHANNEL = 1, SEND = 2, RECV = 3, CLOSE = 4, DESCRIBE = 5;

    /** No message is this large; a length beyond it means the stream is not this protocol. */
    static final int MAX_FRAME = 1 << 30;

    /** Writes a message's body. */
    @FunctionalInterface
    interface Body {
        void write(DataOutputStream out) throws IOException;

        Body EMPTY = out -> {};
    }

    /** A whole frame, length first, ready to be written in one piece. */
    static byte[] frame(byte kind, Body body) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64);
        DataOutputStream out = new DataOutputStream(buf);
        out.writeInt(0); // the length, filled in below
        out.writeByte(kind);
        body.write(out);
        out.flush();
        byte[] f = buf.toByteArray();
        int n = f.length - 4;
        f[0] = (byte) (n >>> 24);
        f[1] = (byte) (n >>> 16);
        f[2] = (byte) (n >>> 8);
        f[3] = (byte) n;
        return f;
    }

    /** Writes a frame and flushes it. */
    static void write(OutputStream out, byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
    }

    /** The next frame without its length (kind, then body), or null at the end of the stream. */
    static byte[] read(InputStream in) throws IOException {
        int b0 = in.read();
        if (b0 < 0) return null;
        int n = b0 << 24 | readByte(in) << 16 | readByte(in) << 8 | readByte(in);
        if (n < 1 || n > MAX_FRAME) throw new ProtocolFault("a frame of " + n + " bytes");
        byte[] f = new byte[n];
        int done = 0;
        while (done < n) {
            int r = in.read(f, done, n - done);
            if (r < 0) throw new EOFException("the stream ended inside a frame");
            done += r;
        }
        return f;
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) throw new EOFException("the stream ended inside a frame");
        return b;
    }

    /** A frame's body, after its kind byte. */
    static DataInputStream body(byte[] frame) {
        return new DataInputStream(new ByteArrayInputStream(frame, 1, frame.length - 1));
    }

    /** What a process sent that this protocol does not allow. */
    static final class ProtocolFault extends IOException {
        ProtocolFault(String what) {
            super(what);
        }
    }
}

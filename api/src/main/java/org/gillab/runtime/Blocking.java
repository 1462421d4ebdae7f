package org.gillab.runtime;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;

import org.gillab.obj.ExcTypes;
import org.gillab.obj.Py;
import org.gillab.obj.PyBaseException;
import org.gillab.obj.PyException;
import org.gillab.obj.PyTuple;
import org.gillab.vm.ThreadState;

/**
 * The seam where a blocking call lets the concurrency model release what it holds (a GIL): the call
 * runs between {@link ThreadState#beginBlocking} and {@link ThreadState#endBlocking} and must not
 * touch any Python object. Java exceptions become Python ones only after the model has re-acquired,
 * since making an exception object counts references.
 */
final class Blocking {
    private Blocking() {}

    /** A blocking operation on plain Java values. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException, InterruptedException;
    }

    /** Runs {@code c} with the model's lock released; IOException → OSError, interrupt → KeyboardInterrupt. */
    static <T> T run(Call<T> c) {
        Exception failure;
        ThreadState.beginBlocking();
        try {
            return c.run();
        } catch (IOException | InterruptedException e) {
            failure = e;
        } finally {
            ThreadState.endBlocking();
        }
        throw translate(failure);
    }

    /** The Python exception for a Java one from a blocking call (the model's lock held). */
    static PyException translate(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new PyException(PyBaseException.withArgs(ExcTypes.KeyboardInterrupt, PyTuple.EMPTY));
        }
        return osError((IOException) e);
    }

    /** CPython's OSError subclass and "[Errno N] text" for a Java I/O failure. */
    static PyException osError(IOException e) {
        if (e instanceof SocketTimeoutException) return Py.raise(ExcTypes.TimeoutError, "timed out");
        if (e instanceof ClosedChannelException) return Py.osError("[Errno 9] Bad file descriptor");
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = msg.toLowerCase();
        if (lower.contains("socket closed") || lower.contains("socket is closed")) return Py.osError("[Errno 9] Bad file descriptor");
        if (lower.contains("connection reset")) return Py.raise(ExcTypes.ConnectionResetError, "[Errno 104] Connection reset by peer");
        if (lower.contains("broken pipe")) return Py.raise(ExcTypes.BrokenPipeError, "[Errno 32] Broken pipe");
        if (lower.contains("connection refused")) return Py.raise(ExcTypes.ConnectionError, "[Errno 111] Connection refused");
        return Py.osError(msg);
    }
}

package org.gillab.runtime;

/**
 * The queue behind a channel, which every handle on it shares (one handle per interpreter when workers
 * are isolated). {@link LocalChannelCore} is a queue in this JVM; a model whose workers live elsewhere
 * (child processes) supplies a core that forwards each operation to where the queue is.
 *
 * <p>Each operation comes in two halves, as every blocking builtin does: a {@code try} half called
 * with the model's lock held, which must not wait, and a {@code waiting} half called with it released
 * ({@link Blocking}), which may, and which must not touch a Python object. A core whose every
 * operation waits (a round trip over a pipe) answers {@link #WAIT} from its {@code try} half.
 *
 * <p>Items are Python objects (a reference the channel holds) when {@link #copies()} is false, and
 * {@link Shareable} copies when it is true.
 */
public interface ChannelCore {
    /** Outcomes of a send. */
    int SENT = 0, WAIT = 1, CLOSED = 2;

    /** What {@link #tryRecv} answers when the receiver has to wait. */
    Object WOULD_WAIT = new Object() {
        @Override public String toString() { return "WOULD_WAIT"; }
    };

    /** Whether items are {@link Shareable} copies rather than references. */
    boolean copies();

    /** SENT, CLOSED, or WAIT when {@link #sendWaiting} must be called (the model's lock released). */
    int trySend(Object item);

    /** SENT or CLOSED; waits while the channel is full. */
    int sendWaiting(Object item) throws InterruptedException;

    /** The next item, {@link #WOULD_WAIT}, or null once the channel is closed and drained. */
    Object tryRecv();

    /** The next item, or null once the channel is closed and drained; waits for one. */
    Object recvWaiting() throws InterruptedException;

    /** Later sends fail; receivers drain what is queued, then see the end. */
    void close();

    /** Takes every queued item out (a handle's release when items are references). */
    Object[] drain();

    /** The queued items, for the reference audit (only when items are references). */
    Object[] snapshot();

    /** For repr: "open, 3 waiting of 16". */
    String describe();
}

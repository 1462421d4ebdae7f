package org.gillab.runtime;

/**
 * A channel whose queue is elsewhere (an actor, a parent process): every item is a copy, every
 * operation is a round trip, so the {@code try} halves always answer "wait" and send the caller down
 * the blocking half, with the model's lock released. Nothing is queued here to drain or audit.
 */
public abstract class ForwardingChannelCore implements ChannelCore {
    @Override
    public final boolean copies() {
        return true;
    }

    @Override
    public final int trySend(Object item) {
        return WAIT;
    }

    @Override
    public final Object tryRecv() {
        return WOULD_WAIT;
    }

    @Override
    public final Object[] drain() {
        return new Object[0];
    }

    @Override
    public final Object[] snapshot() {
        return new Object[0];
    }
}

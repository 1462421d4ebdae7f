package org.gillab.models.gevent;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ThreadHooks;
import org.gillab.models.cooperative.EventLoop;
import org.gillab.vm.ThreadState;

/**
 * One run of the gevent model: plain counts and unlocked containers (only the baton's holder runs
 * Python code), and thread hooks that take and give up the baton where a monkey-patched gevent
 * program switches greenlets.
 */
final class GeventModel implements ConcurrencyModel {
    private final EventLoop hub = new EventLoop("gillab-gevent-hub", false); // the baton asyncio's loop passes too

    private final ThreadHooks hooks = new ThreadHooks() {
        @Override
        public void attach(ThreadState ts) {
            hub.awaitTurn(ts, false);
        }

        @Override
        public void detach(ThreadState ts) {
            hub.yieldTurn(ts, false);
        }

        /** No preemption: a greenlet that never blocks is never asked to stop (only an abandoned one is, by the runner). */
        @Override
        public void onEvalBreaker(ThreadState ts) {
            ts.clearBreaker(ThreadState.MODEL_BITS);
        }

        /** A patched blocking call (gevent.monkey.patch_all: time, socket, threading) switches to the hub. */
        @Override
        public void beforeBlocking(ThreadState ts) {
            hub.yieldTurn(ts, true);
        }

        @Override
        public void afterBlocking(ThreadState ts) {
            hub.awaitTurn(ts, true);
        }

        /**
         * Native work that drops the GIL (a large hash, a deflate) is not patched: the C code runs on
         * the hub's one OS thread, so no other greenlet runs meanwhile. The greenlet keeps the baton.
         */
        @Override
        public void beforeNativeWork(ThreadState ts) {}

        @Override
        public void afterNativeWork(ThreadState ts) {}
    };

    @Override
    public ThreadHooks threadHooks() {
        return hooks;
    }

    @Override
    public Map<String, Long> counters() {
        return hub.counters();
    }

    @Override
    public void close() {
        hub.shutdown();
    }
}

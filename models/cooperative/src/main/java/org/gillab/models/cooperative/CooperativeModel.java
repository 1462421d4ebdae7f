package org.gillab.models.cooperative;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;

/**
 * One run of the cooperative model: plain counts and unlocked containers (only the baton's holder
 * runs Python code), and thread hooks that take and give up the baton at the points asyncio switches.
 */
final class CooperativeModel implements ConcurrencyModel {
    private final EventLoop loop = new EventLoop();

    private final ThreadHooks hooks = new ThreadHooks() {
        @Override
        public void attach(ThreadState ts) {
            loop.awaitTurn(ts, false);
        }

        @Override
        public void detach(ThreadState ts) {
            loop.yieldTurn(ts, false);
        }

        /** No preemption: a long-running task is never asked to stop (only an abandoned one is, by the runner). */
        @Override
        public void onEvalBreaker(ThreadState ts) {
            ts.evalBreaker = 0;
        }

        @Override
        public void beforeBlocking(ThreadState ts) {
            loop.yieldTurn(ts, true);
        }

        @Override
        public void afterBlocking(ThreadState ts) {
            loop.awaitTurn(ts, true);
        }
    };

    @Override
    public ThreadHooks threadHooks() {
        return hooks;
    }

    @Override
    public Map<String, Long> counters() {
        return loop.counters();
    }

    @Override
    public void close() {
        loop.shutdown();
    }
}

package org.gillab.models.cooperative;

import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;

/**
 * One run of the cooperative model: plain counts and unlocked containers (only the loop's current
 * task runs Python code), and thread hooks with asyncio's rules: a task gives the loop up only when
 * it ends, or, for the runner's main thread, while it waits for the workers (a main coroutine's
 * {@code await asyncio.gather(...)}); a blocking call inside a task (time.sleep, a socket, a lock)
 * blocks the whole loop, as a blocking call inside a coroutine does. Workloads written with
 * {@code async def work} run their workers as tasks of gillab's asyncio loop, where only
 * {@code await} switches.
 */
final class CooperativeModel implements ConcurrencyModel {
    private final EventLoop loop = new EventLoop("gillab-event-loop", true);

    /** The runner's main thread: it blocks only to wait for the workers, which is its await. */
    private static boolean awaitsTheWorkers(ThreadState ts) {
        return ts.index == 0;
    }

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
            ts.clearBreaker(ThreadState.MODEL_BITS);
        }

        @Override
        public void beforeBlocking(ThreadState ts) {
            if (awaitsTheWorkers(ts)) loop.yieldTurn(ts, true);
            else loop.blockedTheLoop();
        }

        @Override
        public void afterBlocking(ThreadState ts) {
            if (awaitsTheWorkers(ts)) loop.awaitTurn(ts, true);
        }

        /** C code that drops the GIL still runs on the loop's thread: nothing else runs meanwhile. */
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
        return loop.counters();
    }

    @Override
    public void close() {
        loop.shutdown();
    }
}

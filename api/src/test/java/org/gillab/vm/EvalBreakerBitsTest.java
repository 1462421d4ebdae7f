package org.gillab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;

import org.gillab.spi.ThreadHooks;
import org.junit.jupiter.api.Test;

/**
 * The eval breaker is shared by the interpreter and the model: a model answering its own request
 * must not clear the interpreter's bits. The default hook once wrote {@code evalBreaker = 0},
 * which lost a runner's abandon request that arrived with a model's.
 */
class EvalBreakerBitsTest {
    @Test
    void theDefaultHookClearsOnlyTheModelsBits() {
        ThreadState ts = new ThreadState(new Interpreter(OutputStream.nullOutputStream()), 0, ThreadHooks.NONE);
        ts.requestBreaker(1);
        ts.abandon();
        ts.requestBreaker(ThreadState.GC_BIT);
        ThreadHooks.NONE.onEvalBreaker(ts);
        assertEquals(ThreadState.ABANDON_BIT | ThreadState.GC_BIT, ts.evalBreaker);
    }

    @Test
    void bitsSetFromTwoThreadsAtOnceAreAllKept() throws InterruptedException {
        ThreadState ts = new ThreadState(new Interpreter(OutputStream.nullOutputStream()), 0, ThreadHooks.NONE);
        for (int round = 0; round < 2000; round++) {
            Thread a = new Thread(() -> ts.requestBreaker(1));
            a.start();
            ts.requestBreaker(ThreadState.STOP_BIT);
            a.join();
            assertEquals(1 | ThreadState.STOP_BIT, ts.evalBreaker, "round " + round);
            ts.clearBreaker(1 | ThreadState.STOP_BIT);
        }
    }
}

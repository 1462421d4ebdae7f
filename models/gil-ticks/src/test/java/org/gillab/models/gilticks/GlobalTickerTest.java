package org.gillab.models.gilticks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.Test;

/** Python 2's {@code _Py_Ticker} is one count for the process: it travels with the interpreter lock. */
class GlobalTickerTest {
    @Test
    void theNextHolderGoesOnFromWhereTheLastOneStopped() throws Exception {
        InterpreterLock lock = new InterpreterLock(100);
        ThreadState a = new ThreadState(null, 0), b = new ThreadState(null, 1);
        lock.acquire(a);
        assertEquals(100, a.ticker, "the first holder starts from the check interval");
        a.ticker = 37; // a counted 63 instructions, then blocks
        lock.release(a, false);
        AtomicInteger seen = new AtomicInteger();
        Thread t = new Thread(() -> {
            lock.acquire(b);
            seen.set(b.ticker);
            b.ticker = 5;
            lock.release(b, false);
        });
        t.start();
        t.join();
        assertEquals(37, seen.get(), "not a fresh count of its own");
        lock.acquire(a);
        assertEquals(5, a.ticker, "a takes up the count b left");
        lock.release(a, false);
    }
}

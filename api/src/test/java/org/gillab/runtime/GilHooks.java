package org.gillab.runtime;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.spi.ThreadHooks;
import org.gillab.vm.ThreadState;

/**
 * A minimal global lock for tests: a thread holds it while attached and gives it up around blocking
 * calls, so a blocking call that forgot to release it deadlocks the test instead of passing.
 */
final class GilHooks implements ThreadHooks {
    final Semaphore gil = new Semaphore(1, true);
    final AtomicInteger blocking = new AtomicInteger(), unblocking = new AtomicInteger();

    @Override public void attach(ThreadState ts) {
        gil.acquireUninterruptibly();
    }

    @Override public void detach(ThreadState ts) {
        gil.release();
    }

    @Override public void beforeBlocking(ThreadState ts) {
        blocking.incrementAndGet();
        gil.release();
    }

    @Override public void afterBlocking(ThreadState ts) {
        unblocking.incrementAndGet();
        gil.acquireUninterruptibly();
    }
}

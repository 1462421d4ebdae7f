package org.gillab.models.finegrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.locks.ReentrantLock;

import org.gillab.obj.PyDict;
import org.gillab.obj.PyList;
import org.gillab.vm.PyThread;
import org.junit.jupiter.api.Test;

/** The per-container mutexes, called directly (no interpreter). */
class PerContainerLockingTest {
    private final ContainerCounters counters = new ContainerCounters();
    private final PerContainerLocking locking = new PerContainerLocking(counters);
    private final CounterCollectingHooks hooks = new CounterCollectingHooks(counters);

    /** A Python thread that runs {@code body} and, like a runner's worker, detaches at the end. */
    private PyThread pyThread(Runnable body) {
        return new PyThread(() -> {
            try {
                body.run();
            } finally {
                hooks.detach(null);
            }
        }, "fine-grained-test");
    }

    @Test
    void aContainerGetsItsOwnReentrantMutexOnFirstUse() {
        PyList a = new PyList();
        PyDict b = new PyDict();
        assertNull(a.lock, "no lock before the first access");
        locking.enter(a);
        locking.enter(a); // the same thread again: list.extend(itself) and the like
        ReentrantLock m = assertInstanceOf(ReentrantLock.class, a.lock);
        assertEquals(2, m.getHoldCount());
        locking.exit(a);
        locking.exit(a);
        assertFalse(m.isLocked());
        locking.enter(b);
        locking.exit(b);
        assertNotSame(a.lock, b.lock);
        assertEquals(3, counters.total(ContainerCounters.ACQUISITIONS));
        assertEquals(2, counters.total(ContainerCounters.CREATED));
        assertEquals(0, counters.total(ContainerCounters.CONTENDED));
    }

    @Test
    void threadsRacingToLockAFreshContainerAgreeOnOneMutex() throws InterruptedException {
        PyList shared = new PyList();
        int n = 8;
        CyclicBarrier start = new CyclicBarrier(n);
        List<Thread> threads = new ArrayList<>();
        Object[] seen = new Object[n];
        for (int i = 0; i < n; i++) {
            int k = i;
            threads.add(pyThread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                locking.enter(shared);
                seen[k] = shared.lock;
                locking.exit(shared);
            }));
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        for (Object l : seen) assertSame(shared.lock, l);
        assertEquals(1, counters.total(ContainerCounters.CREATED));
        assertEquals(n, counters.total(ContainerCounters.ACQUISITIONS), "every thread's counts were handed in");
    }

    @Test
    void aThreadThatFindsTheContainerLockedWaitsAndIsCountedAsContended() throws InterruptedException {
        PyList shared = new PyList();
        locking.enter(shared);
        ReentrantLock m = (ReentrantLock) shared.lock;
        Thread waiter = pyThread(() -> {
            locking.enter(shared);
            locking.exit(shared);
        });
        waiter.start();
        while (!m.hasQueuedThread(waiter)) Thread.onSpinWait();
        Thread.sleep(2); // a measurable wait
        locking.exit(shared);
        waiter.join();
        assertEquals(2, counters.total(ContainerCounters.ACQUISITIONS));
        assertEquals(1, counters.total(ContainerCounters.CONTENDED));
        assertTrue(counters.total(ContainerCounters.WAIT_NS) > 0);
    }
}

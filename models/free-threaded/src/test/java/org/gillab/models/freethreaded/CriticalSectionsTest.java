package org.gillab.models.freethreaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gillab.obj.PyList;
import org.gillab.spi.Cs;
import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-object critical sections: lazy lock, re-entrance, waiting, suspension around blocking and nested contention. */
class CriticalSectionsTest {
    private Fixture fx;

    @BeforeEach
    void install() {
        fx = new Fixture();
    }

    @AfterEach
    void reset() {
        fx.close();
    }

    private static ObjectMutex mutex(PyList l) {
        return (ObjectMutex) l.lock;
    }

    /** Waits until {@code t} is queued for {@code l}'s lock, failing if it never is. */
    private static void awaitWaiting(Thread t, PyList l) throws InterruptedException {
        for (int i = 0; i < 4_000; i++) {
            if (l.lock instanceof ObjectMutex m && m.isQueued(t)) return;
            Thread.sleep(5);
        }
        throw new AssertionError(t.getName() + " never waited for the lock");
    }

    @Test
    void theLockIsInstalledOnFirstUseAndReenteredByItsHolder() throws Exception {
        PyList l = new PyList();
        assertNull(l.lock);
        try (Attached a = fx.thread(1)) {
            a.run(() -> {
                Cs.enter(l);
                Cs.enter(l);
                assertSame(Thread.currentThread(), mutex(l).holder());
                assertEquals(2, mutex(l).depth);
                Cs.exit(l);
                assertTrue(mutex(l).isLocked(), "still inside the outer section");
                Cs.exit(l);
            });
            assertFalse(mutex(l).isLocked());
            assertNull(mutex(l).holder());
        }
        assertEquals(2, fx.counter("cs-acquisitions"));
        assertEquals(0, fx.counter("cs-contended"));
    }

    @Test
    void anotherThreadWaitsUntilTheSectionEnds() throws Exception {
        PyList l = new PyList();
        try (Attached a = fx.thread(1); Attached b = fx.thread(2)) {
            a.run(() -> Cs.enter(l));
            CountDownLatch inside = new CountDownLatch(1);
            Future<Void> bEnters = b.submit(() -> {
                Cs.enter(l);
                inside.countDown();
                Cs.exit(l);
                return null;
            });
            awaitWaiting(b.thread(), l);
            assertEquals(1, inside.getCount(), "entered a section another thread holds");
            a.run(() -> Cs.exit(l));
            Attached.await(bEnters);
        }
        assertEquals(1, fx.counter("cs-contended"));
        assertEquals(0, fx.counter("cs-suspensions"), "b held no section while it waited");
    }

    @Test
    void aWaiterOfMoreThanAMillisecondIsHandedTheLock() throws Exception {
        // lock.c's TIME_TO_BE_FAIR_NS: the unlock leaves the lock locked for the first waiter, so the
        // unlocking thread, asking again at once, cannot barge in ahead of it
        PyList l = new PyList();
        try (Attached a = fx.thread(1); Attached b = fx.thread(2)) {
            a.run(() -> Cs.enter(l));
            CountDownLatch inside = new CountDownLatch(1), leave = new CountDownLatch(1);
            Future<Void> bEnters = b.submit(() -> {
                Cs.enter(l);
                inside.countDown();
                leave.await();
                Cs.exit(l);
                return null;
            });
            awaitWaiting(b.thread(), l);
            Thread.sleep(5); // b has now waited well over 1 ms
            boolean retaken = a.call(() -> {
                Cs.exit(l);
                return mutex(l).tryLock();
            });
            assertFalse(retaken, "the unlocking thread barged in ahead of a waiter of more than 1 ms");
            inside.await();
            assertSame(b.thread(), mutex(l).holder());
            leave.countDown();
            Attached.await(bEnters);
            assertFalse(mutex(l).isLocked());
        }
    }

    @Test
    void aBlockingCallSuspendsTheSectionsAndResumesTheInnermostAfter() throws Exception {
        PyList l = new PyList();
        try (Attached a = fx.thread(1); Attached b = fx.thread(2)) {
            a.run(() -> {
                Cs.enter(l);
                ThreadState.beginBlocking();
            });
            assertFalse(mutex(l).isLocked(), "released for the blocking call");
            b.run(() -> { // would deadlock if a kept the lock while blocked
                Cs.enter(l);
                Cs.exit(l);
            });
            a.run(() -> {
                ThreadState.endBlocking();
                assertSame(Thread.currentThread(), mutex(l).holder(), "taken again after the call");
                Cs.exit(l);
            });
            assertFalse(mutex(l).isLocked());
        }
        assertEquals(1, fx.counter("cs-suspensions"));
    }

    @Test
    void waitingForALockWhileHoldingAnotherSuspendsTheOuterSection() throws Exception {
        PyList x = new PyList(), y = new PyList();
        try (Attached a = fx.thread(1); Attached b = fx.thread(2)) {
            a.run(() -> Cs.enter(x));
            b.run(() -> Cs.enter(y));
            Future<Void> aTakesY = a.submit(() -> {
                Cs.enter(y); // waits for b, giving up x meanwhile
                Cs.exit(y); // ends the inner section: x is taken again
                assertSame(Thread.currentThread(), mutex(x).holder(), "the outer section resumed");
                Cs.exit(x);
                return null;
            });
            awaitWaiting(a.thread(), y);
            assertFalse(mutex(x).isLocked(), "a suspended its section on x while waiting for y");
            b.run(() -> { // lock order x after y: without suspension, a deadlock
                Cs.enter(x);
                Cs.exit(x);
                Cs.exit(y);
            });
            Attached.await(aTakesY);
            assertFalse(mutex(x).isLocked());
            assertFalse(mutex(y).isLocked());
        }
        assertEquals(1, fx.counter("cs-suspensions"));
        assertTrue(fx.counter("cs-contended") >= 1);
    }

    @Test
    void anOuterSectionOnTheSameObjectIsTakenAgainWhenTheInnerOneEnds() throws Exception {
        PyList x = new PyList(), y = new PyList();
        try (Attached a = fx.thread(1); Attached b = fx.thread(2)) {
            b.run(() -> Cs.enter(y));
            Future<Void> nested = a.submit(() -> {
                Cs.enter(x);
                Cs.enter(x);
                Cs.enter(y); // contended: both sections on x are suspended
                Cs.exit(y);
                assertEquals(1, mutex(x).depth, "only the innermost suspended section resumes");
                Cs.exit(x);
                assertEquals(1, mutex(x).depth, "then the next one out");
                Cs.exit(x);
                return null;
            });
            awaitWaiting(a.thread(), y);
            assertFalse(mutex(x).isLocked());
            b.run(() -> Cs.exit(y));
            Attached.await(nested);
            assertFalse(mutex(x).isLocked());
        }
    }

    @Test
    void aThreadThatIsNotAttachedStillGetsMutualExclusion() throws Exception {
        PyList l = new PyList();
        Cs.enter(l);
        try (Attached a = fx.thread(1)) {
            Future<Void> waits = a.submit(() -> {
                Cs.enter(l);
                Cs.exit(l);
                return null;
            });
            awaitWaiting(a.thread(), l);
            Cs.exit(l);
            waits.get(20, TimeUnit.SECONDS);
        }
    }
}

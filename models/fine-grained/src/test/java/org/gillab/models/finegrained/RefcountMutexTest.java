package org.gillab.models.finegrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.gillab.obj.Heap;
import org.gillab.obj.PyList;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;
import org.gillab.spi.Rc;
import org.junit.jupiter.api.Test;

/** The global reference-count mutex, called directly (no interpreter). */
class RefcountMutexTest {
    private final GlobalMutexRefCounting rc = new GlobalMutexRefCounting(true);

    @Test
    void everyChangeTakesTheMutexOnce() {
        PyList o = new PyList();
        rc.incref(o);
        rc.incref(o);
        rc.decref(o);
        assertEquals(2, rc.count(o));
        assertEquals(4, rc.lockStats().acquisitions(), "three changes and one read of the count");
        assertEquals(0, rc.lockStats().contended());
    }

    @Test
    void theLastDecrefDeallocatesOutsideTheMutex() throws InterruptedException {
        AtomicBoolean otherThreadCouldCount = new AtomicBoolean();
        PyObject child = new PyList();
        PyObject parent = new PyObject() {
            @Override public PyType type() { return PyList.TYPE; }

            @Override public void release() {
                // the mutex is re-entrant for this thread, so only another thread can tell
                Thread t = new Thread(() -> {
                    rc.incref(child);
                    otherThreadCouldCount.set(true);
                });
                t.setDaemon(true);
                t.start();
                try {
                    t.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        rc.decref(parent);
        assertTrue(parent.isDead());
        assertTrue(otherThreadCouldCount.get(), "release ran while the refcount mutex was held");
        assertEquals(2, child.refcnt);
    }

    @Test
    void aChangeToADeadObjectIsReportedAndNotMade() {
        PyList o = new PyList();
        rc.decref(o);
        assertTrue(o.isDead());
        long before = Heap.useAfterFreeCount();
        rc.incref(o);
        rc.decref(o);
        assertEquals(before + 2, Heap.useAfterFreeCount());
        assertEquals(Rc.DEAD, o.refcnt);
        assertFalse(rc.tryIncref(o));
    }

    @Test
    void tryIncrefRefusesACountThatReachedZero() {
        PyList o = new PyList();
        o.refcnt = 0; // another thread's decref took it to zero and is deallocating it
        assertFalse(rc.tryIncref(o));
        assertEquals(0, o.refcnt);
        o.refcnt = 3;
        assertTrue(rc.tryIncref(o));
        assertEquals(4, o.refcnt);
    }

    @Test
    void isUniqueReadsTheCountUnderTheMutex() {
        PyList o = new PyList();
        assertTrue(rc.isUnique(o));
        rc.incref(o);
        assertFalse(rc.isUnique(o));
        assertEquals(3, rc.lockStats().acquisitions());
    }

    @Test
    void immortalsAreNotCountedAndByDefaultSkipTheMutex() {
        PyList o = Rc.immortal(new PyList());
        rc.incref(o);
        rc.decref(o);
        assertTrue(rc.tryIncref(o));
        assertEquals(Rc.IMMORTAL, o.refcnt);
        assertEquals(0, rc.lockStats().acquisitions());
    }

    @Test
    void withoutImmortalsEveryObjectPaysForTheMutexAsIn1996() {
        GlobalMutexRefCounting original = new GlobalMutexRefCounting(false);
        PyList o = Rc.immortal(new PyList());
        original.incref(o);
        original.decref(o);
        assertTrue(original.tryIncref(o));
        assertEquals(Rc.IMMORTAL, o.refcnt, "the count itself still never changes");
        assertEquals(3, original.lockStats().acquisitions());
    }

    @Test
    void concurrentChangesAreExactAndTheBookkeepingAddsUp() throws InterruptedException {
        PyList o = new PyList();
        int n = 200_000;
        Runnable body = () -> {
            for (int i = 0; i < n; i++) {
                rc.incref(o);
                rc.decref(o);
            }
        };
        Thread a = new Thread(body);
        Thread b = new Thread(body);
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(1, o.refcnt);
        LockStats s = rc.lockStats();
        assertEquals(4L * n, s.acquisitions());
        assertTrue(s.contended() <= s.acquisitions());
        assertTrue(s.waitNs() == 0 || s.contended() > 0);
    }
}

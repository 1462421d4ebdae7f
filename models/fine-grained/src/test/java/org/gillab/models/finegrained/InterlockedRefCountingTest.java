package org.gillab.models.finegrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gillab.obj.Heap;
import org.gillab.obj.PyList;
import org.gillab.spi.Rc;
import org.junit.jupiter.api.Test;

/** The interlocked (Windows) variant, called directly. */
class InterlockedRefCountingTest {
    @Test
    void countsLikeTheMutexVariantWithoutALock() {
        InterlockedRefCounting rc = new InterlockedRefCounting(true);
        PyList o = new PyList();
        rc.incref(o);
        assertEquals(2, rc.count(o));
        assertFalse(rc.isUnique(o));
        rc.decref(o);
        assertTrue(rc.isUnique(o));
        rc.decref(o);
        assertTrue(o.isDead());
        assertEquals(LockStats.NONE, rc.lockStats());
    }

    @Test
    void deadAndDyingObjectsAreRefused() {
        InterlockedRefCounting rc = new InterlockedRefCounting(true);
        PyList o = new PyList();
        rc.decref(o);
        long before = Heap.useAfterFreeCount();
        rc.decref(o);
        assertEquals(before + 1, Heap.useAfterFreeCount());
        assertTrue(o.isDead(), "a stray decrement cannot revive a dead count");
        assertFalse(rc.tryIncref(o));
        PyList dying = new PyList();
        dying.refcnt = 0;
        assertFalse(rc.tryIncref(dying));
    }

    @Test
    void immortalCountsNeverChangeWithOrWithoutImmortals() {
        for (boolean skip : new boolean[] {true, false}) {
            InterlockedRefCounting rc = new InterlockedRefCounting(skip);
            PyList o = Rc.immortal(new PyList());
            rc.incref(o);
            rc.decref(o);
            assertTrue(rc.tryIncref(o));
            assertEquals(Rc.IMMORTAL, o.refcnt, "immortals=" + !skip);
        }
    }

    @Test
    void concurrentChangesAreExact() throws InterruptedException {
        InterlockedRefCounting rc = new InterlockedRefCounting(true);
        PyList o = new PyList();
        Runnable body = () -> {
            for (int i = 0; i < 200_000; i++) {
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
    }
}

package org.gillab.models.freethreaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.gillab.models.freethreaded.Fixture.Probe;
import org.gillab.obj.Heap;
import org.gillab.spi.Rc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of biased reference counting, with real owner and non-owner threads. */
class BiasedRefCountingTest {
    private Fixture fx;
    private long useAfterFreeBefore;

    @BeforeEach
    void install() {
        fx = new Fixture();
        useAfterFreeBefore = Heap.useAfterFreeCount();
    }

    @AfterEach
    void reset() {
        fx.close();
    }

    private void assertNoUseAfterFree() {
        assertEquals(useAfterFreeBefore, Heap.useAfterFreeCount(), "use after free reported");
    }

    private static int sharedCount(Probe o) {
        return o.shared >> 2;
    }

    private static int state(Probe o) {
        return o.shared & SharedCount.FLAGS;
    }

    @Test
    void theOwnerCountsLocallyAndFreesAtZero() throws Exception {
        try (Fixture counting = new Fixture(Map.of("count-local-ops", "true"))) {
            Probe o;
            try (Attached owner = counting.thread(1)) {
                o = owner.call(Probe::new);
                owner.run(() -> {
                    for (int i = 0; i < 3; i++) Rc.incref(o);
                    for (int i = 0; i < 3; i++) Rc.decref(o);
                });
                assertEquals(1, o.refcnt);
                assertEquals(0, o.shared);
                owner.run(() -> Rc.decref(o));
            }
            assertTrue(o.isDead());
            assertEquals(1, o.freed.get());
            assertEquals(6, counting.counter("local-refcount-ops"), "the last decref leaves the fast path");
            assertEquals(0, counting.counter("shared-refcount-ops"));
        }
    }

    @Test
    void otherThreadsCountInTheSharedCount() throws Exception {
        Probe o;
        try (Attached owner = fx.thread(1); Attached other = fx.thread(2)) {
            o = owner.call(Probe::new);
            other.run(() -> {
                Rc.incref(o);
                Rc.incref(o);
            });
            assertEquals(1, o.refcnt, "the local count is the owner's alone");
            assertEquals(2, sharedCount(o));
            assertEquals(0, state(o), "a plain add leaves the state alone, as Py_INCREF does");
            assertEquals(3, Rc.count(o));
            other.run(() -> {
                Rc.decref(o);
                Rc.decref(o);
            });
            assertEquals(1, Rc.count(o));
            owner.run(() -> Rc.decref(o)); // shared count back to zero, default state: freed on the owner's plain read
        }
        assertEquals(1, o.freed.get());
        assertEquals(4, fx.counter("shared-refcount-ops"));
        assertNoUseAfterFree();
    }

    @Test
    void anOwnerReachingZeroMergesAndTheLastSharedDecrefFrees() throws Exception {
        Probe o;
        try (Attached owner = fx.thread(1); Attached other = fx.thread(2)) {
            o = owner.call(Probe::new);
            other.run(() -> Rc.incref(o));
            owner.run(() -> Rc.decref(o));
            assertEquals(SharedCount.MERGED, state(o));
            assertEquals(0, o.refcnt);
            assertEquals(1, sharedCount(o));
            assertEquals(0, o.freed.get());
            assertEquals(1, Rc.count(o));
            owner.run(() -> Rc.incref(o)); // the owner of a merged object counts in the shared count too
            assertEquals(2, sharedCount(o));
            owner.run(() -> Rc.decref(o));
            other.run(() -> Rc.decref(o));
        }
        assertTrue(o.isDead());
        assertEquals(1, o.freed.get());
        assertEquals(1, fx.counter("merges"));
        assertNoUseAfterFree();
    }

    @Test
    void aDecrefBelowZeroIsQueuedToTheOwnerWhichMergesAtItsSafePoint() throws Exception {
        Probe o;
        try (Attached owner = fx.thread(1); Attached other = fx.thread(2)) {
            o = owner.call(Probe::new); // the owner's local reference is handed to the other thread
            other.run(() -> Rc.decref(o));
            assertEquals(SharedCount.QUEUED, state(o));
            assertEquals(0, o.freed.get(), "only the owner may decide: it still has a local count");
            assertEquals(0, Rc.count(o), "the queue entry stands for the decrement");
            assertEquals(1, owner.state().evalBreaker, "the owner is asked to merge");
            owner.safePoint();
            assertEquals(0, owner.state().evalBreaker);
            assertEquals(1, o.freed.get());
            assertTrue(o.isDead());
        }
        assertEquals(1, fx.counter("queued-merges"));
        assertEquals(1, fx.counter("merges"));
        assertNoUseAfterFree();
    }

    @Test
    void aQueuedObjectThatIsStillReferencedSurvivesTheMerge() throws Exception {
        Probe o;
        try (Attached owner = fx.thread(1); Attached other = fx.thread(2)) {
            o = owner.call(() -> {
                Probe p = new Probe();
                Rc.incref(p); // two local references: one handed over, one kept
                return p;
            });
            other.run(() -> Rc.decref(o));
            owner.safePoint();
            assertEquals(0, o.freed.get());
            assertEquals(SharedCount.MERGED, state(o));
            assertEquals(1, Rc.count(o));
            other.run(() -> Rc.decref(o)); // merged: the shared count alone decides
        }
        assertEquals(1, o.freed.get());
        assertNoUseAfterFree();
    }

    @Test
    void theOwnerMergesItsQueueWhenItDetaches() throws Exception {
        Probe o;
        try (Attached other = fx.thread(2)) {
            Attached owner = fx.thread(1);
            o = owner.call(Probe::new);
            other.run(() -> Rc.decref(o));
            assertEquals(0, o.freed.get());
            owner.close();
            assertEquals(1, o.freed.get());
        }
        assertNoUseAfterFree();
    }

    @Test
    void anObjectWhoseOwnerHasDetachedIsMergedByTheThreadThatFindsIt() throws Exception {
        Probe kept, dropped;
        try (Attached other = fx.thread(2)) {
            Attached owner = fx.thread(1);
            kept = owner.call(() -> {
                Probe p = new Probe();
                Rc.incref(p);
                return p;
            });
            dropped = owner.call(Probe::new);
            owner.close();
            other.run(() -> Rc.decref(dropped));
            assertEquals(1, dropped.freed.get(), "freed at once: no owner will ever merge it");
            other.run(() -> Rc.decref(kept));
            assertEquals(SharedCount.MERGED, state(kept));
            assertEquals(1, Rc.count(kept));
            other.run(() -> Rc.decref(kept));
            assertEquals(1, kept.freed.get());
        }
        assertEquals(2, fx.counter("abandoned-merges"));
        assertEquals(0, fx.counter("queued-merges"));
        assertNoUseAfterFree();
    }

    @Test
    void tryIncrefFailsOnAFreedObjectAndNeverRevivesIt() throws Exception {
        try (Attached owner = fx.thread(1); Attached other = fx.thread(2)) {
            Probe local = owner.call(Probe::new);
            owner.run(() -> Rc.decref(local)); // freed on the owner's fast way: shared count still 0
            Probe merged = owner.call(Probe::new);
            other.run(() -> Rc.incref(merged));
            owner.run(() -> Rc.decref(merged));
            other.run(() -> Rc.decref(merged)); // freed by the last shared decref: merged and zero
            for (Probe o : List.of(local, merged)) {
                assertTrue(o.isDead());
                assertFalse(other.call(() -> Rc.tryIncref(o)));
                assertFalse(owner.call(() -> Rc.tryIncref(o)));
                assertTrue(o.isDead(), "revived");
                assertEquals(1, o.freed.get());
            }
        }
        assertEquals(4, fx.counter("optimistic-read-retries"));
        assertNoUseAfterFree();
    }

    @Test
    void tryIncrefByAnotherThreadNeedsTheObjectToHaveBeenShared() throws Exception {
        try (Attached owner = fx.thread(1); Attached other = fx.thread(2)) {
            Probe o = owner.call(Probe::new);
            assertTrue(owner.call(() -> Rc.tryIncref(o)), "the owner's positive local count proves it alive");
            owner.run(() -> Rc.decref(o));
            // only the owner has counted it: its death would not be decided by a compare-and-swap, so refuse
            assertFalse(other.call(() -> Rc.tryIncref(o)));
            other.run(() -> {
                Rc.incref(o); // a plain incref from another thread does not make it try-increfable
                Rc.decref(o);
            });
            assertFalse(other.call(() -> Rc.tryIncref(o)));
            assertEquals(0, state(o));
            other.run(() -> {
                Rc.increfWithLock(o); // what the locked retry does (_Py_NewRefWithLock)
                Rc.decref(o);
            });
            assertEquals(SharedCount.MAYBE_SHARED, state(o));
            assertTrue(other.call(() -> Rc.tryIncref(o)));
            assertEquals(2, Rc.count(o));
            other.run(() -> Rc.decref(o));
            owner.run(() -> Rc.decref(o));
            assertEquals(1, o.freed.get());
        }
        assertEquals(4, fx.counter("optimistic-reads"));
        assertEquals(2, fx.counter("optimistic-read-retries"));
    }

    @Test
    void isUniqueOnlyForTheOwnersOnlyLocalReference() throws Exception {
        try (Attached owner = fx.thread(1); Attached other = fx.thread(2)) {
            Probe o = owner.call(Probe::new);
            assertTrue(owner.call(() -> Rc.isUnique(o)));
            assertFalse(other.call(() -> Rc.isUnique(o)));
            owner.run(() -> Rc.incref(o));
            assertFalse(owner.call(() -> Rc.isUnique(o)));
            owner.run(() -> Rc.decref(o));
            other.run(() -> Rc.incref(o));
            assertFalse(owner.call(() -> Rc.isUnique(o)), "another thread holds it");
            other.run(() -> Rc.decref(o));
            owner.run(() -> Rc.decref(o));
        }
    }

    @Test
    void aTryIncrefRacingTheLastDecrefEitherWinsOrFailsAndTheObjectIsFreedOnce() throws Exception {
        int n = 20_000;
        try (Attached owner = fx.thread(1); Attached other = fx.thread(2)) {
            List<Probe> objects = owner.call(() -> {
                List<Probe> l = new ArrayList<>();
                for (int i = 0; i < n; i++) l.add(new Probe());
                return l;
            });
            other.run(() -> {
                for (Probe o : objects) { // shared, as an item other threads read is
                    Rc.incref(o);
                    Rc.decref(o);
                }
            });
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Void> dropping = owner.submit(() -> {
                start.await();
                for (Probe o : objects) Rc.decref(o);
                return null;
            });
            Future<Integer> reading = other.submit(() -> {
                start.await();
                int won = 0;
                for (Probe o : objects) {
                    if (Rc.tryIncref(o)) {
                        won++;
                        Rc.decref(o);
                    }
                }
                return won;
            });
            Attached.await(dropping);
            Attached.await(reading);
            owner.safePoint();
            for (Probe o : objects) {
                assertTrue(o.isDead());
                assertEquals(1, o.freed.get());
            }
        }
        assertNoUseAfterFree();
    }

    @Test
    void manyThreadsCountingTheSameObjectsKeepExactCounts() throws Exception {
        int threads = 3, rounds = 200_000;
        try (Attached owner = fx.thread(0)) {
            List<Probe> objects = owner.call(() -> {
                List<Probe> l = new ArrayList<>();
                for (int i = 0; i < 16; i++) l.add(new Probe());
                return l;
            });
            List<Attached> others = new ArrayList<>();
            for (int t = 1; t <= threads; t++) others.add(fx.thread(t));
            CyclicBarrier start = new CyclicBarrier(threads + 1);
            List<Future<Void>> runs = new ArrayList<>();
            for (Attached a : others) runs.add(a.submit(() -> hammer(objects, start, rounds)));
            runs.add(owner.submit(() -> hammer(objects, start, rounds)));
            for (Future<Void> f : runs) Attached.await(f);
            for (Probe o : objects) assertEquals(1, Rc.count(o));
            for (Attached a : others) a.close();
            owner.run(() -> objects.forEach(Rc::decref));
            for (Probe o : objects) assertEquals(1, o.freed.get());
        }
        assertNoUseAfterFree();
    }

    @Test
    void referencesHandedToOtherThreadsAreDroppedThroughQueuesMergedConcurrently() throws Exception {
        int threads = 3, handed = 30_000;
        try (Attached owner = fx.thread(0)) {
            List<Probe> objects = owner.call(() -> {
                List<Probe> l = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Probe p = new Probe();
                    for (int k = 0; k < threads * handed; k++) Rc.incref(p); // one local reference per hand-over
                    l.add(p);
                }
                return l;
            });
            List<Attached> others = new ArrayList<>();
            for (int t = 1; t <= threads; t++) others.add(fx.thread(t));
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            Future<Void> merging = owner.submit(() -> {
                org.gillab.vm.ThreadState ts = org.gillab.vm.ThreadState.current();
                while (!done.get()) if (ts.evalBreaker != 0) ts.hooks.onEvalBreaker(ts);
                return null;
            });
            List<Future<Void>> drops = new ArrayList<>();
            for (Attached a : others) {
                drops.add(a.submit(() -> {
                    for (int k = 0; k < handed; k++) for (Probe o : objects) Rc.decref(o);
                    return null;
                }));
            }
            for (Future<Void> f : drops) Attached.await(f);
            done.set(true);
            Attached.await(merging);
            owner.safePoint();
            for (Probe o : objects) {
                assertEquals(1, Rc.count(o));
                assertEquals(0, o.freed.get());
            }
            for (Attached a : others) a.close();
            owner.run(() -> objects.forEach(Rc::decref));
            for (Probe o : objects) assertEquals(1, o.freed.get());
        }
        assertTrue(fx.counter("queued-merges") >= 8, "each object was queued at least once");
        assertNoUseAfterFree();
    }

    private static Void hammer(List<Probe> objects, CyclicBarrier start, int rounds) throws Exception {
        start.await();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        Probe[] held = new Probe[8];
        for (int i = 0; i < rounds; i++) {
            int slot = r.nextInt(held.length);
            if (held[slot] != null) {
                Rc.decref(held[slot]);
                held[slot] = null;
            } else {
                held[slot] = objects.get(r.nextInt(objects.size()));
                Rc.incref(held[slot]);
            }
        }
        for (Probe o : held) if (o != null) Rc.decref(o);
        return null;
    }
}

package org.gillab.models.freethreaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gillab.models.freethreaded.Fixture.Probe;
import org.gillab.obj.Heap;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.spi.Rc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** List and dict item reads without the lock (PEP 703), against writers that replace and free the items. */
class OptimisticReadsTest {
    private static final int ITEMS = 16;
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

    private static PyList listOfProbes(Queue<Probe> made) {
        PyObject[] items = new PyObject[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            Probe p = new Probe();
            made.add(p);
            items[i] = p;
        }
        return new PyList(items, ITEMS);
    }

    @Test
    void anItemIsReadWithoutTheLockOnceItHasBeenShared() throws Exception {
        Queue<Probe> made = new ConcurrentLinkedQueue<>();
        try (Attached owner = fx.thread(1); Attached reader = fx.thread(2)) {
            PyList l = owner.call(() -> listOfProbes(made));
            PyInt three = PyInt.of(3);
            PyObject first = reader.call(() -> l.getIndex(three)); // only the owner had counted it: read under the lock
            PyObject second = reader.call(() -> l.getIndex(three));
            assertSame(first, second);
            assertEquals(3, Rc.count(first), "the list's reference and the two reads");
            reader.run(() -> {
                Rc.decref(first);
                Rc.decref(second);
            });
            reader.close();
            assertEquals(1, fx.counter("cs-acquisitions"), "the second read took no lock");
            assertEquals(2, fx.counter("optimistic-reads"));
            assertEquals(1, fx.counter("optimistic-read-retries"));
            owner.run(() -> Rc.decref(l));
        }
        for (Probe p : made) assertEquals(1, p.freed.get());
    }

    @Test
    void listReadersRacingAWriterNeverTouchAFreedItemAndEveryItemIsFreedOnce() throws Exception {
        Queue<Probe> made = new ConcurrentLinkedQueue<>();
        try (Attached owner = fx.thread(0); Attached writer = fx.thread(1); Attached r1 = fx.thread(2); Attached r2 = fx.thread(3)) {
            PyList l = owner.call(() -> listOfProbes(made));
            AtomicBoolean done = new AtomicBoolean();
            CyclicBarrier start = new CyclicBarrier(3);
            Future<Void> writing = writer.submit(() -> {
                start.await();
                ThreadLocalRandom r = ThreadLocalRandom.current();
                for (int i = 0; i < 100_000; i++) {
                    Probe p = new Probe();
                    made.add(p);
                    l.setIndex(PyInt.of(r.nextInt(ITEMS)), p);
                    Rc.decref(p);
                }
                done.set(true);
                return null;
            });
            List<Future<Long>> reading = new ArrayList<>();
            reading.add(r1.submit(() -> readIndexes(l, start, done)));
            reading.add(r2.submit(() -> iterate(l, start, done)));
            Attached.await(writing);
            for (Future<Long> f : reading) assertTrue(Attached.await(f) > 0);
            for (Attached a : List.of(writer, r1, r2)) a.close();
            owner.run(() -> Rc.decref(l));
        }
        for (Probe p : made) assertEquals(1, p.freed.get(), "freed more or less than once");
        assertEquals(useAfterFreeBefore, Heap.useAfterFreeCount());
        assertTrue(fx.counter("optimistic-reads") > 0);
    }

    private static long readIndexes(PyList l, CyclicBarrier start, AtomicBoolean done) throws Exception {
        start.await();
        long n = 0;
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (!done.get()) {
            PyObject o = l.getIndex(PyInt.of(r.nextInt(ITEMS)));
            if (o.isDead()) throw new AssertionError("read a freed item");
            Rc.decref(o);
            n++;
        }
        return n;
    }

    private static long iterate(PyList l, CyclicBarrier start, AtomicBoolean done) throws Exception {
        start.await();
        long n = 0;
        do {
            PyObject it = l.iter();
            for (PyObject o = it.next(); o != null; o = it.next()) {
                if (o.isDead()) throw new AssertionError("iterated to a freed item");
                Rc.decref(o);
                n++;
            }
            Rc.decref(it);
        } while (!done.get());
        return n;
    }

    @Test
    void dictReadersRacingAWriterNeverTouchAFreedValueAndEveryValueIsFreedOnce() throws Exception {
        Queue<Probe> made = new ConcurrentLinkedQueue<>();
        PyStr[] keys = new PyStr[ITEMS];
        for (int i = 0; i < ITEMS; i++) keys[i] = PyStr.intern("key" + i);
        try (Attached owner = fx.thread(0); Attached writer = fx.thread(1); Attached r1 = fx.thread(2); Attached r2 = fx.thread(3)) {
            PyDict d = owner.call(() -> {
                PyDict x = new PyDict();
                for (PyStr k : keys) {
                    Probe p = new Probe();
                    made.add(p);
                    x.setItem(k, p);
                    Rc.decref(p);
                }
                return x;
            });
            AtomicBoolean done = new AtomicBoolean();
            CyclicBarrier start = new CyclicBarrier(3);
            Future<Void> writing = writer.submit(() -> {
                start.await();
                ThreadLocalRandom r = ThreadLocalRandom.current();
                for (int i = 0; i < 100_000; i++) {
                    Probe p = new Probe();
                    made.add(p);
                    if ((i & 1023) == 0) d.setStr("extra" + i, p); // and grow it now and then: the arrays are replaced
                    else d.setItem(keys[r.nextInt(ITEMS)], p);
                    Rc.decref(p);
                }
                done.set(true);
                return null;
            });
            List<Future<Long>> reading = new ArrayList<>();
            for (Attached reader : List.of(r1, r2)) {
                reading.add(reader.submit(() -> {
                    start.await();
                    long n = 0;
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    while (!done.get()) {
                        PyStr k = keys[r.nextInt(ITEMS)];
                        PyObject v = (n & 1) == 0 ? d.getRef(k) : d.getStrRef(k.value);
                        if (v.isDead()) throw new AssertionError("read a freed value");
                        Rc.decref(v);
                        n++;
                    }
                    return n;
                }));
            }
            Attached.await(writing);
            for (Future<Long> f : reading) assertTrue(Attached.await(f) > 0);
            for (Attached a : List.of(writer, r1, r2)) a.close();
            owner.run(() -> Rc.decref(d));
        }
        for (Probe p : made) assertEquals(1, p.freed.get(), "freed more or less than once");
        assertEquals(useAfterFreeBefore, Heap.useAfterFreeCount());
    }

    @Test
    void withOptimisticReadsOffEveryReadTakesTheLock() throws Exception {
        fx.close();
        fx = new Fixture(Map.of("optimistic-reads", "false"));
        Queue<Probe> made = new ConcurrentLinkedQueue<>();
        try (Attached owner = fx.thread(1)) {
            owner.run(() -> {
                PyList l = listOfProbes(made);
                for (int i = 0; i < 10; i++) Rc.decref(l.getIndex(PyInt.of(i)));
                Rc.decref(l);
            });
        }
        assertEquals(0, fx.counter("optimistic-reads"));
        assertEquals(10, fx.counter("cs-acquisitions"));
        for (Probe p : made) assertEquals(1, p.freed.get());
    }
}

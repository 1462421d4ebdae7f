package org.gillab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.gillab.obj.Cases;
import org.gillab.obj.Py;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.spi.ContainerLocking;
import org.gillab.spi.Hooks;
import org.gillab.spi.PlainRefCounting;
import org.gillab.vm.ThreadState;
import org.gillab.spi.Rc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** threading.Lock and RLock: their semantics across threads, and that waiting releases a GIL. */
class ThreadingModuleTest {
    @BeforeAll
    static void init() {
        Builtins.dict();
    }

    @AfterEach
    void resetHooks() {
        Hooks.reset();
    }




    @Test
    void lockBasics() {
        PyModule t = ThreadingModule.create();
        PyObject lock = Cases.callMethod(t, "Lock");
        assertEquals("lock", lock.type().name);
        assertTrue(lock.repr().startsWith("<unlocked _thread.lock object at 0x"));
        assertEquals("=False", Cases.methodOutcome(lock, "locked"));
        assertEquals("=True", Cases.methodOutcome(lock, "acquire"));
        assertTrue(lock.repr().startsWith("<locked _thread.lock object"));
        assertEquals("=True", Cases.methodOutcome(lock, "locked"));
        assertEquals("=False", Cases.methodOutcome(lock, "acquire", PyBool.FALSE));
        long t0 = System.nanoTime();
        assertEquals("=False", Cases.outcome(() -> Cases.callMethod(lock, "acquire", new PyObject[] {new PyFloat(0.05)}, new String[] {"timeout"}).repr()));
        assertTrue(System.nanoTime() - t0 >= 40_000_000L, "waited for the timeout");
        assertEquals("=None", Cases.methodOutcome(lock, "release"));
        assertEquals("!RuntimeError:release unlocked lock", Cases.methodOutcome(lock, "release"));
        assertEquals("!ValueError:can't specify a timeout for a non-blocking call", Cases.methodOutcome(lock, "acquire", PyBool.FALSE, PyInt.of(1)));
        assertEquals("!ValueError:timeout value must be positive", Cases.methodOutcome(lock, "acquire", PyBool.TRUE, PyInt.of(-2)));
        assertEquals("!TypeError:'float' object cannot be interpreted as an integer", Cases.methodOutcome(lock, "acquire", new PyFloat(1.5)));
        // with lock: __enter__ acquires (returning True), __exit__ releases even on errors.
        assertEquals("=True", Cases.methodOutcome(lock, "__enter__"));
        assertEquals("=None", Cases.methodOutcome(lock, "__exit__", Py.None, Py.None, Py.None));
        assertEquals("=False", Cases.methodOutcome(lock, "locked"));
        PyObject ident = Cases.callMethod(t, "get_ident");
        assertEquals(Thread.currentThread().getId(), ((PyInt) ident).value);
        Rc.decref(ident);
        Rc.decref(lock);
        Rc.decref(t);
    }

    @Test
    void rlockIsReentrantAndOwned() throws Exception {
        PyModule t = ThreadingModule.create();
        PyObject r = Cases.callMethod(t, "RLock");
        assertEquals("=True", Cases.methodOutcome(r, "acquire"));
        assertEquals("=True", Cases.methodOutcome(r, "acquire"));
        AtomicReference<String> other = new AtomicReference<>();
        Thread th = new Thread(() -> other.set(Cases.methodOutcome(r, "release") + " " + Cases.methodOutcome(r, "acquire", PyBool.FALSE)));
        th.start();
        th.join(5000);
        assertEquals("!RuntimeError:cannot release un-acquired lock =False", other.get());
        assertEquals("=None", Cases.methodOutcome(r, "release"));
        assertEquals("=None", Cases.methodOutcome(r, "release"));
        assertEquals("!RuntimeError:cannot release un-acquired lock", Cases.methodOutcome(r, "release"));
        Rc.decref(r);
        Rc.decref(t);
    }

    @Test
    void lockAcrossTwoThreads() throws Exception {
        PyModule t = ThreadingModule.create();
        PyObject lock = Cases.callMethod(t, "Lock");
        assertEquals("=True", Cases.methodOutcome(lock, "acquire"));
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> got = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            started.countDown();
            got.set(Cases.methodOutcome(lock, "acquire"));
        });
        waiter.start();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        Thread.sleep(100);
        assertTrue(waiter.isAlive(), "the second thread waits while the lock is held");
        assertEquals(null, got.get());
        assertEquals("=None", Cases.methodOutcome(lock, "release"));
        waiter.join(5000);
        assertEquals("=True", got.get());
        // A Lock is not owned: this thread may release what the other acquired.
        assertEquals("=True", Cases.methodOutcome(lock, "locked"));
        assertEquals("=None", Cases.methodOutcome(lock, "release"));
        Rc.decref(lock);
        Rc.decref(t);
    }

    /**
     * With a GIL installed, a thread that waits for a Lock must give the GIL up, or the holder of the
     * Lock could never run again to release it: this deadlocks (and times out) if it does not.
     */
    @Test
    void waitingForALockReleasesTheGil() throws Exception {
        GilHooks gil = new GilHooks();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, gil);
        PyModule t = ThreadingModule.create();
        PyModule time = TimeModule.create();
        PyObject lock = Cases.callMethod(t, "Lock");
        CountDownLatch holding = new CountDownLatch(1);
        AtomicReference<String> a = new AtomicReference<>(), b = new AtomicReference<>();
        Thread holder = new Thread(() -> {
            ThreadState ts = new ThreadState(null, 0);
            ts.bind();
            try {
                a.set(Cases.methodOutcome(lock, "acquire"));
                holding.countDown();
                Rc.decref(Cases.callMethod(time, "sleep", new PyFloat(0.2))); // gives the GIL to the waiter meanwhile
                a.set(a.get() + " " + Cases.methodOutcome(lock, "release"));
            } finally {
                ts.unbind();
            }
        });
        Thread waiter = new Thread(() -> {
            try {
                holding.await();
            } catch (InterruptedException e) {
                return;
            }
            ThreadState ts = new ThreadState(null, 1);
            ts.bind();
            try {
                b.set(Cases.methodOutcome(lock, "acquire"));
            } finally {
                ts.unbind();
            }
        });
        holder.start();
        waiter.start();
        holder.join(10_000);
        waiter.join(10_000);
        assertFalse(holder.isAlive() || waiter.isAlive(), "deadlock: a blocking wait kept the GIL");
        assertEquals("=True =None", a.get());
        assertEquals("=True", b.get());
        assertEquals(gil.blocking.get(), gil.unblocking.get());
        assertTrue(gil.blocking.get() >= 2, "sleep and the contended acquire released the GIL");
        assertEquals(1, gil.gil.availablePermits());
        Rc.decref(lock);
        Rc.decref(t);
        Rc.decref(time);
    }

    @Test
    void uncontendedAcquireDoesNotReleaseTheGil() {
        GilHooks gil = new GilHooks();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, gil);
        ThreadState ts = new ThreadState(null, 0);
        ts.bind();
        try {
            PyModule t = ThreadingModule.create();
            PyObject lock = Cases.callMethod(t, "Lock");
            for (int i = 0; i < 100; i++) {
                Rc.decref(Cases.callMethod(lock, "acquire"));
                Rc.decref(Cases.callMethod(lock, "release"));
            }
            assertEquals(0, gil.blocking.get());
            Rc.decref(lock);
            Rc.decref(t);
        } finally {
            ts.unbind();
        }
    }
}

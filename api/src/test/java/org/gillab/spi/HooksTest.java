package org.gillab.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.gillab.lang.Source;
import org.gillab.obj.PyObject;
import org.gillab.vm.ProgramRunner;
import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seams a concurrency model implements are really called, where the design says: every
 * reference count change goes through the installed {@link RefCounting}, container operations are
 * bracketed by {@link ContainerLocking}, a thread attaches and detaches once, the eval breaker is
 * honoured at loop back-edges and calls, and blocking calls are bracketed.
 */
class HooksTest {
    @AfterEach
    void reset() {
        Hooks.reset();
    }

    static final class CountingRefs implements RefCounting {
        final AtomicLong increfs = new AtomicLong(), decrefs = new AtomicLong();

        @Override public void incref(PyObject o) {
            increfs.incrementAndGet();
            PlainRefCounting.INSTANCE.incref(o);
        }

        @Override public void decref(PyObject o) {
            decrefs.incrementAndGet();
            PlainRefCounting.INSTANCE.decref(o);
        }
    }

    static final class CountingLocks implements ContainerLocking {
        final AtomicLong enters = new AtomicLong(), exits = new AtomicLong();
        int depth;
        int maxDepth;

        @Override public void enter(PyObject c) {
            enters.incrementAndGet();
            maxDepth = Math.max(maxDepth, ++depth);
        }

        @Override public void exit(PyObject c) {
            exits.incrementAndGet();
            depth--;
        }
    }

    static final class CountingThreads implements ThreadHooks {
        int attached, detached, breaks, blocking, unblocking;

        @Override public void attach(ThreadState ts) {
            attached++;
            ts.evalBreaker = 1; // ask for a safe point straight away
        }

        @Override public void detach(ThreadState ts) { detached++; }

        @Override public void onEvalBreaker(ThreadState ts) {
            breaks++;
            ts.evalBreaker = breaks < 5 ? 1 : 0; // keep asking a few times, then stop
        }

        @Override public void beforeBlocking(ThreadState ts) { blocking++; }

        @Override public void afterBlocking(ThreadState ts) { unblocking++; }
    }

    private static String run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        ProgramRunner.Result r = ProgramRunner.run(new Source("<test>", program), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
        assertEquals(0, r.exitCode(), err.toString(StandardCharsets.UTF_8));
        assertTrue(r.audit().clean(), r.audit().summary());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCountChangeGoesThroughTheInstalledStrategy() {
        CountingRefs refs = new CountingRefs();
        Hooks.install(refs, ContainerLocking.NONE, ThreadHooks.NONE);
        assertEquals("[0, 1, 4]\n", run("xs = []\nfor i in range(3):\n    xs.append(i * i)\nprint(xs)\n"));
        assertTrue(refs.increfs.get() > 10, "increfs seen: " + refs.increfs.get());
        assertTrue(refs.decrefs.get() > 10, "decrefs seen: " + refs.decrefs.get());
    }

    @Test
    void containerOperationsAreBracketedByCriticalSections() {
        CountingLocks locks = new CountingLocks();
        Hooks.install(PlainRefCounting.INSTANCE, locks, ThreadHooks.NONE);
        assertEquals("3 {'a': 1}\n", run("xs = [1, 2]\nxs.append(3)\nd = {}\nd['a'] = 1\nprint(len(xs), d)\n"));
        assertTrue(locks.enters.get() >= 4, "critical sections entered: " + locks.enters.get());
        assertEquals(locks.enters.get(), locks.exits.get(), "every enter has its exit");
    }

    @Test
    void threadsAttachDetachAndStopAtSafePoints() {
        CountingThreads threads = new CountingThreads();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, threads);
        assertEquals("45\n", run("def f(n):\n    t = 0\n    i = 0\n    while i < n:\n        t += i\n        i += 1\n    return t\nprint(f(10))\n"));
        assertEquals(1, threads.attached);
        assertEquals(1, threads.detached);
        assertEquals(5, threads.breaks, "the breaker is polled until the model clears it");
    }

    @Test
    void blockingCallsAreBracketed() {
        CountingThreads threads = new CountingThreads();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, threads);
        run("import time\ntime.sleep(0.001)\ntime.sleep(0)\n");
        assertEquals(2, threads.blocking);
        assertEquals(2, threads.unblocking);
    }
}

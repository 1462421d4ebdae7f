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
import org.gillab.vm.Tier;
import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seams a concurrency model implements are really called, where the design says: every
 * reference count change goes through the installed {@link RefCounting}, container operations are
 * bracketed by {@link ContainerLocking}, a thread attaches and detaches once, the eval breaker is
 * honoured at loop back-edges and calls, and blocking calls are bracketed.
 */
class HooksTest {
    private final String tierBefore = Tier.current();

    @AfterEach
    void reset() {
        Hooks.reset();
        Tier.select(tierBefore);
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

    @ParameterizedTest
    @ValueSource(strings = {Tier.INTERP, Tier.COMPILED})
    void everyCountChangeGoesThroughTheInstalledStrategy(String tier) {
        Tier.select(tier);
        CountingRefs refs = new CountingRefs();
        Hooks.install(refs, ContainerLocking.NONE, ThreadHooks.NONE);
        assertEquals("[0, 1, 4]\n", run("xs = []\nfor i in range(3):\n    xs.append(i * i)\nprint(xs)\n"));
        assertTrue(refs.increfs.get() > 10, "increfs seen: " + refs.increfs.get());
        assertTrue(refs.decrefs.get() > 10, "decrefs seen: " + refs.decrefs.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {Tier.INTERP, Tier.COMPILED})
    void containerOperationsAreBracketedByCriticalSections(String tier) {
        Tier.select(tier);
        CountingLocks locks = new CountingLocks();
        Hooks.install(PlainRefCounting.INSTANCE, locks, ThreadHooks.NONE);
        assertEquals("3 {'a': 1}\n", run("xs = [1, 2]\nxs.append(3)\nd = {}\nd['a'] = 1\nprint(len(xs), d)\n"));
        assertTrue(locks.enters.get() >= 4, "critical sections entered: " + locks.enters.get());
        assertEquals(locks.enters.get(), locks.exits.get(), "every enter has its exit");
    }

    @ParameterizedTest
    @ValueSource(strings = {Tier.INTERP, Tier.COMPILED})
    void threadsAttachDetachAndStopAtSafePoints(String tier) {
        Tier.select(tier);
        CountingThreads threads = new CountingThreads();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, threads);
        assertEquals("45\n", run("def f(n):\n    t = 0\n    i = 0\n    while i < n:\n        t += i\n        i += 1\n    return t\nprint(f(10))\n"));
        assertEquals(1, threads.attached);
        assertEquals(1, threads.detached);
        assertEquals(5, threads.breaks, "the breaker is polled until the model clears it");
    }

    /** The compiled tier changes counts exactly where the interpreter does: the same number of each. */
    @Test
    void bothTiersMakeTheSameCountChanges() {
        String program = String.join("\n",
                "class P:",
                "    def __init__(self, x, y):",
                "        self.x = x",
                "        self.y = y",
                "    def norm2(self):",
                "        return self.x * self.x + self.y * self.y",
                "def f(n):",
                "    ps = [P(i * 0.5, i) for i in range(n)]",
                "    d = {}",
                "    t = 0.0",
                "    for p in ps:",
                "        t += p.norm2()",
                "        d[p.y % 3] = d.get(p.y % 3, 0) + 1",
                "        try:",
                "            if p.y == 7:",
                "                raise ValueError(p.y)",
                "        except ValueError as e:",
                "            t -= e.args[0]",
                "    return t, sorted(d.items()), sum(x for x in range(n) if x % 2)",
                "print(f(20))",
                "");
        // once uncounted first: the first run in a JVM also initialises built-in types, whose
        // (immortal) objects' count changes would be charged to whichever tier ran first
        run(program);
        long[] counts = new long[4];
        for (int k = 0; k < 2; k++) {
            Tier.select(k == 0 ? Tier.INTERP : Tier.COMPILED);
            CountingRefs refs = new CountingRefs();
            Hooks.install(refs, ContainerLocking.NONE, ThreadHooks.NONE);
            assertEquals("(3080.5, [(0, 7), (1, 7), (2, 6)], 100)\n", run(program));
            counts[2 * k] = refs.increfs.get();
            counts[2 * k + 1] = refs.decrefs.get();
            Hooks.reset();
        }
        assertEquals(counts[0], counts[2], "increfs, interpreter then compiled");
        assertEquals(counts[1], counts[3], "decrefs, interpreter then compiled");
    }

    @ParameterizedTest
    @ValueSource(strings = {Tier.INTERP, Tier.COMPILED})
    void blockingCallsAreBracketed(String tier) {
        Tier.select(tier);
        CountingThreads threads = new CountingThreads();
        Hooks.install(PlainRefCounting.INSTANCE, ContainerLocking.NONE, threads);
        run("import time\ntime.sleep(0.001)\ntime.sleep(0)\n");
        assertEquals(2, threads.blocking);
        assertEquals(2, threads.unblocking);
    }
}

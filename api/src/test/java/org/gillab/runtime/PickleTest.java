package org.gillab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.gillab.lang.Source;
import org.gillab.spi.Hooks;
import org.gillab.vm.ProgramRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Serialized copies through a copying channel, on one interpreter (each value is pickled on send and
 * unpickled on receive): every kind round-trips, identity does not cross, shared references and cycles
 * inside one message do, what pickle refuses is refused by type, the cost is counted, and the reference
 * audit stays clean. The programs print what CPython 3.14 prints for the same values sent through a
 * {@code concurrent.interpreters} queue.
 */
class PickleTest {
    @BeforeEach
    void copying() {
        ChannelsModule.setCopying(true);
        CopyCounters.reset();
    }

    @AfterEach
    void notCopying() {
        ChannelsModule.setCopying(false);
    }

    private static String run(String... lines) {
        Hooks.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        ProgramRunner.Result r = ProgramRunner.run(new Source("copies.py", String.join("\n", lines) + "\n"), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, r.exitCode());
        assertTrue(r.audit().clean(), r.audit().summary() + " " + r.audit().details());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final String[] PRELUDE = {
        "import channels",
        "ch = channels.Channel()",
        "def copy(v):",
        "    ch.send(v)",
        "    return ch.recv()",
        "class Point:",
        "    def __init__(self, x, y):",
        "        print('init runs')",
        "        self.x = x",
        "        self.y = y",
        "    def norm(self):",
        "        return self.x * self.x + self.y * self.y",
        "class Oops(Exception):",
        "    pass",
        "def top(n):",
        "    return n + 1",
    };

    private static String runWithPrelude(String... lines) {
        String[] all = new String[PRELUDE.length + lines.length];
        System.arraycopy(PRELUDE, 0, all, 0, PRELUDE.length);
        System.arraycopy(lines, 0, all, PRELUDE.length, lines.length);
        return run(all);
    }

    @Test
    void everyKindRoundTripsAsAnEqualValueOfTheSameType() {
        assertEquals("[1, [2, 3], {'a': (4, [5])}] True False\n"
                + "{1, 2, 3} True\n"
                + "init runs\n"
                + "3 4 25 True False\n"
                + "Oops ('bad', 7) 1\n"
                + "True True 4\n"
                + "(1, [2]) True\n"
                + "{} [] set() ()\n", runWithPrelude(
                "v = [1, [2, 3], {'a': (4, [5])}]",
                "got = copy(v)",
                "print(got, got == v, got is v)",
                "s = copy({1, 2, 3})",
                "print(s, type(s) is set)",
                "p = copy(Point(3, 4))", // __init__ runs once, here, not when the copy is made
                "print(p.x, p.y, p.norm(), type(p) is Point, p is Point)",
                "e = Oops('bad', 7)",
                "e.note = 1",
                "c = copy(e)",
                "print(type(c).__name__, c.args, c.note)",
                "print(copy(Point) is Point, copy(top) is top, copy(top)(3))",
                "t = (1, [2])",
                "print(copy(t), copy(t) == t)",
                "print(copy({}), copy([]), copy(set()), copy(()))"));
    }

    @Test
    void sharedReferencesAndCyclesSurviveWithinOneMessageAndIdentityNeverCrosses() {
        assertEquals("True False\n"
                + "True [[...]]\n"
                + "True\n"
                + "False True\n"
                + "True True\n"
                + "False True\n"
                + "init runs\n"
                + "True\n"
                + "True False\n", runWithPrelude(
                "a = [1]",
                "got = copy([a, a])",
                "print(got[0] is got[1], got[0] is a)",
                "l = []",
                "l.append(l)",
                "c = copy(l)",
                "print(c[0] is c, c)",
                "d = {}",
                "d['me'] = d",
                "print(copy(d)['me']['me'] is not d)",
                "inner = []",
                "t = (inner,)",
                "inner.append(t)",
                "ct = copy(t)",
                // at the top, a tuple's items cross one by one (3.14's _tuple_shared), each pickled alone
                "print(ct[0][0] is ct, type(ct) is tuple)",
                "w = copy([t])", // inside one pickled value, the cycle through the tuple survives
                "print(w[0][0][0] is w[0], type(w[0]) is tuple)",
                "pair = copy((a, a))",
                "print(pair[0] is pair[1], pair[0] == pair[1])",
                "p = Point(1, 2)",
                "p.me = p",
                "q = copy(p)",
                "print(q.me is q)",
                "first, second = copy(a), copy(a)",
                "print(first == second, first is second)",
                "l.clear()",
                "d.clear()",
                "inner.clear()",
                "p.me = None",
                "c.clear()",
                "ct[0].clear()",
                "w[0][0].clear()",
                "q.me = None"));
    }

    @Test
    void whatPickleRefusesIsRefusedNamingTheType() {
        assertEquals("NotShareableError 'lock' object cannot be shared between interpreters: cannot pickle 'lock' object\n"
                + "NotShareableError 'function' object cannot be shared between interpreters: Can't pickle local object 'outer.<locals>.inner'\n"
                + "NotShareableError 'function' object cannot be shared between interpreters: Can't pickle function '<lambda>': attribute lookup <lambda> on __main__ failed\n"
                + "NotShareableError 'list' object cannot be shared between interpreters: cannot pickle 'generator' object\n"
                + "NotShareableError 'dict' object cannot be shared between interpreters: cannot pickle 'socket' object\n"
                + "NotShareableError 'module' object cannot be shared between interpreters: cannot pickle 'module' object\n"
                + "0\n", runWithPrelude(
                "import threading, socket",
                "def outer():",
                "    def inner():",
                "        pass",
                "    return inner",
                "def gen():",
                "    yield 1",
                "a, b = socket.socketpair()",
                "for v in (threading.Lock(), outer(), lambda: 1, [1, gen()], {'s': a}, threading):",
                "    try:",
                "        copy(v)",
                "    except channels.NotShareableError as e:",
                "        print(type(e).__name__, e)",
                "a.close()",
                "b.close()",
                "print(ch.__repr__().count('1 waiting'))"));
    }

    @Test
    void theCostIsCounted() {
        runWithPrelude("copy([list(range(100)), 'x' * 1000])", "copy((1, 2))");
        Map<String, Long> c = CopyCounters.snapshot();
        assertEquals(1L, c.get(CopyCounters.PICKLED), c.toString()); // the tuple of ints crossed as itself
        assertTrue(c.get(CopyCounters.BYTES) > 1000 + 100 * 8, c.toString());
        assertTrue(c.get(CopyCounters.PICKLE_NS) > 0 && c.get(CopyCounters.UNPICKLE_NS) > 0, c.toString());
    }
}

package org.gillab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.gillab.lang.Source;
import org.junit.jupiter.api.Test;

/**
 * The cycle collector against the reference-count audit: what it frees leaves no cyclic garbage and
 * no damage, what it leaves alone stays exactly counted, and without it the same program's cycles
 * are still there for the audit to see.
 */
class CollectorTest {
    private static final String CYCLES = String.join("\n",
            "import gc",
            "class Node:",
            "    pass",
            "def make(n):",
            "    for i in range(n):",
            "        a = Node()",
            "        b = Node()",
            "        a.b = b",
            "        b.a = a",
            "        box = [a]",
            "        box.append(box)",
            "");

    private record Run(int exit, String out, org.gillab.obj.Heap.AuditReport audit, String err) {}

    private static Run run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProgramRunner.Result r = ProgramRunner.run(new Source("cycles.py", program), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
        return new Run(r.exitCode(), out.toString(StandardCharsets.UTF_8), r.audit(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tenThousandCyclesCollectedLeaveNoCyclicGarbage() {
        Run r = run(CYCLES + "gc.disable()\nmake(10000)\nprint(gc.collect())\n");
        assertEquals(0, r.exit(), r.err());
        // per cycle: two instances, their two attribute dicts (tracked once they hold a node), the list
        assertEquals("50000\n", r.out());
        assertTrue(r.audit().clean(), r.audit().summary());
        assertEquals(0, r.audit().cyclicGarbage(), r.audit().summary());
    }

    @Test
    void withoutACollectionTheAuditSeesTheCycles() {
        Run r = run(CYCLES + "gc.disable()\nmake(1000)\n");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.audit().clean(), r.audit().summary());
        assertEquals(5000, r.audit().cyclicGarbage(), r.audit().summary());
    }

    @Test
    void thresholdsCollectWithoutBeingAsked() {
        Run r = run(CYCLES + "make(10000)\nprint(gc.get_count()[0] < 800)\n");
        assertEquals("True\n", r.out(), r.err());
        assertTrue(r.audit().clean(), r.audit().summary());
        // what is left is what the young generation gathered since the last collection: the threshold
        // (700) and the few allocations until the next eval-breaker check, where the collection runs
        assertTrue(r.audit().cyclicGarbage() < 800, r.audit().summary());
    }

    @Test
    void reachableCyclesSurviveEveryGenerationExactlyCounted() {
        Run r = run(CYCLES + String.join("\n",
                "keep = []",
                "for i in range(2000):",
                "    a = Node()",
                "    a.me = a",
                "    a.i = i",
                "    keep.append(a)",
                "make(3000)",
                "for g in (0, 1, 2, 2):",
                "    gc.collect(g)",
                "print(sum(x.me.i for x in keep))",
                ""));
        assertEquals(0, r.exit(), r.err());
        assertEquals(1999 * 2000 / 2 + "\n", r.out());
        assertTrue(r.audit().clean(), r.audit().summary());
        assertEquals(0, r.audit().cyclicGarbage(), r.audit().summary());
    }

    @Test
    void aGeneratorInACycleIsClosedBeforeItIsCleared() {
        Run r = run(String.join("\n",
                "import gc",
                "log = []",
                "def numbers():",
                "    try:",
                "        yield 1",
                "    finally:",
                "        log.append('closed')",
                "g = numbers()",
                "next(g)",
                "box = [g]",
                "box.append(box)",
                "del g, box",
                "print(gc.collect(), log)",
                ""));
        assertEquals("2 ['closed']\n", r.out(), r.err());
        assertTrue(r.audit().clean(), r.audit().summary());
        assertEquals(0, r.audit().cyclicGarbage(), r.audit().summary());
    }
}

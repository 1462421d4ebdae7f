package org.gillab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gillab.compile.Code;
import org.gillab.compile.Compiler;
import org.gillab.lang.Parser;
import org.gillab.lang.Source;
import org.gillab.lang.SourceFiles;
import org.gillab.obj.PyObject;
import org.junit.jupiter.api.Test;

/**
 * Which code objects of the corpus the compiled tier translates and which it leaves to the
 * interpreter, and why: so that a tier that silently falls back for everything cannot pass the
 * corpus on "both tiers".
 */
class TierTest {

    /** Every code object of a program: the module and, through its constants, every nested one. */
    private static void collect(Code co, List<Code> out) {
        out.add(co);
        for (PyObject c : co.consts) if (c instanceof Code nested) collect(nested, out);
    }

    @Test
    void everyCorpusCodeObjectButCoroutinesAndHugeOnesCompiles() throws IOException {
        int compiled = 0, coroutines = 0, tooLarge = 0;
        Map<String, String> other = new TreeMap<>();
        for (Path p : CorpusTest.programs(CorpusTest.CORPUS)) {
            Source src = SourceFiles.read(p);
            List<Code> codes = new ArrayList<>();
            collect(Compiler.compileModule(Parser.parse(src), src), codes);
            for (Code co : codes) {
                String why = Tier.fallbackReason(co);
                if (why == null) compiled++;
                else if (co.isCoroutine()) coroutines++;
                else if (why.startsWith("too large for the JIT") && (co.flags & Code.MODULE) != 0) tooLarge++;
                else other.put(p.getFileName() + ":" + co.qualname, why);
            }
        }
        System.out.printf("compiled tier on the corpus: %d code objects compiled, %d coroutines and %d module bodies too large interpreted%n",
                compiled, coroutines, tooLarge);
        assertEquals(Map.of(), other, "code objects that fell back for another reason");
        assertTrue(compiled > 5 * (coroutines + tooLarge), "most of the corpus compiles: " + compiled);
    }

    @Test
    void aProgramRunsInCompiledCodeWhenTheTierIsOn() throws IOException {
        String before = Tier.current();
        try {
            Tier.select(Tier.COMPILED);
            long n = Tier.compiledCount();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Source src = new Source("t.py", "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nprint(f(10))\n");
            ProgramRunner.Result r = ProgramRunner.run(src, out, new PrintStream(new ByteArrayOutputStream()), true);
            assertEquals("45\n", out.toString(StandardCharsets.UTF_8));
            assertTrue(r.audit().clean());
            assertEquals(n + 2, Tier.compiledCount(), "the module and f were translated");
        } finally {
            Tier.select(before);
        }
    }

    @Test
    void anUnknownTierIsAClearError() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Tier.select("jit"));
        assertTrue(e.getMessage().contains("unknown tier 'jit'"), e.getMessage());
    }
}

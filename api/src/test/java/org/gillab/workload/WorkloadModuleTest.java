package org.gillab.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.gillab.lang.Source;
import org.gillab.obj.PyModule;
import org.gillab.spi.Hooks;
import org.gillab.vm.Interpreter;
import org.gillab.vm.ThreadState;
import org.junit.jupiter.api.Test;

/** The workload convention: what is read from the module, and errors that point at the line at fault. */
class WorkloadModuleTest {
    private static WorkloadModule load(String text) {
        Hooks.reset();
        Source src = new Source("w.py", text);
        Interpreter interp = new Interpreter(new ByteArrayOutputStream());
        ThreadState ts = new ThreadState(interp, 0);
        ts.bind();
        try {
            PyModule m = interp.newModule("w");
            interp.execModule(interp.compile(src), m);
            return WorkloadModule.of(m, src, "w");
        } finally {
            ts.unbind();
        }
    }

    private static final String GOOD = "DESCRIPTION = 'one line'\nCATEGORY = 'shared-state'\nSIZE = 12\n"
            + "def work(part, parts, size, shared):\n    return part\n";

    @Test
    void readsTheMetadataAndFunctions() {
        WorkloadModule w = load(GOOD + "def check(results, size, parts):\n    return True\n");
        assertEquals(new WorkloadInfo("w", "one line", Category.SHARED_STATE, 12, false, true), w.info());
    }

    @Test
    void errorsPointAtTheLineAtFault() {
        assertError(GOOD.replace("'shared-state'", "'gpu'"), "w.py:2:1: workload error: CATEGORY is 'gpu'; expected one of cpu, io, mixed, shared-state");
        assertError(GOOD.replace("SIZE = 12", "SIZE = 1.5"), "w.py:3:1: workload error: SIZE must be a non-negative int, not float 1.5");
        assertError(GOOD.replace("SIZE = 12", "SIZE = -1"), "w.py:3:1: workload error: SIZE must be a non-negative int");
        assertError(GOOD.replace("'one line'", "''"), "w.py:1:1: workload error: DESCRIPTION must be one non-empty line");
        assertError(GOOD.replace("def work(part, parts, size, shared):\n    return part\n", "work = 3\n"), "w.py:4:1: workload error: work must be a function, not int");
        assertError(GOOD + "setup = 'x'\n", "w.py:6:1: workload error: setup must be a function, not str");
        assertError("CATEGORY = 'cpu'\nSIZE = 1\ndef work(a, b, c, d):\n    pass\n", "w.py:1:1: workload error: no module-level DESCRIPTION");
    }

    private static void assertError(String text, String expectedPrefix) {
        WorkloadError e = assertThrows(WorkloadError.class, () -> load(text));
        assertTrue(e.getMessage().startsWith(expectedPrefix), e.getMessage());
    }
}

package org.gillab.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gillab.compile.Code;
import org.gillab.compile.Compiler;
import org.gillab.compile.Op;
import org.gillab.lang.Parser;
import org.gillab.lang.Source;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyInt;
import org.junit.jupiter.api.Test;

/** Python 2.7's ticker as the gil-ticks model follows it: which instructions count, where no switch may fall. */
class Python2TicksTest {
    @Test
    void theOpcodesThatTookFastNextOpcodeDoNotCountTheNextInstruction() {
        for (int op : new int[] {Op.NOP, Op.LOAD_FAST, Op.LOAD_CONST, Op.STORE_FAST, Op.POP_TOP, Op.ROT_TWO,
                Op.ROT_THREE, Op.DUP_TOP, Op.DUP_TOP_TWO, Op.JUMP}) {
            assertFalse(Python2Ticks.countsNext(op, 0, 10, null), Op.name(op));
        }
        for (int op : new int[] {Op.LOAD_GLOBAL, Op.BINARY_OP, Op.CALL, Op.JUMP_BACKWARD, Op.COMPARE_JUMP,
                Op.INPLACE_FAST_CONST, Op.LOAD_FAST_ATTR, Op.STORE_ATTR, Op.FOR_ITER}) {
            assertTrue(Python2Ticks.countsNext(op, 0, 10, null), Op.name(op));
        }
    }

    @Test
    void aConditionalJumpIsFastOnlyOnAnExactBoolAndForwards() {
        assertFalse(Python2Ticks.countsNext(Op.POP_JUMP_IF_FALSE, 20, 10, PyBool.TRUE));
        assertFalse(Python2Ticks.countsNext(Op.JUMP_IF_TRUE_OR_POP, 20, 10, PyBool.FALSE));
        assertTrue(Python2Ticks.countsNext(Op.POP_JUMP_IF_FALSE, 20, 10, PyInt.of(1)), "PyObject_IsTrue: counted");
        assertTrue(Python2Ticks.countsNext(Op.POP_JUMP_IF_TRUE, 2, 10, PyBool.TRUE), "a while loop's back edge: 2.7's JUMP_ABSOLUTE");
    }

    @Test
    void theFirstInstructionOfATryFinallyBodyIsMarked() {
        Source src = new Source("<t>", "x = 1\ntry:\n    x = 2\nfinally:\n    x = 3\ntry:\n    x = 4\nexcept ValueError:\n    pass\n");
        Code co = Compiler.compileModule(Parser.parse(src), src);
        assertEquals(1, co.tryFinallyStarts.length, "only the try/finally, not the try/except");
        int start = co.tryFinallyStarts[0];
        assertTrue(co.startsTryFinally(start));
        assertEquals(Op.LOAD_CONST, co.code[start] & 0xff, "x = 2 begins the body");
        assertArrayEquals(new int[0], Compiler.compileModule(Parser.parse(new Source("<u>", "y = 1\n")), new Source("<u>", "y = 1\n")).tryFinallyStarts);
    }
}

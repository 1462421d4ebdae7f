package org.gillab.vm;

import org.gillab.compile.Op;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyObject;

/**
 * Which instructions Python 2.7's ticker counted. In 2.7's {@code PyEval_EvalFrameEx}
 * ({@code Python/ceval.c}, branch 2.7) the ticker is decremented at the top of the dispatch loop;
 * an opcode that ends with {@code goto fast_next_opcode} skips the top, so the instruction after it
 * is not counted. Those opcodes were NOP, LOAD_FAST, LOAD_CONST, STORE_FAST, POP_TOP, ROT_TWO,
 * ROT_THREE, ROT_FOUR, DUP_TOP, DUP_TOPX (2 and 3), JUMP_FORWARD, and POP_JUMP_IF_FALSE/TRUE and
 * JUMP_IF_FALSE/TRUE_OR_POP when the tested value is exactly True or False. JUMP_ABSOLUTE (a loop's
 * back edge) counted ({@code FAST_LOOPS} is off by default), as did every other opcode.
 *
 * <p>Here the equivalent gillab instructions are marked; a fused instruction counts as the 2.7
 * opcodes it replaces would ({@code COMPARE_JUMP}, {@code INPLACE_FAST_CONST}, {@code LOAD_FAST_ATTR},
 * {@code STORE_FAST_ATTR}, {@code LOAD_FAST_METHOD} each contain one counted opcode). Consulted only
 * in a JVM started with instruction ticks.
 */
final class Python2Ticks {
    private Python2Ticks() {}

    private static final boolean[] FAST = new boolean[256];

    static {
        for (int op : new int[] {Op.NOP, Op.LOAD_FAST, Op.LOAD_CONST, Op.STORE_FAST, Op.POP_TOP, Op.ROT_TWO,
                Op.ROT_THREE, Op.DUP_TOP, Op.DUP_TOP_TWO, Op.JUMP}) {
            FAST[op] = true;
        }
    }

    /**
     * Whether the instruction after {@code op} (at {@code pc}, argument {@code arg}) is counted,
     * decided before {@code op} runs: {@code top} is the value on top of the stack (what a conditional
     * jump tests), or null. A conditional jump backwards closes a {@code while} loop laid out as 3.11
     * does (test at the bottom), where 2.7 had a forward test and a counted JUMP_ABSOLUTE: it counts.
     */
    static boolean countsNext(int op, int arg, int pc, PyObject top) {
        if (FAST[op]) return false;
        return switch (op) {
            case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP ->
                    arg < pc || top != PyBool.TRUE && top != PyBool.FALSE;
            default -> true;
        };
    }
}

package org.gillab.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.gillab.lang.Parser;
import org.gillab.lang.Source;
import org.gillab.lang.SourceFiles;
import org.gillab.obj.PyObject;
import org.junit.jupiter.api.Test;

/**
 * The instruction set is one table ({@link Op}): every opcode constant has exactly one row, and the
 * code the compiler emits for the whole corpus walks consistently through that table alone.
 */
class OpTableTest {

    /**
     * Op's opcode constants, by value. The test reads the class's fields (the one place it uses
     * reflection) because the point is to compare the constants with the table, which Op cannot do itself.
     */
    private static TreeMap<Integer, String> constants() throws IllegalAccessException {
        TreeMap<Integer, String> byValue = new TreeMap<>();
        for (Field f : Op.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (f.getType() == int.class && Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)) {
                String before = byValue.put(f.getInt(null), f.getName());
                if (before != null) fail("two opcodes have the value " + f.getInt(null) + ": " + before + ", " + f.getName());
            }
        }
        return byValue;
    }

    @Test
    void everyOpcodeHasExactlyOneRowWithItsNameLengthAndStackEffect() throws IllegalAccessException {
        TreeMap<Integer, String> ops = constants();
        assertEquals(ops.size(), Op.count(), "rows and opcode constants");
        assertEquals(0, ops.firstKey());
        assertEquals(Op.count() - 1, ops.lastKey(), "opcodes are 0..count-1, one row each");
        Set<String> names = new HashSet<>();
        for (var e : ops.entrySet()) {
            int op = e.getKey();
            Op.Info row = Op.info(op);
            assertNotNull(row, e.getValue());
            assertEquals(op, row.op());
            assertEquals(e.getValue(), row.name(), "the row of " + e.getValue());
            assertEquals(e.getValue(), Op.name(op));
            assertTrue(names.add(row.name()));
            assertTrue(row.length() == 1 || row.length() == 2, row.name() + " length " + row.length());
            assertEquals(row.length(), Op.length(op));
            assertEquals(row.target() == Op.Target.NEXT_WORD, row.length() == 2 && row.target() != Op.Target.NONE,
                    row.name() + ": a jump target in the second word needs a second word");
            for (int arg = 0; arg < 4; arg++) {
                int fall = Op.stackEffect(op, arg, false), jump = Op.stackEffect(op, arg, true);
                if (row.target() == Op.Target.NONE) assertEquals(fall, jump, row.name() + ": no jump, one effect");
            }
        }
    }

    @Test
    void aNumberThatIsNoOpcodeHasNoRow() {
        assertEquals("OP_" + Op.count(), Op.name(Op.count()));
        assertThrows(IllegalArgumentException.class, () -> Op.stackEffect(Op.count(), 0, false));
        assertThrows(IllegalArgumentException.class, () -> Op.stackEffect(-1, 0, false));
    }

    @Test
    void theCompilersStackDepthsAgreeWithTheTableOnTheWholeCorpus() throws IOException {
        int codes = 0;
        Path corpus = Paths.get("src/test/resources/corpus");
        List<Path> programs;
        try (Stream<Path> s = Files.list(corpus)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(programs.size() > 100, "the corpus is there: " + programs.size());
        for (Path p : programs) {
            Source src = SourceFiles.read(p);
            ArrayDeque<Code> todo = new ArrayDeque<>();
            todo.push(Compiler.compileModule(Parser.parse(src), src));
            while (!todo.isEmpty()) {
                Code co = todo.pop();
                for (PyObject c : co.consts) if (c instanceof Code nested) todo.push(nested);
                check(p.getFileName() + ":" + co.qualname, co);
                codes++;
            }
        }
        assertTrue(codes > 1000, "code objects checked: " + codes);
    }

    /**
     * Walks a code object's control flow with the table alone (lengths, effects, jump targets,
     * fall-through) from its entry and its exception handlers: every instruction decodes, every
     * path reaches an instruction with one stack depth, never below zero and never above the stack
     * size the compiler computed.
     */
    private static void check(String where, Code co) {
        int[] code = co.code;
        boolean[] starts = new boolean[code.length + 1];
        int pc = 0;
        while (pc < code.length) {
            starts[pc] = true;
            assertNotNull(Op.info(code[pc] & 0xff), where + ": opcode " + (code[pc] & 0xff) + " at " + pc);
            pc += Op.length(code[pc] & 0xff);
        }
        assertEquals(code.length, pc, where + ": the last instruction's length runs past the code");
        int[] depth = new int[code.length];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        reach(where, co, starts, depth, work, 0, 0);
        for (int i = 0; i < co.handlers.length; i += 4) reach(where, co, starts, depth, work, co.handlers[i + 2], co.handlers[i + 3] + 1);
        while (!work.isEmpty()) {
            int at = work.pop();
            int op = code[at] & 0xff, arg = code[at] >>> 8, d = depth[at];
            Op.Info row = Op.info(op);
            if (row.fallsThrough()) reach(where, co, starts, depth, work, at + row.length(), d + Op.stackEffect(op, arg, false));
            if (row.target() != Op.Target.NONE) {
                int target = row.target() == Op.Target.ARG ? arg : code[at + 1];
                reach(where, co, starts, depth, work, target, d + Op.stackEffect(op, arg, true));
            }
        }
    }

    private static void reach(String where, Code co, boolean[] starts, int[] depth, ArrayDeque<Integer> work, int pc, int d) {
        if (pc < 0 || pc >= depth.length || !starts[pc]) fail(where + ": control flow reaches " + pc + ", not an instruction");
        if (d < 0 || d > co.stacksize) fail(where + ": stack depth " + d + " at " + pc + " (stack size " + co.stacksize + ")");
        if (depth[pc] == d) return;
        if (depth[pc] >= 0) fail(where + ": depth " + depth[pc] + " and " + d + " meet at " + pc);
        depth[pc] = d;
        work.push(pc);
    }
}

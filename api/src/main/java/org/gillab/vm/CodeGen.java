package org.gillab.vm;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gillab.compile.Code;
import org.gillab.compile.Op;
import org.gillab.obj.BinOps;
import org.gillab.spi.InstructionTicks;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The compiled tier's translator: one code object becomes one hidden class ({@link CompiledCode})
 * whose {@code run} method is the code object's instructions laid out as JVM bytecode.
 *
 * <p><b>What is translated, and how.</b> The frame stays what it is in the interpreter: locals,
 * cells and the value stack live in {@link Frame#s}. Since the stack depth before each instruction
 * is fixed (the compiler guarantees it), every stack slot is a constant index, computed here by
 * following the control flow once. Each instruction becomes a call of the same method of
 * {@link Insns} or {@link ColdOps} the interpreter calls, with its stack pointer, argument and pc as
 * constants, so the JIT inlines each instruction's work into this function's own compiled code;
 * a jump becomes a JVM branch (a backward one polls the eval breaker first, as the interpreter
 * does), a return an {@code areturn}. No dispatch loop is left, and the JIT profiles each Python
 * function on its own.
 *
 * <p><b>Exceptions.</b> Before each instruction a local records its pc and stack pointer (one int;
 * the JIT keeps it only where a catch needs it). The instructions covered by the same Python
 * handler form one JVM try range whose catch calls {@link Insns#compiledUnwind}: the traceback
 * entry, {@code __context__}, the unwinding of the stack and the handler lookup are the
 * interpreter's own ({@link Insns#unwind}), and the catch then jumps to the handler's label.
 *
 * <p><b>Generators.</b> A yield stores the resume pc and stack pointer in the frame and returns;
 * the method's entry switches on the frame's pc to the instruction after the yield (the stack's
 * values never left {@link Frame#s}). Coroutines ({@code async def}) stay in the interpreter.
 *
 * <p><b>What falls back to the interpreter</b> (per code object, for good): coroutines, any
 * instruction this class does not know (a new opcode means "interpret", never a crash), a method
 * larger than HotSpot compiles ({@value #MAX_METHOD_BYTES} bytes of JVM bytecode), and every code
 * object when instructions are being profiled ({@code -Dgillab.profileOps}).
 */
final class CodeGen {
    private CodeGen() {}

    /** HotSpot does not JIT-compile a method over 8000 bytes of bytecode (DontCompileHugeMethods). */
    static final int MAX_METHOD_BYTES = 7900;

    private static final String INSNS = "org/gillab/vm/Insns", COLD = "org/gillab/vm/ColdOps";
    private static final String T = "Lorg/gillab/vm/ThreadState;", F = "Lorg/gillab/vm/Frame;",
            S = "[Lorg/gillab/obj/PyObject;", C = "org/gillab/compile/Code", O = "Lorg/gillab/obj/PyObject;";
    private static final org.objectweb.asm.Type PYINT = org.objectweb.asm.Type.getObjectType("org/gillab/obj/PyInt"),
            PYFLOAT = org.objectweb.asm.Type.getObjectType("org/gillab/obj/PyFloat"),
            RANGE_ITER = org.objectweb.asm.Type.getObjectType("org/gillab/obj/PyRange$RangeIter");
    private static final String COLD_DESC = "(" + T + F + S + "II)I";
    private static final int THIS = 0, TS = 1, FRAME = 2, SLOTS = 3, CODE = 4, CONSTS = 5, STATE = 6, THROWN = 7,
            CALLEE_CODE = 8, CALLEE_FRAME = 9;
    /** {@code -Dgillab.dumpClasses=DIR} writes each generated class there (for javap). */
    private static final String DUMP = System.getProperty("gillab.dumpClasses");
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** Why a code object stays in the interpreter. */
    private static final class Unsupported extends Exception {
        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The compiled code of {@code co}, or a String saying why it runs in the interpreter. */
    static Object compile(Code co) {
        if (co.isCoroutine()) return "coroutine (async def: its awaits run in the interpreter)";
        if (Eval.PROFILE_OPS) return "instruction profiling is on";
        // Python 2.7's ticker skips some instructions and refuses a switch before a try/finally:
        // the interpreter loop follows it (Python2Ticks), the compiled code does not
        if (InstructionTicks.ENABLED) return "instruction ticks are on (gil-ticks: Python 2.7's ticker runs in the interpreter loop)";
        try {
            if (co.code.length > 0xffff || co.nlocalsplus + co.stacksize > 0xffff) throw new Unsupported("too long");
            int[] depth = depths(co);
            byte[] bytes;
            try {
                bytes = generate(co, depth, true);
            } catch (Unsupported tooLarge) { // the guarded sites made it too long: once more without them
                bytes = generate(co, depth, false);
            }
            if (DUMP != null) java.nio.file.Files.write(java.nio.file.Paths.get(DUMP, co.qualname.replaceAll("[^A-Za-z0-9_]", "_") + ".class"), bytes);
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
            return (CompiledCode) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Unsupported u) {
            return u.getMessage();
        } catch (Throwable t) { // a bug here must not stop the program: it runs interpreted, and the tier test sees it
            return "internal error: " + t;
        }
    }

    // ---------------------------------------------------------------- stack depths

    /** The stack depth before each reachable instruction (-1: unreachable). */
    static int[] depths(Code co) throws Unsupported {
        int[] code = co.code;
        int[] depth = new int[code.length];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        flow(depth, work, 0, 0, co);
        int[] h = co.handlers;
        for (int i = 0; i < h.length; i += 4) flow(depth, work, h[i + 2], h[i + 3] + 1, co);
        while (!work.isEmpty()) {
            int pc = work.pop();
            int op = code[pc] & 0xff, arg = code[pc] >>> 8, d = depth[pc];
            int next = pc + Op.length(op);
            int fall, jump;
            try {
                fall = Op.stackEffect(op, arg, false);
                jump = Op.stackEffect(op, arg, true);
            } catch (IllegalArgumentException e) {
                throw new Unsupported("opcode " + Op.name(op));
            }
            switch (op) {
                case Op.RETURN_VALUE: case Op.RAISE_VARARGS: case Op.RERAISE: case Op.POP_EXCEPT_RERAISE:
                    break;
                case Op.YIELD_VALUE:
                    if (!co.isGenerator()) throw new Unsupported("YIELD_VALUE outside a generator");
                    flow(depth, work, next, d + fall, co); // resumed with the sent value in the yielded one's place
                    break;
                case Op.JUMP: case Op.JUMP_BACKWARD:
                    flow(depth, work, arg, d, co);
                    break;
                case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP:
                case Op.JUMP_IF_TRUE_OR_POP: case Op.FOR_ITER:
                    flow(depth, work, arg, d + jump, co);
                    flow(depth, work, next, d + fall, co);
                    break;
                case Op.COMPARE_JUMP:
                    flow(depth, work, code[pc + 1], d + fall, co);
                    flow(depth, work, next, d + fall, co);
                    break;
                case Op.KW_NAMES: {
                    int call = code[next] & 0xff;
                    if (call != Op.CALL && call != Op.CALL_METHOD) throw new Unsupported("KW_NAMES not before a call");
                    flow(depth, work, next, d + fall, co);
                    break;
                }
                default:
                    flow(depth, work, next, d + fall, co);
            }
        }
        return depth;
    }

    private static void flow(int[] depth, ArrayDeque<Integer> work, int pc, int d, Code co) throws Unsupported {
        if (pc < 0 || pc >= depth.length) throw new Unsupported("control flow leaves the code at " + pc);
        if (d < 0 || d > co.stacksize) throw new Unsupported("stack depth " + d + " at " + pc);
        if (depth[pc] == d) return;
        if (depth[pc] >= 0) throw new Unsupported("inconsistent stack depth at " + pc);
        depth[pc] = d;
        work.push(pc);
    }

    // ---------------------------------------------------------------- generation

    private static byte[] generate(Code co, int[] depth, boolean guarded) throws Unsupported {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object"; // only the catch blocks' Throwable local ever merges
            }
        };
        String name = "org/gillab/vm/PyCode$" + SERIAL.incrementAndGet() + "$" + co.qualname.replaceAll("[^A-Za-z0-9_]", "_");
        cw.visit(V17, ACC_FINAL | ACC_SUPER, name, null, "org/gillab/vm/CompiledCode", null);
        cw.visitSource(co.filename, null);
        MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "org/gillab/vm/CompiledCode", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor mv = cw.visitMethod(0, "run", "(" + T + F + ")" + O, null, null);
        new Emitter(co, depth, mv, guarded).emit();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Emits one code object's {@code run} method. */
    private static final class Emitter {
        private final Code co;
        private final int[] code, depth;
        private final MethodVisitor mv;
        private final Label[] labels;
        private final int nl;
        /** Try ranges: start label, end label, index of the Python handler (-1: none). */
        private final List<Object[]> ranges = new ArrayList<>();
        private Label rangeStart;
        private int rangeHandler = -2;

        /** Whether hot instructions test their operands' types in this method's own bytecode (see {@link #guardTwo}). */
        private final boolean guarded;

        Emitter(Code co, int[] depth, MethodVisitor mv, boolean guarded) {
            this.guarded = guarded;
            this.co = co;
            this.code = co.code;
            this.depth = depth;
            this.mv = mv;
            this.labels = new Label[code.length];
            for (int pc = 0; pc < code.length; pc++) if (depth[pc] >= 0) labels[pc] = new Label();
            this.nl = co.nlocalsplus;
        }

        void emit() throws Unsupported {
            mv.visitCode();
            mv.visitVarInsn(ALOAD, FRAME);
            mv.visitFieldInsn(GETFIELD, "org/gillab/vm/Frame", "s", S);
            mv.visitVarInsn(ASTORE, SLOTS);
            mv.visitVarInsn(ALOAD, FRAME);
            mv.visitFieldInsn(GETFIELD, "org/gillab/vm/Frame", "code", "L" + C + ";");
            mv.visitVarInsn(ASTORE, CODE);
            mv.visitVarInsn(ALOAD, CODE);
            mv.visitFieldInsn(GETFIELD, C, "consts", S);
            mv.visitVarInsn(ASTORE, CONSTS);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, STATE);
            List<Integer> yields = new ArrayList<>();
            for (int pc = 0; pc < code.length; pc++) if (depth[pc] >= 0 && (code[pc] & 0xff) == Op.YIELD_VALUE) yields.add(pc);
            Label[] resumes = new Label[yields.size()];
            if (!yields.isEmpty()) resumeDispatch(yields, resumes);
            int kwConst = -1;
            for (int pc = 0; pc < code.length; pc++) {
                if (depth[pc] < 0) continue;
                int op = code[pc] & 0xff;
                int h = handlerAt(pc);
                if (h != rangeHandler) {
                    closeRange();
                    rangeStart = new Label();
                    mv.visitLabel(rangeStart);
                    rangeHandler = h;
                }
                mv.visitLabel(labels[pc]);
                mv.visitLineNumber(co.lineAt(pc), labels[pc]);
                int sp = nl + depth[pc];
                mv.visitLdcInsn(pc | sp << 16);
                mv.visitVarInsn(ISTORE, STATE);
                instruction(pc, op, code[pc] >>> 8, sp, kwConst);
                kwConst = op == Op.KW_NAMES ? code[pc] >>> 8 : -1;
            }
            closeRange();
            // control never falls off the last instruction (the depth analysis checked it)
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ATHROW);
            for (int i = 0; i < resumes.length; i++) resumeStub(yields.get(i), resumes[i]);
            Label[] catches = new Label[co.handlers.length / 4 + 1];
            for (Object[] r : ranges) {
                int h = (Integer) r[2];
                if (catches[h / 4 + 1] == null) catches[h / 4 + 1] = new Label();
                mv.visitTryCatchBlock((Label) r[0], (Label) r[1], catches[h / 4 + 1], "java/lang/Throwable");
            }
            for (int i = 0; i < catches.length; i++) {
                if (catches[i] == null) continue;
                mv.visitLabel(catches[i]);
                mv.visitVarInsn(ASTORE, THROWN);
                mv.visitVarInsn(ALOAD, TS);
                mv.visitVarInsn(ALOAD, FRAME);
                mv.visitVarInsn(ALOAD, THROWN);
                mv.visitVarInsn(ILOAD, STATE);
                insns("compiledUnwind", "(" + T + F + "Ljava/lang/Throwable;I)I");
                mv.visitInsn(POP);
                int h = (i - 1) * 4;
                if (h < 0) { // no handler: compiledUnwind has thrown
                    mv.visitInsn(ACONST_NULL);
                    mv.visitInsn(ATHROW);
                } else {
                    int target = co.handlers[h + 2];
                    if (labels[target] == null) throw new Unsupported("unreachable handler");
                    mv.visitJumpInsn(GOTO, labels[target]);
                }
            }
            Label end = new Label();
            mv.visitLabel(end);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            if (end.getOffset() > MAX_METHOD_BYTES) {
                throw new Unsupported("too large for the JIT (" + end.getOffset() + " bytes of JVM bytecode)");
            }
        }

        /**
         * A generator's entry: a frame resumed after a yield ({@code f.pc} is the instruction after
         * it) jumps to that yield's stub; a frame starting ({@code f.pc == 0}) falls through to the
         * first instruction. Everything a suspended frame holds is in {@link Frame#s}, so resuming
         * is a jump.
         */
        private void resumeDispatch(List<Integer> yields, Label[] resumes) {
            int[] keys = new int[yields.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = yields.get(i) + 1;
                resumes[i] = new Label();
            }
            Label start = new Label();
            mv.visitVarInsn(ALOAD, FRAME);
            mv.visitFieldInsn(GETFIELD, "org/gillab/vm/Frame", "pc", "I");
            mv.visitLookupSwitchInsn(start, keys, resumes);
            mv.visitLabel(start);
        }

        /**
         * Where a generator resumes after the yield at {@code y}: an exception {@code throw()} or
         * {@code close()} left in the frame is raised as if by the yield (the interpreter's rule:
         * pc of the yield, the stack without the yielded value), in the yield's own try range;
         * otherwise on to the next instruction, the sent value already pushed by the caller.
         */
        private void resumeStub(int y, Label at) {
            Label start = new Label(), end = new Label();
            mv.visitLabel(at);
            mv.visitLabel(start);
            mv.visitLdcInsn(y | (nl + depth[y] - 1) << 16);
            mv.visitVarInsn(ISTORE, STATE);
            mv.visitVarInsn(ALOAD, FRAME);
            insns("resumeAt", "(" + F + ")V");
            mv.visitLabel(end);
            ranges.add(new Object[] {start, end, handlerAt(y)});
            mv.visitJumpInsn(GOTO, labels[y + 1]);
        }

        /** The index in {@link Code#handlers} of the innermost handler covering pc, or -4. */
        private int handlerAt(int pc) {
            int[] h = co.handlers;
            for (int i = 0; i < h.length; i += 4) if (pc >= h[i] && pc < h[i + 1]) return i;
            return -4;
        }

        private void closeRange() {
            if (rangeStart == null) return;
            Label end = new Label();
            mv.visitLabel(end);
            ranges.add(new Object[] {rangeStart, end, rangeHandler});
            rangeStart = null;
        }

        private void instruction(int pc, int op, int arg, int sp, int kwConst) throws Unsupported {
            switch (op) {
                case Op.NOP: case Op.KW_NAMES:
                    break;
                case Op.LOAD_FAST: cs(); push(sp); push(arg); insns("loadFast", "(L" + C + ";" + S + "II)V"); break;
                case Op.STORE_FAST: s(); push(sp); push(arg); insns("storeFast", "(" + S + "II)V"); break;
                case Op.LOAD_CONST:
                    s();
                    push(sp);
                    mv.visitVarInsn(ALOAD, CONSTS);
                    push(arg);
                    insns("loadConst", "(" + S + "I" + S + "I)V");
                    break;
                case Op.POP_TOP: stackOnly("popTop", sp); break;
                case Op.BINARY_OP: case Op.INPLACE_OP:
                    intsFloatsOrGeneric(sp, "binaryOpInts", "binaryOpFloats", op == Op.BINARY_OP ? "binaryOpStack" : "inplaceOpStack",
                            helper -> stackArg(helper, sp, arg));
                    break;
                case Op.COMPARE_OP: stackArg("compareOpStack", sp, arg); break;
                case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
                    s();
                    push(sp);
                    insns("popTruth", "(" + S + "I)Z");
                    branch(op == Op.POP_JUMP_IF_TRUE, arg, arg <= pc);
                    break;
                case Op.COMPARE_JUMP: {
                    intsFloatsOrGeneric(sp, "compareJumpInts", "compareJumpFloats", "compareJump", helper -> {
                        s();
                        push(sp);
                        push(arg & 7);
                        insns(helper, "(" + S + "II)Z");
                    });
                    int target = code[pc + 1];
                    branch((arg & 8) != 0, target, target < pc + 2);
                    break;
                }
                case Op.INPLACE_FAST_CONST: cs(); push(arg); push(code[pc + 1]); insns("inplaceFastConst", "(L" + C + ";" + S + "II)V"); break;
                case Op.JUMP: mv.visitJumpInsn(GOTO, labels[arg]); break;
                case Op.JUMP_BACKWARD: poll(); mv.visitJumpInsn(GOTO, labels[arg]); break;
                case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
                    s();
                    push(sp);
                    mv.visitInsn(op == Op.JUMP_IF_TRUE_OR_POP ? ICONST_1 : ICONST_0);
                    insns("jumpOrPop", "(" + S + "IZ)Z");
                    mv.visitJumpInsn(IFNE, labels[arg]);
                    break;
                case Op.LOAD_GLOBAL:
                    mv.visitVarInsn(ALOAD, FRAME);
                    cs();
                    push(sp);
                    push(pc);
                    push(arg);
                    insns("loadGlobalStack", "(" + F + "L" + C + ";" + S + "III)V");
                    break;
                case Op.DELETE_GLOBAL: case Op.DELETE_NAME:
                    mv.visitVarInsn(ALOAD, FRAME);
                    mv.visitVarInsn(ALOAD, CODE);
                    push(arg);
                    insns(op == Op.DELETE_GLOBAL ? "deleteGlobal" : "deleteName", "(" + F + "L" + C + ";I)V");
                    break;
                case Op.LOAD_DEREF: cs(); push(sp); push(arg); insns("loadDeref", "(L" + C + ";" + S + "II)V"); break;
                case Op.STORE_DEREF: stackArg("storeDeref", sp, arg); break;
                case Op.LOAD_CLOSURE: stackArg("loadClosure", sp, arg); break;
                case Op.LOAD_FAST_ATTR: attr("loadFastAttr", sp, pc, arg); break;
                case Op.STORE_FAST_ATTR: attr("storeFastAttr", sp, pc, arg); break;
                case Op.LOAD_FAST_METHOD: attr("loadFastMethod", sp, pc, arg); break;
                case Op.LOAD_ATTR: attr("loadAttrStack", sp, pc, arg); break;
                case Op.STORE_ATTR: attr("storeAttrStack", sp, pc, arg); break;
                case Op.LOAD_METHOD: attr("loadMethod", sp, pc, arg); break;
                case Op.CALL: case Op.CALL_METHOD: {
                    Label general = new Label(), done = new Label();
                    int base = sp - arg - (op == Op.CALL ? 1 : 2);
                    if (kwConst < 0) directCall(base, op == Op.CALL ? arg : arg + 1, sp, general, done);
                    mv.visitLabel(general);
                    mv.visitVarInsn(ALOAD, TS);
                    s();
                    push(sp);
                    push(arg);
                    if (kwConst < 0) {
                        mv.visitInsn(ACONST_NULL);
                    } else {
                        mv.visitVarInsn(ALOAD, CONSTS);
                        push(kwConst);
                        mv.visitInsn(AALOAD);
                        insns("kwNamesOf", "(" + O + ")[Ljava/lang/String;");
                    }
                    insns(op == Op.CALL ? "callStack" : "callMethodStack", "(" + T + S + "II[Ljava/lang/String;)V");
                    mv.visitLabel(done);
                    break;
                }
                case Op.YIELD_VALUE:
                    mv.visitVarInsn(ALOAD, FRAME);
                    s();
                    push(sp);
                    push(pc + 1);
                    insns("yieldValue", "(" + F + S + "II)" + O);
                    mv.visitInsn(ARETURN);
                    break;
                case Op.RETURN_VALUE:
                    mv.visitVarInsn(ALOAD, FRAME);
                    s();
                    push(sp);
                    insns("returnValue", "(" + F + S + "I)" + O);
                    mv.visitInsn(ARETURN);
                    break;
                case Op.GET_ITER: stackOnly("getIter", sp); break;
                case Op.FOR_ITER: {
                    Label generic = new Label(), test = new Label();
                    if (guarded) {
                        guard(sp - 1, RANGE_ITER, generic);
                        stackOnlyTest("forIterRange", sp);
                        mv.visitJumpInsn(GOTO, test);
                    }
                    mv.visitLabel(generic);
                    stackOnlyTest("forIter", sp);
                    mv.visitLabel(test);
                    mv.visitJumpInsn(IFEQ, labels[arg]);
                    break;
                }
                case Op.BINARY_SUBSCR: stackOnly("binarySubscr", sp); break;
                case Op.STORE_SUBSCR: stackOnly("storeSubscr", sp); break;
                case Op.BUILD_SLICE: stackArg("buildSlice", sp, arg); break;
                case Op.UNARY_NEG: stackArg("unary", sp, BinOps.NEG); break;
                case Op.UNARY_POS: stackArg("unary", sp, BinOps.POS); break;
                case Op.UNARY_INVERT: stackArg("unary", sp, BinOps.INVERT); break;
                case Op.UNARY_NOT: stackOnly("unaryNot", sp); break;
                case Op.IS_OP: stackArg("isOp", sp, arg); break;
                case Op.ROT_TWO: stackOnly("rotTwo", sp); break;
                case Op.ROT_THREE: stackOnly("rotThree", sp); break;
                case Op.DUP_TOP: stackOnly("dupTop", sp); break;
                case Op.DUP_TOP_TWO: stackOnly("dupTopTwo", sp); break;
                case Op.BUILD_TUPLE: stackArg("buildTuple", sp, arg); break;
                case Op.BUILD_LIST: stackArg("buildList", sp, arg); break;
                case Op.LIST_APPEND: stackArg("listAppend", sp, arg); break;
                case Op.IMPORT_NAME:
                    mv.visitVarInsn(ALOAD, TS);
                    cs();
                    push(sp);
                    push(arg);
                    insns("importName", "(" + T + "L" + C + ";" + S + "II)V");
                    break;
                case Op.LOAD_ASSERTION_ERROR: stackOnly("loadAssertionError", sp); break;
                case Op.RAISE_VARARGS:
                    mv.visitVarInsn(ALOAD, TS);
                    s();
                    push(sp);
                    push(arg);
                    insns("raiseVarargs", "(" + T + S + "II)Lorg/gillab/obj/PyException;");
                    mv.visitInsn(ATHROW);
                    break;
                case Op.STORE_GLOBAL: cold("opStoreGlobal", sp, arg); break;
                case Op.LOAD_NAME: cold("opLoadName", sp, arg); break;
                case Op.STORE_NAME: cold("opStoreName", sp, arg); break;
                case Op.DELETE_FAST: cold("opDeleteFast", sp, arg); break;
                case Op.DELETE_DEREF: cold("opDeleteDeref", sp, arg); break;
                case Op.DELETE_ATTR: cold("opDeleteAttr", sp, arg); break;
                case Op.CALL_FUNCTION_EX: cold("opCallFunctionEx", sp, arg); break;
                case Op.DELETE_SUBSCR: cold("opDeleteSubscr", sp, arg); break;
                case Op.CONTAINS_OP: cold("opContainsOp", sp, arg); break;
                case Op.BUILD_SET: cold("opBuildSet", sp, arg); break;
                case Op.BUILD_MAP: cold("opBuildMap", sp, arg); break;
                case Op.SET_ADD: cold("opSetAdd", sp, arg); break;
                case Op.MAP_ADD: cold("opMapAdd", sp, arg); break;
                case Op.LIST_EXTEND: cold("opListExtend", sp, arg); break;
                case Op.SET_UPDATE: cold("opSetUpdate", sp, arg); break;
                case Op.DICT_UPDATE: case Op.DICT_MERGE:
                    coldArgs(sp, arg);
                    mv.visitInsn(op == Op.DICT_MERGE ? ICONST_1 : ICONST_0);
                    mv.visitMethodInsn(INVOKESTATIC, COLD, "opDictUpdate", "(" + T + F + S + "IIZ)I", false);
                    mv.visitInsn(POP);
                    break;
                case Op.LIST_TO_TUPLE: cold("opListToTuple", sp, arg); break;
                case Op.UNPACK_SEQUENCE: cold("opUnpackSequence", sp, arg); break;
                case Op.UNPACK_EX: cold("opUnpackEx", sp, arg); break;
                case Op.MAKE_FUNCTION: cold("opMakeFunction", sp, arg); break;
                case Op.BUILD_CLASS: cold("opBuildClass", sp, arg); break;
                case Op.PUSH_EXC_INFO: cold("opPushExcInfo", sp, arg); break;
                case Op.POP_EXCEPT: cold("opPopExcept", sp, arg); break;
                case Op.CHECK_EXC_MATCH: cold("opCheckExcMatch", sp, arg); break;
                case Op.RERAISE: cold("opReraise", sp, arg); mv.visitInsn(ACONST_NULL); mv.visitInsn(ATHROW); break;
                case Op.POP_EXCEPT_RERAISE: cold("opPopExceptReraise", sp, arg); mv.visitInsn(ACONST_NULL); mv.visitInsn(ATHROW); break;
                case Op.BEFORE_WITH: cold("opBeforeWith", sp, arg); break;
                case Op.WITH_EXIT: cold("opWithExit", sp, arg); break;
                case Op.WITH_EXCEPT_START: cold("opWithExceptStart", sp, arg); break;
                case Op.IMPORT_FROM: cold("opImportFrom", sp, arg); break;
                case Op.FORMAT_VALUE: cold("opFormatValue", sp, arg); break;
                case Op.BUILD_STRING: cold("opBuildString", sp, arg); break;
                default:
                    throw new Unsupported("opcode " + Op.name(op));
            }
        }

        /**
         * A call of a Python function whose code is compiled, entered directly: the callee's
         * {@code run} is invoked from this call site, so the JIT sees (and can inline) the one
         * function usually called here. {@code s[base]} is the callee (for CALL_METHOD with a null
         * there, the general path runs), its {@code n} arguments follow it. The recursion count is
         * restored by a catch around the invocation alone; a Python exception then reaches this
         * instruction's own handler range like any other.
         */
        private void directCall(int base, int n, int sp, Label general, Label done) {
            s();
            push(base);
            mv.visitInsn(AALOAD);
            insns("directTarget", "(" + O + ")Lorg/gillab/vm/CompiledCode;");
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, CALLEE_CODE);
            mv.visitJumpInsn(IFNULL, general);
            mv.visitVarInsn(ALOAD, TS);
            s();
            push(base);
            push(n);
            insns("enterCall", "(" + T + S + "II)" + F);
            mv.visitVarInsn(ASTORE, CALLEE_FRAME);
            Label start = new Label(), end = new Label(), handler = new Label(), returned = new Label();
            mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
            mv.visitVarInsn(ALOAD, CALLEE_CODE);
            mv.visitVarInsn(ALOAD, TS);
            mv.visitVarInsn(ALOAD, CALLEE_FRAME);
            mv.visitLabel(start);
            mv.visitMethodInsn(INVOKEVIRTUAL, "org/gillab/vm/CompiledCode", "run", "(" + T + F + ")" + O, false);
            mv.visitLabel(end);
            mv.visitJumpInsn(GOTO, returned);
            mv.visitLabel(handler);
            mv.visitVarInsn(ALOAD, TS);
            insns("leaveCall", "(" + T + ")V");
            mv.visitInsn(ATHROW);
            mv.visitLabel(returned);
            mv.visitVarInsn(ALOAD, TS);
            insns("leaveCall", "(" + T + ")V");
            s();
            push(sp);
            push(base);
            insns("finishCall", "(" + O + S + "II)V");
            mv.visitJumpInsn(GOTO, done);
        }

        /** A conditional jump on the boolean on the JVM stack; a backward one polls the eval breaker first. */
        private void branch(boolean jumpWhenTrue, int target, boolean backward) {
            if (!backward) {
                mv.visitJumpInsn(jumpWhenTrue ? IFNE : IFEQ, labels[target]);
                return;
            }
            Label stay = new Label();
            mv.visitJumpInsn(jumpWhenTrue ? IFEQ : IFNE, stay);
            poll();
            mv.visitJumpInsn(GOTO, labels[target]);
            mv.visitLabel(stay);
        }

        /** The safe point: {@code if (ts.evalBreaker != 0) Insns.breaker(ts)}. */
        private void poll() {
            Label go = new Label();
            mv.visitVarInsn(ALOAD, TS);
            mv.visitFieldInsn(GETFIELD, "org/gillab/vm/ThreadState", "evalBreaker", "I");
            mv.visitJumpInsn(IFEQ, go);
            mv.visitVarInsn(ALOAD, TS);
            insns("breaker", "(" + T + ")V");
            mv.visitLabel(go);
        }

        private void s() {
            mv.visitVarInsn(ALOAD, SLOTS);
        }

        /**
         * A two-operand instruction's sites: with the guards on, two ints go to {@code ints}, two
         * floats to {@code floats}, anything else to {@code generic}; {@code call} emits the call of
         * the helper it is given (each leaves the same thing on the JVM stack).
         */
        private void intsFloatsOrGeneric(int sp, String ints, String floats, String generic, java.util.function.Consumer<String> call) {
            Label notInts = new Label(), other = new Label(), done = new Label();
            if (guarded) {
                guardTwo(sp, PYINT, notInts);
                call.accept(ints);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(notInts);
                guardTwo(sp, PYFLOAT, other);
                call.accept(floats);
                mv.visitJumpInsn(GOTO, done);
            }
            mv.visitLabel(other);
            call.accept(generic);
            mv.visitLabel(done);
        }

        /**
         * Jumps to {@code miss} unless both operands below {@code sp} are exactly of class
         * {@code cls}: the test is this function's own bytecode, so its branch profile is this
         * site's alone.
         */
        private void guardTwo(int sp, org.objectweb.asm.Type cls, Label miss) {
            guard(sp - 2, cls, miss);
            guard(sp - 1, cls, miss);
        }

        /** Jumps to {@code miss} unless the value in stack slot {@code slot} is exactly of class {@code cls}. */
        private void guard(int slot, org.objectweb.asm.Type cls, Label miss) {
            s();
            push(slot);
            mv.visitInsn(AALOAD);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
            mv.visitLdcInsn(cls);
            mv.visitJumpInsn(IF_ACMPNE, miss);
        }

        /** A helper {@code (slots, sp) -> boolean}, its answer left on the JVM stack. */
        private void stackOnlyTest(String name, int sp) {
            s();
            push(sp);
            insns(name, "(" + S + "I)Z");
        }

        private void cs() {
            mv.visitVarInsn(ALOAD, CODE);
            mv.visitVarInsn(ALOAD, SLOTS);
        }

        private void push(int v) {
            if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
            else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
            else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
            else mv.visitLdcInsn(v);
        }

        private void insns(String name, String desc) {
            mv.visitMethodInsn(INVOKESTATIC, INSNS, name, desc, false);
        }

        private void stackOnly(String name, int sp) {
            s();
            push(sp);
            insns(name, "(" + S + "I)V");
        }

        private void stackArg(String name, int sp, int arg) {
            s();
            push(sp);
            push(arg);
            insns(name, "(" + S + "II)V");
        }

        private void attr(String name, int sp, int pc, int arg) {
            cs();
            push(sp);
            push(pc);
            push(arg);
            insns(name, "(L" + C + ";" + S + "III)V");
        }

        private void coldArgs(int sp, int arg) {
            mv.visitVarInsn(ALOAD, TS);
            mv.visitVarInsn(ALOAD, FRAME);
            s();
            push(sp);
            push(arg);
        }

        private void cold(String name, int sp, int arg) {
            coldArgs(sp, arg);
            mv.visitMethodInsn(INVOKESTATIC, COLD, name, COLD_DESC, false);
            mv.visitInsn(POP);
        }
    }
}

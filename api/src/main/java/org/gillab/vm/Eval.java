package org.gillab.vm;

import java.util.Arrays;

import org.gillab.compile.Code;
import org.gillab.compile.Op;
import org.gillab.obj.BinOps;
import org.gillab.obj.CmpOp;
import org.gillab.obj.ExcTypes;
import org.gillab.obj.Formatter;
import org.gillab.obj.Ops;
import org.gillab.obj.Py;
import org.gillab.obj.PyBaseException;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyCell;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyException;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInstance;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyMethod;
import org.gillab.obj.PyMethodDescr;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PySet;
import org.gillab.obj.PySlice;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.spi.InstructionTicks;
import org.gillab.spi.Rc;

import static org.gillab.vm.CallMachinery.*;
import static org.gillab.vm.ColdOps.*;
import static org.gillab.vm.InlineCaches.*;
import static org.gillab.vm.Insns.*;

/**
 * The bytecode interpreter: one {@link #run} call executes one frame until it returns, yields or
 * raises. The loop keeps the program counter and stack pointer in locals; it writes them back to
 * the frame only where the frame must be resumed (a yield) and reads the eval breaker at backward
 * jumps and function entry, the safe points where a concurrency model may switch threads.
 *
 * <p>Reference counting follows CPython's ceval: a push owns a reference, a pop hands it on or
 * drops it, constants are immortal and pushed without counting.
 */
public final class Eval {
    private Eval() {}

    /**
     * {@code -Dgillab.profileOps=true} counts executed instructions by opcode and prints the
     * histogram at exit (for tuning the instruction set; racy under threads, and a constant false
     * otherwise, so the JIT removes the counting).
     */
    static final boolean PROFILE_OPS = Boolean.getBoolean("gillab.profileOps");
    static final long[] OP_COUNTS = new long[256];

    static {
        if (PROFILE_OPS) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                long total = 0;
                for (long c : OP_COUNTS) total += c;
                System.err.printf("instructions executed: %d%n", total);
                Integer[] order = new Integer[256];
                for (int i = 0; i < 256; i++) order[i] = i;
                java.util.Arrays.sort(order, (x, y) -> Long.compare(OP_COUNTS[y], OP_COUNTS[x]));
                for (int i = 0; i < 25 && OP_COUNTS[order[i]] > 0; i++) {
                    System.err.printf("  %-22s %12d  %5.1f%%%n", Op.name(order[i]), OP_COUNTS[order[i]], 100.0 * OP_COUNTS[order[i]] / total);
                }
            }));
        }
    }

    // ---------------------------------------------------------------- the loop

    /**
     * Runs (or resumes) a frame; returns its result (or yielded value: see {@link Frame#yielded}).
     * The recursion limit and the function-entry safe point are checked here for both tiers; the
     * frame then runs in its code object's compiled code when the compiled tier is on and the code
     * has some ({@link Tier}), else in the interpreter loop.
     */
    static PyObject run(ThreadState ts, Frame f) {
        if (++ts.depth > ts.interp.recursionLimit) {
            ts.depth--;
            f.clear();
            throw Py.raise(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
        try {
            if (ts.evalBreaker != 0) breaker(ts);
            if (Tier.compiled) {
                CompiledCode cc = Tier.compiledCode(f.code);
                if (cc != null) return cc.run(ts, f);
            }
            return interpret(ts, f);
        } finally {
            ts.depth--;
        }
    }

    /** The interpreter loop: one frame, instruction by instruction. */
    private static PyObject interpret(ThreadState ts, Frame f) {
        final Code co = f.code;
        final int[] code = co.code;
        final PyObject[] consts = co.consts;
        final PyObject[] s = f.s;
        int pc = f.pc;
        int sp = f.sp;
        String[] kwnames = null;
        boolean countNext = true; // instruction ticks only: Python 2.7's ticker skipped some instructions
        try {
            while (true) {
                try {
                    resumeAt(f); // a generator being closed: raise at its yield
                    while (true) {
                        if (InstructionTicks.ENABLED) {
                            // 2.7's ceval.c: count at the loop top unless the last opcode took
                            // fast_next_opcode; no switch just before a try/finally (SETUP_FINALLY)
                            if (countNext && --ts.ticker < 0 && !co.startsTryFinally(pc)) ts.hooks.onTicksExpired(ts);
                            int next = code[pc];
                            countNext = Python2Ticks.countsNext(next & 0xff, next >>> 8, pc, sp > 0 ? s[sp - 1] : null);
                        }
                        final int ins = code[pc++];
                        final int arg = ins >>> 8;
                        if (PROFILE_OPS) OP_COUNTS[ins & 0xff]++;
                        // Each instruction's work is a method of Insns (hot) or ColdOps (cold) that
                        // the compiled tier calls too; sp here follows the instruction's stack effect.
                        switch (ins & 0xff) {
                            case Op.NOP: break;
                            case Op.LOAD_FAST: loadFast(co, s, sp, arg); sp++; break;
                            case Op.STORE_FAST: storeFast(s, sp, arg); sp--; break;
                            case Op.LOAD_CONST: loadConst(s, sp, consts, arg); sp++; break;
                            case Op.POP_TOP: popTop(s, sp); sp--; break;
                            case Op.BINARY_OP: binaryOpStack(s, sp, arg); sp--; break;
                            case Op.INPLACE_OP: inplaceOpStack(s, sp, arg); sp--; break;
                            case Op.COMPARE_OP: compareOpStack(s, sp, arg); sp--; break;
                            case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: {
                                boolean t = popTruth(s, sp);
                                sp--;
                                if (t == ((ins & 0xff) == Op.POP_JUMP_IF_TRUE)) {
                                    if (arg < pc && ts.evalBreaker != 0) breaker(ts);
                                    pc = arg;
                                }
                                break;
                            }
                            case Op.COMPARE_JUMP: {
                                boolean t = compareJump(s, sp, arg & 7);
                                sp -= 2;
                                int target = code[pc++];
                                if (t == ((arg & 8) != 0)) {
                                    if (target < pc && ts.evalBreaker != 0) breaker(ts);
                                    pc = target;
                                }
                                break;
                            }
                            case Op.INPLACE_FAST_CONST: inplaceFastConst(co, s, arg, code[pc++]); break;
                            case Op.JUMP: pc = arg; break;
                            case Op.JUMP_BACKWARD:
                                pc = arg;
                                if (ts.evalBreaker != 0) breaker(ts);
                                break;
                            case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
                                if (jumpOrPop(s, sp, (ins & 0xff) == Op.JUMP_IF_TRUE_OR_POP)) pc = arg;
                                else sp--;
                                break;
                            case Op.LOAD_GLOBAL: loadGlobalStack(f, co, s, sp, pc - 1, arg); sp++; break;
                            case Op.STORE_GLOBAL: sp = opStoreGlobal(ts, f, s, sp, arg); break;
                            case Op.DELETE_GLOBAL: deleteGlobal(f, co, arg); break;
                            case Op.LOAD_NAME: sp = opLoadName(ts, f, s, sp, arg); break;
                            case Op.STORE_NAME: sp = opStoreName(ts, f, s, sp, arg); break;
                            case Op.DELETE_NAME: deleteName(f, co, arg); break;
                            case Op.DELETE_FAST: sp = opDeleteFast(ts, f, s, sp, arg); break;
                            case Op.LOAD_DEREF: loadDeref(co, s, sp, arg); sp++; break;
                            case Op.STORE_DEREF: storeDeref(s, sp, arg); sp--; break;
                            case Op.DELETE_DEREF: sp = opDeleteDeref(ts, f, s, sp, arg); break;
                            case Op.LOAD_CLOSURE: loadClosure(s, sp, arg); sp++; break;
                            case Op.LOAD_FAST_ATTR: loadFastAttr(co, s, sp, pc - 1, arg); sp++; break;
                            case Op.STORE_FAST_ATTR: storeFastAttr(co, s, sp, pc - 1, arg); sp--; break;
                            case Op.LOAD_FAST_METHOD: loadFastMethod(co, s, sp, pc - 1, arg); sp += 2; break;
                            case Op.LOAD_ATTR: loadAttrStack(co, s, sp, pc - 1, arg); break;
                            case Op.STORE_ATTR: storeAttrStack(co, s, sp, pc - 1, arg); sp -= 2; break;
                            case Op.DELETE_ATTR: sp = opDeleteAttr(ts, f, s, sp, arg); break;
                            case Op.LOAD_METHOD: loadMethod(co, s, sp, pc - 1, arg); sp++; break;
                            case Op.KW_NAMES: kwnames = kwNamesOf(consts[arg]); break;
                            case Op.CALL: {
                                String[] kw = kwnames;
                                kwnames = null;
                                callStack(ts, s, sp, arg, kw);
                                sp -= arg;
                                break;
                            }
                            case Op.CALL_METHOD: {
                                String[] kw = kwnames;
                                kwnames = null;
                                callMethodStack(ts, s, sp, arg, kw);
                                sp -= arg + 1;
                                break;
                            }
                            case Op.CALL_FUNCTION_EX: sp = opCallFunctionEx(ts, f, s, sp, arg); break;
                            case Op.RETURN_VALUE: return returnValue(f, s, sp);
                            case Op.GET_ITER: getIter(s, sp); break;
                            case Op.FOR_ITER:
                                if (forIter(s, sp)) {
                                    sp++;
                                } else {
                                    sp--;
                                    pc = arg;
                                }
                                break;
                            case Op.BINARY_SUBSCR: binarySubscr(s, sp); sp--; break;
                            case Op.STORE_SUBSCR: storeSubscr(s, sp); sp -= 3; break;
                            case Op.DELETE_SUBSCR: sp = opDeleteSubscr(ts, f, s, sp, arg); break;
                            case Op.BUILD_SLICE: buildSlice(s, sp, arg); sp -= arg - 1; break;
                            case Op.UNARY_NEG: unary(s, sp, BinOps.NEG); break;
                            case Op.UNARY_POS: unary(s, sp, BinOps.POS); break;
                            case Op.UNARY_INVERT: unary(s, sp, BinOps.INVERT); break;
                            case Op.UNARY_NOT: unaryNot(s, sp); break;
                            case Op.IS_OP: isOp(s, sp, arg); sp--; break;
                            case Op.CONTAINS_OP: sp = opContainsOp(ts, f, s, sp, arg); break;
                            case Op.ROT_TWO: rotTwo(s, sp); break;
                            case Op.ROT_THREE: rotThree(s, sp); break;
                            case Op.DUP_TOP: dupTop(s, sp); sp++; break;
                            case Op.DUP_TOP_TWO: dupTopTwo(s, sp); sp += 2; break;
                            case Op.BUILD_TUPLE: buildTuple(s, sp, arg); sp += 1 - arg; break;
                            case Op.BUILD_LIST: buildList(s, sp, arg); sp += 1 - arg; break;
                            case Op.BUILD_SET: sp = opBuildSet(ts, f, s, sp, arg); break;
                            case Op.BUILD_MAP: sp = opBuildMap(ts, f, s, sp, arg); break;
                            case Op.LIST_APPEND: listAppend(s, sp, arg); sp--; break;
                            case Op.SET_ADD: sp = opSetAdd(ts, f, s, sp, arg); break;
                            case Op.MAP_ADD: sp = opMapAdd(ts, f, s, sp, arg); break;
                            case Op.LIST_EXTEND: sp = opListExtend(ts, f, s, sp, arg); break;
                            case Op.SET_UPDATE: sp = opSetUpdate(ts, f, s, sp, arg); break;
                            case Op.DICT_UPDATE: sp = opDictUpdate(ts, f, s, sp, arg, false); break;
                            case Op.DICT_MERGE: sp = opDictUpdate(ts, f, s, sp, arg, true); break;
                            case Op.LIST_TO_TUPLE: sp = opListToTuple(ts, f, s, sp, arg); break;
                            case Op.UNPACK_SEQUENCE: sp = opUnpackSequence(ts, f, s, sp, arg); break;
                            case Op.UNPACK_EX: sp = opUnpackEx(ts, f, s, sp, arg); break;
                            case Op.MAKE_FUNCTION: sp = opMakeFunction(ts, f, s, sp, arg); break;
                            case Op.BUILD_CLASS: sp = opBuildClass(ts, f, s, sp, arg); break;
                            case Op.YIELD_VALUE: return yieldValue(f, s, sp, pc);
                            case Op.RAISE_VARARGS: throw raiseVarargs(ts, s, sp, arg);
                            case Op.PUSH_EXC_INFO: sp = opPushExcInfo(ts, f, s, sp, arg); break;
                            case Op.POP_EXCEPT: sp = opPopExcept(ts, f, s, sp, arg); break;
                            case Op.CHECK_EXC_MATCH: sp = opCheckExcMatch(ts, f, s, sp, arg); break;
                            case Op.RERAISE: sp = opReraise(ts, f, s, sp, arg); break;
                            case Op.POP_EXCEPT_RERAISE: sp = opPopExceptReraise(ts, f, s, sp, arg); break;
                            case Op.GET_AWAITABLE: s[sp - 1] = Coroutines.awaitable(s[sp - 1]); break;
                            case Op.SEND: {
                                PyObject r = Coroutines.send(s[sp - 2], s[sp - 1]);
                                Rc.decref(s[--sp]);
                                s[sp] = null;
                                if (Coroutines.returned(s[sp - 1])) {
                                    Rc.decref(s[sp - 1]);
                                    s[sp - 1] = r;
                                    f.delegating = false;
                                    pc = arg;
                                } else {
                                    s[sp++] = r;
                                    f.delegating = true; // the next instruction yields r
                                    f.sendExit = arg;
                                }
                                break;
                            }
                            case Op.BEFORE_ASYNC_WITH: sp = Coroutines.beforeAsyncWith(s, sp); break;
                            case Op.GET_AITER: s[sp - 1] = Coroutines.aiter(s[sp - 1]); break;
                            case Op.GET_ANEXT: s[sp] = Coroutines.anext(s[sp - 1]); sp++; break;
                            case Op.END_ASYNC_FOR: sp = Coroutines.endAsyncFor(s, sp); break;
                            case Op.BEFORE_WITH: sp = opBeforeWith(ts, f, s, sp, arg); break;
                            case Op.WITH_EXIT: sp = opWithExit(ts, f, s, sp, arg); break;
                            case Op.WITH_EXCEPT_START: sp = opWithExceptStart(ts, f, s, sp, arg); break;
                            case Op.IMPORT_NAME: importName(ts, co, s, sp, arg); sp++; break;
                            case Op.IMPORT_FROM: sp = opImportFrom(ts, f, s, sp, arg); break;
                            case Op.FORMAT_VALUE: sp = opFormatValue(ts, f, s, sp, arg); break;
                            case Op.BUILD_STRING: sp = opBuildString(ts, f, s, sp, arg); break;
                            case Op.LOAD_ASSERTION_ERROR: loadAssertionError(s, sp); sp++; break;
                            default:
                                throw Py.systemError("unknown opcode " + Op.name(ins & 0xff) + " at " + (pc - 1));
                        }
                    }
                } catch (PyException e) {
                    // the raising instruction's start (pc may be past a fused instruction's data word)
                    int at = pc - 1;
                    while (at > 0 && isDataWord(code, at)) at--;
                    kwnames = null;
                    int h = unwind(ts, f, e, at, sp);
                    sp = co.nlocalsplus + co.handlers[h + 3] + 1;
                    pc = co.handlers[h + 2];
                }
            }
        } catch (StackOverflowError so) {
            f.sp = Math.min(sp, f.s.length);
            f.clear();
            throw Py.raise(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
    }
}

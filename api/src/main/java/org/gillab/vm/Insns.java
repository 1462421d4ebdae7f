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
import org.gillab.obj.PyRange;
import org.gillab.obj.PySet;
import org.gillab.obj.PySlice;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.spi.Rc;


import static org.gillab.vm.CallMachinery.*;
import static org.gillab.vm.ColdOps.*;
import static org.gillab.vm.InlineCaches.*;

/**
 * The instructions' work, shared by both tiers: the interpreter's loop and the compiled code
 * ({@link CodeGen}) call the same methods, so the two cannot drift apart.
 *
 * <p>Each stack-level method takes {@code sp}, the stack pointer before the instruction (the
 * instruction's operands are just below it), and leaves the stack as the instruction's static
 * effect says; the caller knows the new stack pointer. One rule makes unwinding the same in both
 * tiers: <b>if an instruction raises, the stack is unwound from its stack pointer before the
 * instruction.</b> So operands stay in their slots until the operation has succeeded, and a slot
 * whose reference has been dropped or handed on is cleared before anything else can raise
 * (unwinding skips empty slots).
 */
final class Insns {
    private Insns() {}

    /** The truth of a value popped off the stack, dropping the stack's reference. */
    static boolean truthAndDrop(PyObject v) {
        try {
            return v.isTrue();
        } finally {
            Rc.decref(v);
        }
    }

    static boolean compareDoubles(int op, double a, double b) {
        switch (op) {
            case CmpOp.LT: return a < b;
            case CmpOp.LE: return a <= b;
            case CmpOp.EQ: return a == b;
            case CmpOp.NE: return a != b;
            case CmpOp.GT: return a > b;
            default: return a >= b;
        }
    }

    static PyObject binaryOp(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return intOp(op, (PyInt) a, (PyInt) b);
        } else if (a instanceof PyFloat fa) {
            if (b instanceof PyFloat fb) {
                PyObject r = PyFloat.arith(op, fa.value, fb.value);
                if (r != null) return r;
            } else if (b.getClass() == PyInt.class) {
                PyObject r = PyFloat.arith(op, fa.value, ((PyInt) b).toDouble());
                if (r != null) return r;
            }
        } else if (b instanceof PyFloat fb && a.getClass() == PyInt.class) {
            PyObject r = PyFloat.arith(op, ((PyInt) a).toDouble(), fb.value);
            if (r != null) return r;
        }
        return Ops.binary(op, a, b);
    }



    /** {@code a op b} on two exact ints: a new reference. */
    static PyObject intOp(int op, PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            long p = x.value, q = y.value;
            switch (op) {
                case BinOps.ADD: {
                    long r = p + q;
                    if (((p ^ r) & (q ^ r)) >= 0) return PyInt.of(r);
                    break;
                }
                case BinOps.SUB: {
                    long r = p - q;
                    if (((p ^ q) & (p ^ r)) >= 0) return PyInt.of(r);
                    break;
                }
                default:
            }
        }
        PyObject r = PyInt.arith(op, x, y);
        return r != null ? r : Ops.binary(op, x, y);
    }

    // ---------------------------------------------------------------- the compiled tier's guarded sites
    //
    // The compiled code tests the operands' exact classes itself, in its own bytecode, so each
    // instruction's branch profile is its own (a site that only ever sees ints compiles to the int
    // path alone), then calls one of these: the same work, and the same count changes, as the
    // generic helper does for those types.

    /** BINARY_OP or INPLACE_OP on two exact ints (the generic path does the same for them). */
    static void binaryOpInts(PyObject[] s, int sp, int op) {
        PyInt b = (PyInt) s[sp - 1], a = (PyInt) s[sp - 2];
        replaceOperands(s, sp, intOp(op, a, b), a, b);
    }

    /** The two operands below sp replaced by the result r, their references dropped. */
    private static void replaceOperands(PyObject[] s, int sp, PyObject r, PyObject a, PyObject b) {
        s[sp - 1] = null;
        s[sp - 2] = r;
        Rc.decref(a);
        Rc.decref(b);
    }

    /** BINARY_OP or INPLACE_OP on two exact floats (the generic path does the same for them). */
    static void binaryOpFloats(PyObject[] s, int sp, int op) {
        PyFloat b = (PyFloat) s[sp - 1], a = (PyFloat) s[sp - 2];
        if (op <= BinOps.MUL && floatOpReusing(s, sp, op, a, b)) return;
        PyObject r = PyFloat.arith(op, a.value, b.value);
        replaceOperands(s, sp, r != null ? r : Ops.binary(op, a, b), a, b);
    }

    /** COMPARE_JUMP's test on two exact ints. */
    static boolean compareJumpInts(PyObject[] s, int sp, int op) {
        PyInt b = (PyInt) s[sp - 1], a = (PyInt) s[sp - 2];
        if (a.big == null && b.big == null) {
            boolean t = CmpOp.test(op, Long.compare(a.value, b.value));
            Rc.decref(a);
            Rc.decref(b);
            return t;
        }
        return compareJump(s, sp, op);
    }

    /** COMPARE_JUMP's test on two exact floats. */
    static boolean compareJumpFloats(PyObject[] s, int sp, int op) {
        PyFloat b = (PyFloat) s[sp - 1], a = (PyFloat) s[sp - 2];
        boolean t = compareDoubles(op, a.value, b.value);
        Rc.decref(a);
        Rc.decref(b);
        return t;
    }

    /** FOR_ITER over a range iterator. */
    static boolean forIterRange(PyObject[] s, int sp) {
        return pushNextOrDrop(s, sp, ((PyRange.RangeIter) s[sp - 1]).next());
    }

    /** FOR_ITER's end: push the next value v, or (v null: the iterator ended) pop the iterator. */
    private static boolean pushNextOrDrop(PyObject[] s, int sp, PyObject v) {
        if (v != null) {
            s[sp] = v;
            return true;
        }
        PyObject it = s[sp - 1];
        s[sp - 1] = null;
        Rc.decref(it);
        return false;
    }

    /** The eval breaker's slow path (the compiled tier's backward jumps call it too). */
    static void breaker(ThreadState ts) {
        if (ts.abandoned) throw new WorkerAbandoned();
        if ((ts.evalBreaker & ThreadState.GC_BIT) != 0) { // _Py_RunGC, as 3.12 schedules it
            ts.clearBreaker(ThreadState.GC_BIT);
            ts.interp.gc.collectScheduled(ts);
        }
        ts.hooks.onEvalBreaker(ts);
    }

    /**
     * LOAD_CONST. Constants are immortal, so the incref is Py_INCREF's immortal test (3.12) and
     * returns at once, except under a model that counts immortals too (fine-grained with
     * immortals=false, as Python 1.4 had none).
     */
    static void loadConst(PyObject[] s, int sp, PyObject[] consts, int arg) {
        PyObject v = consts[arg];
        Rc.incref(v);
        s[sp] = v;
    }

    static void loadFast(Code co, PyObject[] s, int sp, int slot) {
        PyObject v = s[slot];
        if (v == null) throw unboundLocal(co.varnames[slot]);
        Rc.incref(v);
        s[sp] = v;
    }

    static void storeFast(PyObject[] s, int sp, int slot) {
        PyObject old = s[slot];
        s[slot] = s[sp - 1];
        if (old != null) Rc.decref(old);
    }

    static void popTop(PyObject[] s, int sp) {
        Rc.xdecref(s[sp - 1]);
    }

    static void binaryOpStack(PyObject[] s, int sp, int op) {
        PyObject b = s[sp - 1], a = s[sp - 2];
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) binaryOpInts(s, sp, op);
        else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) binaryOpFloats(s, sp, op);
        else replaceOperands(s, sp, binaryOp(op, a, b), a, b);
    }

    /** INPLACE_OP: ints and floats as BINARY_OP (immutable: {@code x += y} is {@code x = x + y}), others {@code __iadd__} and kin. */
    static void inplaceOpStack(PyObject[] s, int sp, int op) {
        PyObject b = s[sp - 1], a = s[sp - 2];
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) binaryOpInts(s, sp, op);
        else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) binaryOpFloats(s, sp, op);
        else replaceOperands(s, sp, Ops.inplace(op, a, b), a, b);
    }

    /**
     * {@code a + b}, {@code a - b} or {@code a * b} on two floats, written into an operand that only
     * the stack references (it would be deallocated right after): CPython 3.12's
     * {@code DECREF_INPUTS_AND_REUSE_FLOAT} (Python/ceval_macros.h, used by bytecodes.c's
     * BINARY_OP_ADD_FLOAT, _SUBTRACT_FLOAT and _MULTIPLY_FLOAT). The left operand is tried first, then
     * the right. Returns false, changing nothing, when neither is unique; uniqueness is the model's
     * ({@link Rc#isUnique}), so a model whose counts are shared decides for itself. The count
     * operations are CPython's: the reused operand keeps the stack's reference as the result's, the
     * other is decref'd.
     */
    static boolean floatOpReusing(PyObject[] s, int sp, int op, PyFloat a, PyFloat b) {
        double x = a.value, y = b.value;
        double r = op == BinOps.ADD ? x + y : op == BinOps.SUB ? x - y : x * y;
        if (Rc.isUnique(a)) {
            a.setInPlace(r);
            s[sp - 1] = null;
            Rc.decref(b);
            return true;
        }
        if (Rc.isUnique(b)) {
            b.setInPlace(r);
            s[sp - 1] = null;
            s[sp - 2] = b;
            Rc.decref(a);
            return true;
        }
        return false;
    }

    static PyObject compare(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null && ((PyInt) b).big == null) {
            return Py.bool(CmpOp.test(op, Long.compare(((PyInt) a).value, ((PyInt) b).value)));
        } else if (a instanceof PyFloat fa && b instanceof PyFloat fb) {
            return fa.richCompare(fb, op);
        }
        return Ops.richCompare(a, b, op);
    }

    static void compareOpStack(PyObject[] s, int sp, int op) {
        PyObject b = s[sp - 1], a = s[sp - 2];
        PyObject r = compare(a, b, op);
        s[sp - 1] = null;
        s[sp - 2] = r;
        Rc.decref(a);
        Rc.decref(b);
    }

    /** POP_JUMP_IF_FALSE/TRUE's test: the truth of the top of the stack, which it pops. */
    static boolean popTruth(PyObject[] s, int sp) {
        PyObject v = s[sp - 1];
        if (v == PyBool.TRUE) return true;
        if (v == PyBool.FALSE) return false;
        boolean t = v.getClass() == PyInt.class ? ((PyInt) v).isTrue() : v.isTrue();
        s[sp - 1] = null;
        Rc.decref(v);
        return t;
    }

    /** COMPARE_JUMP's test (a comparison and the branch on it, no bool pushed): pops both operands. */
    static boolean compareJump(PyObject[] s, int sp, int op) {
        PyObject b = s[sp - 1], a = s[sp - 2];
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null && ((PyInt) b).big == null) {
            boolean t = CmpOp.test(op, Long.compare(((PyInt) a).value, ((PyInt) b).value));
            Rc.decref(a);
            Rc.decref(b);
            return t;
        }
        if (a instanceof PyFloat fa && b instanceof PyFloat fb) {
            boolean t = compareDoubles(op, fa.value, fb.value);
            Rc.decref(a);
            Rc.decref(b);
            return t;
        }
        PyObject r = Ops.richCompare(a, b, op);
        s[sp - 1] = null;
        s[sp - 2] = null;
        Rc.decref(a);
        Rc.decref(b);
        return r == PyBool.TRUE || r != PyBool.FALSE && truthAndDrop(r);
    }

    /** {@code local op= constant} (LOAD_FAST, LOAD_CONST, INPLACE_OP, STORE_FAST in one). */
    static void inplaceFastConst(Code co, PyObject[] s, int slot, int data) {
        PyObject old = s[slot];
        if (old == null) throw unboundLocal(co.varnames[slot]);
        PyObject c = co.consts[data >>> 8];
        int op = data & 0xff;
        if (old.getClass() == PyInt.class && c.getClass() == PyInt.class && (op == BinOps.ADD || op == BinOps.SUB)
                && ((PyInt) c).big == null && ((PyInt) c).value != Long.MIN_VALUE && Rc.isUnique(old)
                && ((PyInt) old).addInPlace(op == BinOps.ADD ? ((PyInt) c).value : -((PyInt) c).value)) {
            return;
        }
        PyObject r = (old.getClass() == PyInt.class && c.getClass() == PyInt.class) || old instanceof PyFloat
                ? binaryOp(op, old, c) : Ops.inplace(op, old, c);
        s[slot] = r;
        Rc.decref(old);
    }

    /** JUMP_IF_TRUE_OR_POP ({@code whenTrue}) and JUMP_IF_FALSE_OR_POP: true to jump (keeping the value). */
    static boolean jumpOrPop(PyObject[] s, int sp, boolean whenTrue) {
        PyObject v = s[sp - 1];
        if (v.isTrue() == whenTrue) return true;
        s[sp - 1] = null;
        Rc.decref(v);
        return false;
    }

    static void loadGlobalStack(Frame f, Code co, PyObject[] s, int sp, int pc, int nameIndex) {
        s[sp] = loadGlobal(co, pc, f.globals, f.builtins, nameIndex);
    }

    static void loadDeref(Code co, PyObject[] s, int sp, int slot) {
        PyObject v = ((PyCell) s[slot]).ref;
        if (v == null) throw unboundDeref(co, slot);
        Rc.incref(v);
        s[sp] = v;
    }

    static void storeDeref(PyObject[] s, int sp, int slot) {
        PyCell c = (PyCell) s[slot];
        PyObject old = c.ref;
        c.ref = s[sp - 1];
        if (old != null) Rc.decref(old);
    }

    static void loadClosure(PyObject[] s, int sp, int slot) {
        PyObject c = s[slot];
        Rc.incref(c);
        s[sp] = c;
    }

    /** LOAD_FAST_ATTR: arg is the local's slot | name index << 8. */
    static void loadFastAttr(Code co, PyObject[] s, int sp, int pc, int arg) {
        PyObject o = s[arg & 0xff];
        if (o == null) throw unboundLocal(co.varnames[arg & 0xff]);
        s[sp] = loadAttr(co, pc, o, arg >>> 8);
    }

    static void storeFastAttr(Code co, PyObject[] s, int sp, int pc, int arg) {
        PyObject o = s[arg & 0xff];
        if (o == null) throw unboundLocal(co.varnames[arg & 0xff]);
        PyObject v = s[sp - 1];
        storeAttr(co, pc, o, arg >>> 8, v);
        s[sp - 1] = null;
        Rc.decref(v);
    }

    static void loadFastMethod(Code co, PyObject[] s, int sp, int pc, int arg) {
        PyObject o = s[arg & 0xff];
        if (o == null) throw unboundLocal(co.varnames[arg & 0xff]);
        String name = co.names[arg >>> 8];
        PyObject m = unboundMethod(co, pc, o, name);
        if (m != null) {
            Rc.incref(m);
            Rc.incref(o);
            s[sp] = m;
            s[sp + 1] = o;
        } else {
            PyObject a = o.getAttr(name);
            s[sp] = null;
            s[sp + 1] = a;
        }
    }

    static void loadAttrStack(Code co, PyObject[] s, int sp, int pc, int nameIndex) {
        PyObject o = s[sp - 1];
        s[sp - 1] = loadAttr(co, pc, o, nameIndex);
        Rc.decref(o);
    }

    static void storeAttrStack(Code co, PyObject[] s, int sp, int pc, int nameIndex) {
        PyObject o = s[sp - 1], v = s[sp - 2];
        storeAttr(co, pc, o, nameIndex, v);
        s[sp - 1] = null;
        s[sp - 2] = null;
        Rc.decref(o);
        Rc.decref(v);
    }

    static void loadMethod(Code co, PyObject[] s, int sp, int pc, int nameIndex) {
        PyObject o = s[sp - 1];
        PyObject m = unboundMethod(co, pc, o, co.names[nameIndex]);
        if (m != null) {
            Rc.incref(m);
            s[sp - 1] = m;
            s[sp] = o;
        } else {
            PyObject a = o.getAttr(co.names[nameIndex]);
            s[sp - 1] = null;
            s[sp] = a;
            Rc.decref(o);
        }
    }

    /** CALL: {@code [callable, args...]} replaced by the result; kw names the last arguments, or null. */
    static void callStack(ThreadState ts, PyObject[] s, int sp, int argc, String[] kw) {
        int base = sp - argc - 1;
        PyObject r = call(ts, s[base], s, base + 1, argc, kw);
        for (int i = sp - 1; i >= base; i--) {
            PyObject o = s[i];
            s[i] = null;
            Rc.decref(o);
        }
        s[base] = r;
    }

    /** CALL_METHOD: {@code [func-or-null, self-or-callable, args...]} replaced by the result. */
    static void callMethodStack(ThreadState ts, PyObject[] s, int sp, int argc, String[] kw) {
        int base = sp - argc - 2;
        PyObject m = s[base];
        PyObject r = m != null ? call(ts, m, s, base + 1, argc + 1, kw) : call(ts, s[base + 1], s, base + 2, argc, kw);
        for (int i = sp - 1; i >= base; i--) {
            PyObject o = s[i];
            s[i] = null;
            Rc.xdecref(o);
        }
        s[base] = r;
    }

    // ---------------------------------------------------------------- the compiled tier's direct calls

    /**
     * The compiled code a call of {@code callable} can enter directly (a Python function, not a
     * generator, whose code compiles), or null for the general path ({@link #callStack}).
     */
    static CompiledCode directTarget(PyObject callable) {
        if (callable instanceof PyFunction fn && Tier.compiled && !fn.code.isGenerator()) return Tier.compiledCode(fn.code);
        return null;
    }

    /**
     * A direct call's entry: the callee's frame, with what {@link Eval#run} does before running a
     * frame (the recursion count and limit, the function-entry safe point). The callee is
     * {@code s[at]} and its {@code n} arguments follow it; the caller then runs the compiled code
     * and calls {@link #leaveCall} whatever happens.
     */
    static Frame enterCall(ThreadState ts, PyObject[] s, int at, int n) {
        Frame f = newFrame(ts, (PyFunction) s[at], s, at + 1, n, null);
        if (++ts.depth > ts.interp.recursionLimit) {
            ts.depth--;
            f.clear();
            throw Py.raise(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
        if (ts.evalBreaker != 0) {
            try {
                breaker(ts);
            } catch (RuntimeException | Error e) {
                ts.depth--;
                throw e;
            }
        }
        return f;
    }

    /**
     * YIELD_VALUE (both tiers): the frame is suspended with the yielded value popped; it resumes at
     * {@code resumePc}, where the caller will have pushed the sent value.
     */
    static PyObject yieldValue(Frame f, PyObject[] s, int sp, int resumePc) {
        PyObject v = s[sp - 1];
        f.pc = resumePc;
        f.sp = sp - 1;
        f.yielded = true;
        return v;
    }

    /** A generator resumed: the exception its close() or throw() left is raised at the yield. */
    static void resumeAt(Frame f) {
        PyBaseException x = f.pendingThrow;
        if (x == null) return;
        f.pendingThrow = null;
        throw new PyException(x);
    }

    static void leaveCall(ThreadState ts) {
        ts.depth--;
    }

    /** After a direct call: the callee and arguments ({@code s[base..sp)}) replaced by the result. */
    static void finishCall(PyObject r, PyObject[] s, int sp, int base) {
        for (int i = sp - 1; i >= base; i--) {
            PyObject o = s[i];
            s[i] = null;
            Rc.xdecref(o);
        }
        s[base] = r;
    }

    /** The keyword names of a CALL (a KW_NAMES constant), or null. */
    static String[] kwNamesOf(PyObject constant) {
        return kwNames((PyTuple) constant);
    }

    static PyObject returnValue(Frame f, PyObject[] s, int sp) {
        PyObject r = s[sp - 1];
        s[sp - 1] = null;
        f.sp = sp - 1;
        f.clear();
        return r;
    }

    static void getIter(PyObject[] s, int sp) {
        PyObject o = s[sp - 1];
        s[sp - 1] = o.iter();
        Rc.decref(o);
    }

    /** FOR_ITER: true when the next value was pushed, false when the iterator ended (it is popped). */
    static boolean forIter(PyObject[] s, int sp) {
        // the two iterators loops use most, called as the final classes they are: one shared
        // virtual call site for every iterator type would not be inlined (its profile mixes them all)
        PyObject it0 = s[sp - 1];
        PyObject v = it0.getClass() == PyRange.RangeIter.class ? ((PyRange.RangeIter) it0).next()
                : it0.getClass() == PyList.ListIter.class ? ((PyList.ListIter) it0).next() : it0.next();
        return pushNextOrDrop(s, sp, v);
    }

    static void binarySubscr(PyObject[] s, int sp) {
        PyObject k = s[sp - 1], o = s[sp - 2];
        PyObject r = o.getClass() == PyList.class && k.getClass() == PyInt.class ? ((PyList) o).getIndex((PyInt) k)
                : o.getClass() == PyDict.class ? ((PyDict) o).getItem(k)
                : o.getClass() == PyTuple.class ? ((PyTuple) o).getItem(k) : o.getItem(k);
        s[sp - 1] = null;
        s[sp - 2] = r;
        Rc.decref(o);
        Rc.decref(k);
    }

    static void storeSubscr(PyObject[] s, int sp) {
        PyObject k = s[sp - 1], o = s[sp - 2], v = s[sp - 3];
        if (o.getClass() == PyList.class && k.getClass() == PyInt.class) ((PyList) o).setIndex((PyInt) k, v);
        else if (o.getClass() == PyDict.class) ((PyDict) o).setItem(k, v);
        else o.setItem(k, v);
        s[sp - 1] = s[sp - 2] = s[sp - 3] = null;
        Rc.decref(k);
        Rc.decref(o);
        Rc.decref(v);
    }

    static void buildSlice(PyObject[] s, int sp, int n) {
        PyObject step = n == 3 ? s[sp - 1] : Py.None;
        PyObject stop = s[sp - n + 1], start = s[sp - n];
        if (n == 3) s[sp - 1] = null;
        s[sp - n + 1] = null;
        s[sp - n] = new PySlice(start, stop, step);
    }

    /** UNARY_NEG, UNARY_POS, UNARY_INVERT: {@code op} is the BinOps code. */
    static void unary(PyObject[] s, int sp, int op) {
        PyObject o = s[sp - 1];
        s[sp - 1] = o.unaryOp(op);
        Rc.decref(o);
    }

    static void unaryNot(PyObject[] s, int sp) {
        PyObject o = s[sp - 1];
        s[sp - 1] = Py.bool(!o.isTrue());
        Rc.decref(o);
    }

    static void isOp(PyObject[] s, int sp, int arg) {
        PyObject b = s[sp - 1], a = s[sp - 2];
        s[sp - 1] = null;
        s[sp - 2] = Py.bool((a == b) != (arg == 1));
        Rc.decref(a);
        Rc.decref(b);
    }

    static void rotTwo(PyObject[] s, int sp) {
        PyObject t = s[sp - 1];
        s[sp - 1] = s[sp - 2];
        s[sp - 2] = t;
    }

    static void rotThree(PyObject[] s, int sp) {
        PyObject t = s[sp - 1];
        s[sp - 1] = s[sp - 2];
        s[sp - 2] = s[sp - 3];
        s[sp - 3] = t;
    }

    static void dupTop(PyObject[] s, int sp) {
        PyObject t = s[sp - 1];
        Rc.incref(t);
        s[sp] = t;
    }

    static void dupTopTwo(PyObject[] s, int sp) {
        PyObject a = s[sp - 2], b = s[sp - 1];
        Rc.incref(a);
        Rc.incref(b);
        s[sp] = a;
        s[sp + 1] = b;
    }

    static void buildTuple(PyObject[] s, int sp, int n) {
        if (n == 0) {
            s[sp] = PyTuple.EMPTY;
            return;
        }
        PyObject[] items = Arrays.copyOfRange(s, sp - n, sp);
        Arrays.fill(s, sp - n, sp, null);
        s[sp - n] = new PyTuple(items);
    }

    static void buildList(PyObject[] s, int sp, int n) {
        PyObject[] items = Arrays.copyOfRange(s, sp - n, sp);
        Arrays.fill(s, sp - n, sp, null);
        s[sp - n] = new PyList(items, n);
    }

    static void listAppend(PyObject[] s, int sp, int depth) {
        PyObject v = s[sp - 1];
        s[sp - 1] = null;
        ((PyList) s[sp - 1 - depth]).appendOwned(v);
    }

    static void importName(ThreadState ts, Code co, PyObject[] s, int sp, int nameIndex) {
        s[sp] = ts.interp.importModule(co.names[nameIndex]);
    }

    static void deleteGlobal(Frame f, Code co, int nameIndex) {
        if (!f.globals.delStr(co.names[nameIndex])) throw Py.nameError(co.names[nameIndex]);
    }

    static void deleteName(Frame f, Code co, int nameIndex) {
        if (!(f.ns != null ? f.ns : f.globals).delStr(co.names[nameIndex])) throw Py.nameError(co.names[nameIndex]);
    }

    static void loadAssertionError(PyObject[] s, int sp) {
        s[sp] = ExcTypes.AssertionError;
    }

    static PyException raiseVarargs(ThreadState ts, PyObject[] s, int sp, int n) {
        return raise(ts, n, s, sp);
    }

    /**
     * Where an exception raised by the instruction at {@code at} goes (both tiers): the traceback
     * entry and {@code __context__}, then the innermost handler covering {@code at}. With one, the
     * stack is unwound from {@code sp} to the handler's depth, the exception pushed, and the index of
     * the handler in {@link Code#handlers} returned; without one the frame is cleared and the
     * exception thrown on.
     */
    static int unwind(ThreadState ts, Frame f, PyException e, int at, int sp) {
        Code co = f.code;
        int[] code = co.code;
        int raisingOp = code[at] & 0xff;
        if (raisingOp != Op.RERAISE && raisingOp != Op.POP_EXCEPT_RERAISE) {
            // the line where the exception passed through this frame (a re-raise from handler code
            // keeps the line recorded when it first arrived, as CPython)
            e.value.traceback.add(new PyBaseException.TracebackEntry(co.filename, co.lineAt(at), co.name));
            // raised while another was being handled: remember it (__context__)
            if (ts.handled != null && e.value.context == null && e.value != ts.handled) e.value.setContext(ts.handled);
        }
        int[] h = co.handlers;
        for (int i = 0; i < h.length; i += 4) {
            if (at >= h[i] && at < h[i + 1]) {
                PyObject[] s = f.s;
                int base = co.nlocalsplus + h[i + 3];
                while (sp > base) {
                    PyObject o = s[--sp];
                    s[sp] = null;
                    Rc.xdecref(o);
                }
                s[sp] = e.value;
                return i;
            }
        }
        f.sp = sp;
        f.clear();
        throw e;
    }

    /**
     * The compiled tier's catch: {@code state} is the raising instruction's pc | its stack pointer
     * before it << 16. A Python exception is routed as {@link #unwind} says; a Java stack overflow
     * becomes RecursionError leaving this frame (as in the interpreter); anything else (an
     * abandoned worker, an internal error) passes through untouched.
     */
    static int compiledUnwind(ThreadState ts, Frame f, Throwable t, int state) {
        int at = state & 0xffff, sp = state >>> 16;
        if (t instanceof PyException e) return unwind(ts, f, e, at, sp);
        if (t instanceof StackOverflowError) {
            f.sp = Math.min(sp, f.s.length);
            f.clear();
            throw Py.raise(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
        throw Insns.<RuntimeException>sneaky(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}

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

    // ---------------------------------------------------------------- calls

    /** Calls a Python function with {@code n} arguments (borrowed) from {@code args[start..]}. */
    static PyObject callFunction(ThreadState ts, PyFunction fn, PyObject[] args, int start, int n, String[] kwnames) {
        Frame f = newFrame(ts, fn, args, start, n, kwnames);
        if (fn.code.isGenerator()) return new PyGenerator(f, fn.code.isCoroutine());
        return run(ts, f);
    }

    private static Frame newFrame(ThreadState ts, PyFunction fn, PyObject[] args, int start, int n, String[] kwnames) {
        Code co = fn.code;
        Frame f = new Frame(co, fn.globals, ts.interp.builtins);
        PyObject[] s = f.s;
        if (kwnames == null && n == co.argcount && (co.flags & (Code.VARARGS | Code.VARKW)) == 0 && co.kwonlycount == 0) {
            for (int i = 0; i < n; i++) {
                PyObject a = args[start + i];
                Rc.incref(a);
                s[i] = a;
            }
        } else {
            try {
                bindArguments(fn, s, args, start, n, kwnames);
            } catch (RuntimeException e) {
                f.clear();
                throw e;
            }
        }
        int nl = co.nlocals();
        int[] cell2arg = co.cell2arg;
        for (int c = 0; c < cell2arg.length; c++) {
            PyObject init = null;
            if (cell2arg[c] >= 0) {
                init = s[cell2arg[c]];
                s[cell2arg[c]] = null;
            }
            s[nl + c] = new PyCell(init);
        }
        PyCell[] closure = fn.closure;
        for (int i = 0; i < closure.length; i++) {
            Rc.incref(closure[i]);
            s[nl + cell2arg.length + i] = closure[i];
        }
        return f;
    }

    /** The general argument binding, with CPython's error messages. */
    private static void bindArguments(PyFunction fn, PyObject[] s, PyObject[] args, int start, int n, String[] kwnames) {
        Code co = fn.code;
        String name = co.qualname;
        int argc = co.argcount, kwonly = co.kwonlycount;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        boolean varargs = co.hasVarargs(), varkw = co.hasVarkw();
        int varargsSlot = argc + kwonly, varkwSlot = varargsSlot + (varargs ? 1 : 0);
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            s[varkwSlot] = kwdict;
        }
        for (int i = 0; i < Math.min(npos, argc); i++) s[i] = Rc.newRef(args[start + i]);
        if (npos > argc) {
            if (!varargs) {
                int ndef = fn.defaults.length;
                String takes = ndef > 0 ? "from " + (argc - ndef) + " to " + argc : String.valueOf(argc);
                throw Py.typeError(name + "() takes " + takes + " positional argument" + (argc == 1 && ndef == 0 ? "" : "s")
                        + " but " + npos + (npos == 1 ? " was" : " were") + " given");
            }
            PyObject[] extra = new PyObject[npos - argc];
            for (int i = 0; i < extra.length; i++) extra[i] = Rc.newRef(args[start + argc + i]);
            s[varargsSlot] = new PyTuple(extra);
        } else if (varargs) {
            s[varargsSlot] = PyTuple.EMPTY;
        }
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject v = args[start + npos + k];
            int slot = -1;
            for (int i = 0; i < argc + kwonly; i++) {
                if (co.varnames[i].equals(kw)) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                if (kwdict == null) throw Py.typeError(name + "() got an unexpected keyword argument '" + kw + "'");
                kwdict.setStr(kw, v);
                continue;
            }
            if (s[slot] != null) throw Py.typeError(name + "() got multiple values for argument '" + kw + "'");
            s[slot] = Rc.newRef(v);
        }
        int ndef = fn.defaults.length;
        StringBuilder missing = new StringBuilder();
        int nmissing = 0;
        for (int i = 0; i < argc; i++) {
            if (s[i] != null) continue;
            int d = i - (argc - ndef);
            if (d >= 0) {
                s[i] = Rc.newRef(fn.defaults[d]);
            } else {
                nmissing++;
                appendName(missing, co.varnames[i]);
            }
        }
        if (nmissing > 0) {
            throw Py.typeError(name + "() missing " + nmissing + " required positional argument" + (nmissing == 1 ? "" : "s")
                    + ": " + finishNames(missing, nmissing));
        }
        for (int i = argc; i < argc + kwonly; i++) {
            if (s[i] != null) continue;
            PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(co.varnames[i]);
            if (d != null) {
                s[i] = Rc.newRef(d);
            } else {
                nmissing++;
                appendName(missing, co.varnames[i]);
            }
        }
        if (nmissing > 0) {
            throw Py.typeError(name + "() missing " + nmissing + " required keyword-only argument" + (nmissing == 1 ? "" : "s")
                    + ": " + finishNames(missing, nmissing));
        }
    }

    private static void appendName(StringBuilder sb, String n) {
        if (sb.length() > 0) sb.append('\u0000');
        sb.append('\'').append(n).append('\'');
    }

    /** 'a', 'a' and 'b', 'a', 'b' and 'c' as CPython words a list of missing arguments. */
    private static String finishNames(StringBuilder sb, int n) {
        String[] parts = sb.toString().split("\u0000");
        if (n == 1) return parts[0];
        if (n == 2) return parts[0] + " and " + parts[1];
        return String.join(", ", Arrays.copyOf(parts, n - 1)) + ", and " + parts[n - 1];
    }

    /** Calls any callable with arguments on a stack; arguments stay owned by the caller. */
    static PyObject call(ThreadState ts, PyObject callable, PyObject[] s, int start, int n, String[] kwnames) {
        if (callable instanceof PyFunction fn) return callFunction(ts, fn, s, start, n, kwnames);
        if (callable instanceof PyMethod m && m.func instanceof PyFunction fn) {
            PyObject[] args = new PyObject[n + 1];
            args[0] = m.self;
            System.arraycopy(s, start, args, 1, n);
            return callFunction(ts, fn, args, 0, n + 1, kwnames);
        }
        if (callable instanceof PyMethodDescr d && n - (kwnames == null ? 0 : kwnames.length) >= 1
                && s[start].type().isSubtypeOf(d.owner)) {
            return d.fn.call(s[start], Arrays.copyOfRange(s, start + 1, start + n), kwnames);
        }
        return callable.call(Arrays.copyOfRange(s, start, start + n), kwnames);
    }

    // ---------------------------------------------------------------- the loop

    /**
     * The eval breaker's slow path: a worker the runner gave up on (hung past its timeout) stops
     * here, at its next safe point; otherwise the model's hook runs.
     */
    private static void breaker(ThreadState ts) {
        if (ts.abandoned) throw new WorkerAbandoned();
        if ((ts.evalBreaker & ThreadState.GC_BIT) != 0) { // _Py_RunGC, as 3.12 schedules it
            ts.clearBreaker(ThreadState.GC_BIT);
            ts.interp.gc.collectScheduled(ts);
        }
        ts.hooks.onEvalBreaker(ts);
    }

    /** Runs (or resumes) a frame; returns its result (or yielded value: see {@link Frame#yielded}). */
    static PyObject run(ThreadState ts, Frame f) {
        if (++ts.depth > ts.interp.recursionLimit) {
            ts.depth--;
            f.clear();
            throw Py.raise(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        }
        if (ts.evalBreaker != 0) breaker(ts);
        final Code co = f.code;
        final int[] code = co.code;
        final PyObject[] consts = co.consts;
        final String[] names = co.names;
        final PyObject[] s = f.s;
        int pc = f.pc;
        int sp = f.sp;
        String[] kwnames = null;
        boolean countNext = true; // instruction ticks only: Python 2.7's ticker skipped some instructions
        try {
            while (true) {
                try {
                    if (f.pendingThrow != null) { // a generator being closed: raise at its yield
                        PyBaseException x = f.pendingThrow;
                        f.pendingThrow = null;
                        throw new PyException(x);
                    }
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
                        switch (ins & 0xff) {
                            case Op.NOP:
                                break;
                            case Op.LOAD_FAST: {
                                PyObject v = s[arg];
                                if (v == null) throw unboundLocal(co.varnames[arg]);
                                Rc.incref(v);
                                s[sp++] = v;
                                break;
                            }
                            case Op.STORE_FAST: {
                                PyObject old = s[arg];
                                s[arg] = s[--sp];
                                if (old != null) Rc.decref(old);
                                break;
                            }
                            case Op.LOAD_CONST: {
                                // constants are immortal: Py_INCREF's immortal test (3.12) returns at once,
                                // except under a model that counts immortals too (fine-grained, immortals=false)
                                PyObject v = consts[arg];
                                Rc.incref(v);
                                s[sp++] = v;
                                break;
                            }
                            case Op.POP_TOP:
                                Rc.xdecref(s[--sp]);
                                break;
                            // Operands stay on the stack until the operation has succeeded: if it
                            // raises, unwinding the stack releases them.
                            case Op.BINARY_OP: {
                                PyObject b = s[sp - 1], a = s[sp - 2];
                                PyObject r = binaryOp(arg, a, b);
                                s[--sp] = null;
                                s[sp - 1] = r;
                                Rc.decref(a);
                                Rc.decref(b);
                                break;
                            }
                            case Op.INPLACE_OP: {
                                PyObject b = s[sp - 1], a = s[sp - 2];
                                PyObject r = (a.getClass() == PyInt.class && b.getClass() == PyInt.class)
                                        || (a instanceof PyFloat && b instanceof PyFloat) ? binaryOp(arg, a, b) : Ops.inplace(arg, a, b);
                                s[--sp] = null;
                                s[sp - 1] = r;
                                Rc.decref(a);
                                Rc.decref(b);
                                break;
                            }
                            case Op.COMPARE_OP: {
                                PyObject b = s[sp - 1], a = s[sp - 2];
                                PyObject r;
                                if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null && ((PyInt) b).big == null) {
                                    r = Py.bool(CmpOp.test(arg, Long.compare(((PyInt) a).value, ((PyInt) b).value)));
                                } else if (a instanceof PyFloat fa && b instanceof PyFloat fb) {
                                    r = fa.richCompare(fb, arg);
                                } else {
                                    r = Ops.richCompare(a, b, arg);
                                }
                                s[--sp] = null;
                                s[sp - 1] = r;
                                Rc.decref(a);
                                Rc.decref(b);
                                break;
                            }
                            case Op.POP_JUMP_IF_FALSE: {
                                PyObject v = s[--sp];
                                boolean t = v == PyBool.TRUE || v != PyBool.FALSE && truthAndDrop(v);
                                if (!t) {
                                    if (arg < pc && ts.evalBreaker != 0) breaker(ts);
                                    pc = arg;
                                }
                                break;
                            }
                            case Op.POP_JUMP_IF_TRUE: {
                                PyObject v = s[--sp];
                                boolean t = v == PyBool.TRUE || v != PyBool.FALSE && truthAndDrop(v);
                                if (t) {
                                    if (arg < pc && ts.evalBreaker != 0) breaker(ts);
                                    pc = arg;
                                }
                                break;
                            }
                            case Op.COMPARE_JUMP: {
                                // COMPARE_OP fused with a conditional jump: no bool is pushed and popped
                                PyObject b = s[--sp], a = s[--sp];
                                int target = code[pc++];
                                boolean t;
                                if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null && ((PyInt) b).big == null) {
                                    t = CmpOp.test(arg & 7, Long.compare(((PyInt) a).value, ((PyInt) b).value));
                                    Rc.decref(a);
                                    Rc.decref(b);
                                } else if (a instanceof PyFloat fa && b instanceof PyFloat fb) {
                                    t = compareDoubles(arg & 7, fa.value, fb.value);
                                    Rc.decref(a);
                                    Rc.decref(b);
                                } else {
                                    PyObject r;
                                    try {
                                        r = Ops.richCompare(a, b, arg & 7);
                                    } finally {
                                        Rc.decref(a);
                                        Rc.decref(b);
                                    }
                                    t = r == PyBool.TRUE || r != PyBool.FALSE && truthAndDrop(r);
                                }
                                if (t == ((arg & 8) != 0)) {
                                    if (target < pc && ts.evalBreaker != 0) breaker(ts);
                                    pc = target;
                                }
                                break;
                            }
                            case Op.INPLACE_FAST_CONST: {
                                // local op= constant (LOAD_FAST, LOAD_CONST, INPLACE_OP, STORE_FAST in one)
                                int data = code[pc++];
                                PyObject old = s[arg];
                                if (old == null) throw unboundLocal(co.varnames[arg]);
                                PyObject c = consts[data >>> 8];
                                int op = data & 0xff;
                                if (old.getClass() == PyInt.class && c.getClass() == PyInt.class && (op == BinOps.ADD || op == BinOps.SUB)
                                        && ((PyInt) c).big == null && ((PyInt) c).value != Long.MIN_VALUE && Rc.isUnique(old)
                                        && ((PyInt) old).addInPlace(op == BinOps.ADD ? ((PyInt) c).value : -((PyInt) c).value)) {
                                    break;
                                }
                                PyObject r = (old.getClass() == PyInt.class && c.getClass() == PyInt.class) || old instanceof PyFloat
                                        ? binaryOp(data & 0xff, old, c) : Ops.inplace(data & 0xff, old, c);
                                s[arg] = r;
                                Rc.decref(old);
                                break;
                            }
                            case Op.JUMP:
                                pc = arg;
                                break;
                            case Op.JUMP_BACKWARD:
                                pc = arg;
                                if (ts.evalBreaker != 0) breaker(ts);
                                break;
                            case Op.JUMP_IF_FALSE_OR_POP: {
                                PyObject v = s[sp - 1];
                                if (!v.isTrue()) pc = arg;
                                else Rc.decref(s[--sp]);
                                break;
                            }
                            case Op.JUMP_IF_TRUE_OR_POP: {
                                PyObject v = s[sp - 1];
                                if (v.isTrue()) pc = arg;
                                else Rc.decref(s[--sp]);
                                break;
                            }
                            case Op.LOAD_GLOBAL:
                                s[sp++] = loadGlobal(co, pc - 1, f.globals, f.builtins, arg);
                                break;
                            case Op.STORE_GLOBAL:
                                sp = opStoreGlobal(ts, f, s, sp, arg);
                                break;

                            case Op.DELETE_GLOBAL:
                                if (!f.globals.delStr(names[arg])) throw Py.nameError(names[arg]);
                                break;
                            case Op.LOAD_NAME:
                                sp = opLoadName(ts, f, s, sp, arg);
                                break;

                            case Op.STORE_NAME:

                                sp = opStoreName(ts, f, s, sp, arg);

                                break;

                            case Op.DELETE_NAME:
                                if (!(f.ns != null ? f.ns : f.globals).delStr(names[arg])) throw Py.nameError(names[arg]);
                                break;
                            case Op.DELETE_FAST:
                                sp = opDeleteFast(ts, f, s, sp, arg);
                                break;

                            case Op.LOAD_DEREF: {
                                PyObject v = ((PyCell) s[arg]).ref;
                                if (v == null) throw unboundDeref(co, arg);
                                Rc.incref(v);
                                s[sp++] = v;
                                break;
                            }
                            case Op.STORE_DEREF: {
                                PyCell c = (PyCell) s[arg];
                                PyObject old = c.ref;
                                c.ref = s[--sp];
                                if (old != null) Rc.decref(old);
                                break;
                            }
                            case Op.DELETE_DEREF:
                                sp = opDeleteDeref(ts, f, s, sp, arg);
                                break;

                            case Op.LOAD_CLOSURE: {
                                PyObject c = s[arg];
                                Rc.incref(c);
                                s[sp++] = c;
                                break;
                            }
                            case Op.LOAD_FAST_ATTR: {
                                PyObject o = s[arg & 0xff];
                                if (o == null) throw unboundLocal(co.varnames[arg & 0xff]);
                                s[sp++] = loadAttr(co, pc - 1, o, arg >>> 8);
                                break;
                            }
                            case Op.STORE_FAST_ATTR: {
                                PyObject o = s[arg & 0xff];
                                if (o == null) throw unboundLocal(co.varnames[arg & 0xff]);
                                PyObject v = s[--sp];
                                s[sp] = null;
                                try {
                                    storeAttr(co, pc - 1, o, arg >>> 8, v);
                                } finally {
                                    Rc.decref(v);
                                }
                                break;
                            }

                            case Op.LOAD_FAST_METHOD: {
                                PyObject o = s[arg & 0xff];
                                if (o == null) throw unboundLocal(co.varnames[arg & 0xff]);
                                String name = names[arg >>> 8];
                                PyObject m = unboundMethod(co, pc - 1, o, name);
                                if (m != null) {
                                    Rc.incref(m);
                                    Rc.incref(o);
                                    s[sp++] = m;
                                    s[sp++] = o;
                                } else {
                                    PyObject a = o.getAttr(name);
                                    s[sp++] = null;
                                    s[sp++] = a;
                                }
                                break;
                            }
                            case Op.LOAD_ATTR: {
                                PyObject o = s[sp - 1];
                                s[sp - 1] = loadAttr(co, pc - 1, o, arg);
                                Rc.decref(o);
                                break;
                            }
                            case Op.STORE_ATTR: {
                                PyObject o = s[--sp], v = s[--sp];
                                s[sp] = s[sp + 1] = null;
                                try {
                                    storeAttr(co, pc - 1, o, arg, v);
                                } finally {
                                    Rc.decref(o);
                                    Rc.decref(v);
                                }
                                break;
                            }

                            case Op.DELETE_ATTR:

                                sp = opDeleteAttr(ts, f, s, sp, arg);

                                break;

                            case Op.LOAD_METHOD: {
                                PyObject o = s[sp - 1];
                                PyObject m = unboundMethod(co, pc - 1, o, names[arg]);
                                if (m != null) {
                                    Rc.incref(m);
                                    s[sp - 1] = m;
                                    s[sp++] = o;
                                } else {
                                    PyObject a;
                                    try {
                                        a = o.getAttr(names[arg]);
                                    } catch (PyException e) {
                                        s[--sp] = null;
                                        Rc.decref(o);
                                        throw e;
                                    }
                                    s[sp - 1] = null;
                                    s[sp++] = a;
                                    Rc.decref(o);
                                }
                                break;
                            }
                            case Op.KW_NAMES:
                                kwnames = kwNames((PyTuple) consts[arg]);
                                break;
                            case Op.CALL: {
                                int base = sp - arg - 1;
                                PyObject callable = s[base];
                                String[] kw = kwnames;
                                kwnames = null;
                                PyObject r = call(ts, callable, s, base + 1, arg, kw);
                                for (int i = sp - 1; i >= base; i--) {
                                    PyObject o = s[i];
                                    s[i] = null;
                                    Rc.decref(o);
                                }
                                sp = base;
                                s[sp++] = r;
                                break;
                            }
                            case Op.CALL_METHOD: {
                                int base = sp - arg - 2;
                                PyObject m = s[base];
                                String[] kw = kwnames;
                                kwnames = null;
                                PyObject r = m != null ? call(ts, m, s, base + 1, arg + 1, kw) : call(ts, s[base + 1], s, base + 2, arg, kw);
                                for (int i = sp - 1; i >= base; i--) {
                                    PyObject o = s[i];
                                    s[i] = null;
                                    Rc.xdecref(o);
                                }
                                sp = base;
                                s[sp++] = r;
                                break;
                            }
                            case Op.CALL_FUNCTION_EX:
                                sp = opCallFunctionEx(ts, f, s, sp, arg);
                                break;

                            case Op.RETURN_VALUE: {
                                PyObject r = s[--sp];
                                s[sp] = null;
                                f.sp = sp;
                                f.clear();
                                return r;
                            }
                            case Op.GET_ITER: {
                                PyObject o = s[sp - 1];
                                s[sp - 1] = o.iter();
                                Rc.decref(o);
                                break;
                            }
                            case Op.FOR_ITER: {
                                PyObject v = s[sp - 1].next();
                                if (v != null) {
                                    s[sp++] = v;
                                } else {
                                    Rc.decref(s[--sp]);
                                    s[sp] = null;
                                    pc = arg;
                                }
                                break;
                            }
                            case Op.BINARY_SUBSCR: {
                                PyObject k = s[sp - 1], o = s[sp - 2];
                                PyObject r = o.getClass() == PyList.class && k.getClass() == PyInt.class
                                        ? ((PyList) o).getIndex((PyInt) k) : o.getItem(k);
                                s[--sp] = null;
                                s[sp - 1] = r;
                                Rc.decref(o);
                                Rc.decref(k);
                                break;
                            }
                            case Op.STORE_SUBSCR: {
                                PyObject k = s[--sp], o = s[--sp], v = s[--sp];
                                try {
                                    if (o.getClass() == PyList.class && k.getClass() == PyInt.class) ((PyList) o).setIndex((PyInt) k, v);
                                    else o.setItem(k, v);
                                } finally {
                                    Rc.decref(k);
                                    Rc.decref(o);
                                    Rc.decref(v);
                                }
                                break;
                            }
                            case Op.DELETE_SUBSCR:
                                sp = opDeleteSubscr(ts, f, s, sp, arg);
                                break;

                            case Op.BUILD_SLICE: {
                                PyObject step = arg == 3 ? s[--sp] : Py.None;
                                PyObject stop = s[--sp], start = s[--sp];
                                s[sp++] = new PySlice(start, stop, step);
                                break;
                            }
                            case Op.UNARY_NEG: case Op.UNARY_POS: case Op.UNARY_INVERT: {
                                PyObject o = s[sp - 1];
                                int op = (ins & 0xff) == Op.UNARY_NEG ? BinOps.NEG : (ins & 0xff) == Op.UNARY_POS ? BinOps.POS : BinOps.INVERT;
                                s[sp - 1] = o.unaryOp(op);
                                Rc.decref(o);
                                break;
                            }
                            case Op.UNARY_NOT: {
                                PyObject o = s[sp - 1];
                                s[sp - 1] = Py.bool(!o.isTrue());
                                Rc.decref(o);
                                break;
                            }
                            case Op.IS_OP: {
                                PyObject b = s[--sp], a = s[sp - 1];
                                s[sp - 1] = Py.bool((a == b) != (arg == 1));
                                Rc.decref(a);
                                Rc.decref(b);
                                break;
                            }
                            case Op.CONTAINS_OP:
                                sp = opContainsOp(ts, f, s, sp, arg);
                                break;

                            case Op.ROT_TWO: {
                                PyObject t = s[sp - 1];
                                s[sp - 1] = s[sp - 2];
                                s[sp - 2] = t;
                                break;
                            }
                            case Op.ROT_THREE: {
                                PyObject t = s[sp - 1];
                                s[sp - 1] = s[sp - 2];
                                s[sp - 2] = s[sp - 3];
                                s[sp - 3] = t;
                                break;
                            }
                            case Op.DUP_TOP: {
                                PyObject t = s[sp - 1];
                                Rc.incref(t);
                                s[sp++] = t;
                                break;
                            }
                            case Op.DUP_TOP_TWO: {
                                PyObject a = s[sp - 2], b = s[sp - 1];
                                Rc.incref(a);
                                Rc.incref(b);
                                s[sp++] = a;
                                s[sp++] = b;
                                break;
                            }
                            case Op.BUILD_TUPLE: {
                                if (arg == 0) {
                                    s[sp++] = PyTuple.EMPTY;
                                } else {
                                    PyObject[] items = Arrays.copyOfRange(s, sp - arg, sp);
                                    Arrays.fill(s, sp - arg, sp, null);
                                    sp -= arg;
                                    s[sp++] = new PyTuple(items);
                                }
                                break;
                            }
                            case Op.BUILD_LIST: {
                                PyObject[] items = Arrays.copyOfRange(s, sp - arg, sp);
                                Arrays.fill(s, sp - arg, sp, null);
                                sp -= arg;
                                s[sp++] = new PyList(items, arg);
                                break;
                            }
                            case Op.BUILD_SET:
                                sp = opBuildSet(ts, f, s, sp, arg);
                                break;

                            case Op.BUILD_MAP:

                                sp = opBuildMap(ts, f, s, sp, arg);

                                break;

                            case Op.LIST_APPEND: {
                                PyObject v = s[--sp];
                                ((PyList) s[sp - arg]).appendOwned(v);
                                break;
                            }
                            case Op.SET_ADD:
                                sp = opSetAdd(ts, f, s, sp, arg);
                                break;

                            case Op.MAP_ADD:

                                sp = opMapAdd(ts, f, s, sp, arg);

                                break;

                            case Op.LIST_EXTEND:

                                sp = opListExtend(ts, f, s, sp, arg);

                                break;

                            case Op.SET_UPDATE:

                                sp = opSetUpdate(ts, f, s, sp, arg);

                                break;

                            case Op.DICT_UPDATE: case Op.DICT_MERGE:

                                sp = opDictUpdate(ts, f, s, sp, arg, (ins & 0xff) == Op.DICT_MERGE);

                                break;

                            case Op.LIST_TO_TUPLE:

                                sp = opListToTuple(ts, f, s, sp, arg);

                                break;

                            case Op.UNPACK_SEQUENCE:

                                sp = opUnpackSequence(ts, f, s, sp, arg);

                                break;

                            case Op.UNPACK_EX:
                                sp = opUnpackEx(ts, f, s, sp, arg);
                                break;

                            case Op.MAKE_FUNCTION:

                                sp = opMakeFunction(ts, f, s, sp, arg);

                                break;

                            case Op.BUILD_CLASS:

                                sp = opBuildClass(ts, f, s, sp, arg);

                                break;

                            case Op.YIELD_VALUE: {
                                PyObject v = s[--sp];
                                f.pc = pc;
                                f.sp = sp;
                                f.yielded = true;
                                return v;
                            }
                            case Op.RAISE_VARARGS:
                                throw raise(ts, arg, s, sp);
                            case Op.PUSH_EXC_INFO:
                                sp = opPushExcInfo(ts, f, s, sp, arg);
                                break;

                            case Op.POP_EXCEPT:

                                sp = opPopExcept(ts, f, s, sp, arg);

                                break;

                            case Op.CHECK_EXC_MATCH:

                                sp = opCheckExcMatch(ts, f, s, sp, arg);

                                break;

                            case Op.RERAISE:

                                sp = opReraise(ts, f, s, sp, arg);

                                break;

                            case Op.POP_EXCEPT_RERAISE:

                                sp = opPopExceptReraise(ts, f, s, sp, arg);

                                break;

                            case Op.GET_AWAITABLE:
                                s[sp - 1] = Coroutines.awaitable(s[sp - 1]);
                                break;
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
                            case Op.BEFORE_ASYNC_WITH:
                                sp = Coroutines.beforeAsyncWith(s, sp);
                                break;
                            case Op.GET_AITER:
                                s[sp - 1] = Coroutines.aiter(s[sp - 1]);
                                break;
                            case Op.GET_ANEXT:
                                s[sp] = Coroutines.anext(s[sp - 1]);
                                sp++;
                                break;
                            case Op.END_ASYNC_FOR:
                                sp = Coroutines.endAsyncFor(s, sp);
                                break;
                            case Op.BEFORE_WITH:

                                sp = opBeforeWith(ts, f, s, sp, arg);

                                break;

                            case Op.WITH_EXIT:

                                sp = opWithExit(ts, f, s, sp, arg);

                                break;

                            case Op.WITH_EXCEPT_START:

                                sp = opWithExceptStart(ts, f, s, sp, arg);

                                break;

                            case Op.IMPORT_NAME:
                                s[sp++] = ts.interp.importModule(names[arg]);
                                break;
                            case Op.IMPORT_FROM:
                                sp = opImportFrom(ts, f, s, sp, arg);
                                break;

                            case Op.FORMAT_VALUE:

                                sp = opFormatValue(ts, f, s, sp, arg);

                                break;

                            case Op.BUILD_STRING:

                                sp = opBuildString(ts, f, s, sp, arg);

                                break;

                            case Op.LOAD_ASSERTION_ERROR:
                                s[sp++] = ExcTypes.AssertionError;
                                break;
                            default:
                                throw Py.systemError("unknown opcode " + Op.name(ins & 0xff) + " at " + (pc - 1));
                        }
                    }
                } catch (PyException e) {
                    int at = pc - 1;
                    while (at > 0 && isDataWord(code, at)) at--;
                    int raisingOp = code[at] & 0xff;
                    if (raisingOp != Op.RERAISE && raisingOp != Op.POP_EXCEPT_RERAISE) {
                        // the line where the exception passed through this frame (a re-raise from
                        // handler code keeps the line recorded when it first arrived, as CPython)
                        e.value.traceback.add(new PyBaseException.TracebackEntry(co.filename, co.lineAt(at), co.name));
                        // raised while another was being handled: remember it (__context__)
                        if (ts.handled != null && e.value.context == null && e.value != ts.handled) e.value.setContext(ts.handled);
                    }
                    int[] h = co.handlers;
                    int handler = -1, depth = 0;
                    for (int i = 0; i < h.length; i += 4) {
                        if (at >= h[i] && at < h[i + 1]) {
                            handler = h[i + 2];
                            depth = h[i + 3];
                            break;
                        }
                    }
                    kwnames = null;
                    if (handler < 0) {
                        f.sp = sp;
                        f.clear();
                        throw e;
                    }
                    int base = co.nlocalsplus + depth;
                    while (sp > base) {
                        PyObject o = s[--sp];
                        s[sp] = null;
                        Rc.xdecref(o);
                    }
                    s[sp++] = e.value;
                    pc = handler;
                }
            }
        } catch (StackOverflowError so) {
            f.sp = Math.min(sp, f.s.length);
            f.clear();
            throw Py.raise(ExcTypes.RecursionError, "maximum recursion depth exceeded");
        } finally {
            ts.depth--;
        }
    }

    // ---------------------------------------------------------------- helpers of the loop

    // Cold instructions live out of the loop, so that the loop itself stays small enough for the JIT
    // to inline the hot paths into it (C2 stops inlining into a method past about 8000 bytecodes).
    // Each takes the stack pointer and returns the new one. A pop clears its slot (take): if the
    // instruction then raises, the loop unwinds from its own, older stack pointer and must find
    // the consumed slots empty rather than release them a second time.

    private static PyObject take(PyObject[] s, int i) {
        PyObject o = s[i];
        s[i] = null;
        return o;
    }

    private static int opLoadName(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        final String[] names = co.names;
        String name = names[arg];
        PyObject v = f.ns != null ? f.ns.getStrRef(name) : null;
        if (v == null) v = f.globals.getStrRef(name);
        if (v == null) v = f.builtins.getStrRef(name);
        if (v == null) throw Py.nameError(name);
        s[sp++] = v;
        return sp;
    }

    private static int opStoreName(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        final String[] names = co.names;
        PyObject v = take(s, --sp);
        (f.ns != null ? f.ns : f.globals).setStr(names[arg], v);
        Rc.decref(v);
        return sp;
    }

    private static int opStoreGlobal(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        final String[] names = co.names;
        PyObject v = take(s, --sp);
        f.globals.setStr(names[arg], v);
        Rc.decref(v);
        return sp;
    }

    private static int opDeleteFast(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        PyObject old = s[arg];
        if (old == null) throw unboundLocal(co.varnames[arg]);
        s[arg] = null;
        Rc.decref(old);
        return sp;
    }

    private static int opDeleteDeref(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        PyCell c = (PyCell) s[arg];
        PyObject old = c.ref;
        if (old == null) throw unboundDeref(co, arg);
        c.ref = null;
        Rc.decref(old);
        return sp;
    }

    private static int opDeleteAttr(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        final String[] names = co.names;
        PyObject o = take(s, --sp);
        try {
            o.delAttr(names[arg]);
        } finally {
            Rc.decref(o);
        }
        return sp;
    }

    private static int opCallFunctionEx(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyDict kwargs = (arg & 1) != 0 ? (PyDict) take(s, --sp) : null;
        PyTuple pos = (PyTuple) take(s, --sp);
        PyObject callable = s[sp - 1];
        PyObject r;
        try {
            r = callEx(ts, callable, pos, kwargs);
        } finally {
            Rc.decref(pos);
            Rc.xdecref(kwargs);
        }
        s[sp - 1] = r;
        Rc.decref(callable);
        return sp;
    }

    private static int opDeleteSubscr(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject k = take(s, --sp), o = take(s, --sp);
        try {
            o.delItem(k);
        } finally {
            Rc.decref(k);
            Rc.decref(o);
        }
        return sp;
    }

    private static int opContainsOp(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject container = take(s, --sp), item = s[sp - 1];
        boolean in;
        try {
            in = container.contains(item);
        } catch (PyException e) {
            Rc.decref(container);
            throw e;
        }
        s[sp - 1] = Py.bool(in != (arg == 1));
        Rc.decref(container);
        Rc.decref(item);
        return sp;
    }

    private static int opBuildSet(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PySet set = new PySet();
        s[sp++] = set; // owned by the stack while items are added
        try {
            for (int i = sp - 1 - arg; i < sp - 1; i++) set.add(s[i]);
        } finally {
            for (int i = sp - 1 - arg; i < sp - 1; i++) Rc.decref(s[i]);
            sp -= arg + 1;
            s[sp++] = set;
        }
        return sp;
    }

    private static int opBuildMap(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyDict d = new PyDict();
        int first = sp - 2 * arg;
        try {
            for (int i = first; i < sp; i += 2) d.setItem(s[i], s[i + 1]);
        } catch (PyException e) {
            Rc.decref(d);
            throw e;
        }
        for (int i = first; i < sp; i++) {
            Rc.decref(s[i]);
            s[i] = null;
        }
        sp = first;
        s[sp++] = d;
        return sp;
    }

    private static int opSetAdd(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject v = take(s, --sp);
        try {
            ((PySet) s[sp - arg]).add(v);
        } finally {
            Rc.decref(v);
        }
        return sp;
    }

    private static int opMapAdd(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject v = take(s, --sp), k = take(s, --sp);
        try {
            ((PyDict) s[sp - arg]).setItem(k, v);
        } finally {
            Rc.decref(k);
            Rc.decref(v);
        }
        return sp;
    }

    private static int opListExtend(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject it = take(s, --sp);
        try {
            ((PyList) s[sp - arg]).extend(it);
        } catch (PyException e) {
            if (e.matches(ExcTypes.TypeError) && e.value.str().endsWith("is not iterable")) {
                Rc.decref(e.value);
                throw Py.typeError("Value after * must be an iterable, not " + it.type().name);
            }
            throw e;
        } finally {
            Rc.decref(it);
        }
        return sp;
    }

    private static int opSetUpdate(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject it = take(s, --sp);
        try {
            ((PySet) s[sp - arg]).addAll(it);
        } finally {
            Rc.decref(it);
        }
        return sp;
    }

    private static int opDictUpdate(ThreadState ts, Frame f, PyObject[] s, int sp, int arg, boolean merge) {
        PyObject src = take(s, --sp);
        try {
            mergeInto((PyDict) s[sp - arg], src, merge);
        } finally {
            Rc.decref(src);
        }
        return sp;
    }

    private static int opListToTuple(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyList l = (PyList) s[sp - 1];
        PyObject[] items = l.snapshot();
        s[sp - 1] = items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
        Rc.decref(l);
        return sp;
    }

    private static int opUnpackEx(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject seq = take(s, --sp);
        int before = arg & 0xff, after = arg >> 8;
        PyObject[] all;
        try {
            all = Ops.toArray(seq);
        } catch (PyException e) {
            if (e.matches(ExcTypes.TypeError)) {
                Rc.decref(e.value);
                throw Py.typeError("cannot unpack non-iterable " + seq.type().name + " object");
            }
            throw e;
        } finally {
            Rc.decref(seq);
        }
        if (all.length < before + after) {
            for (PyObject o : all) Rc.decref(o);
            throw Py.valueError("not enough values to unpack (expected at least " + (before + after)
                    + ", got " + all.length + ")");
        }
        for (int i = all.length - 1; i >= all.length - after; i--) s[sp++] = all[i];
        int mid = all.length - after - before;
        s[sp++] = new PyList(Arrays.copyOfRange(all, before, before + mid), mid);
        for (int i = before - 1; i >= 0; i--) s[sp++] = all[i];
        return sp;
    }

    private static int opUnpackSequence(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject seq = take(s, --sp);
        PyObject[] items;
        try {
            items = unpack(seq, arg);
        } finally {
            Rc.decref(seq);
        }
        for (int i = arg - 1; i >= 0; i--) s[sp++] = items[i];
        return sp;
    }

    private static int opMakeFunction(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        Code fc = (Code) take(s, --sp);
        PyTuple closure = (arg & 8) != 0 ? (PyTuple) take(s, --sp) : null;
        PyDict kwdefaults = (arg & 2) != 0 ? (PyDict) take(s, --sp) : null;
        PyTuple defaults = (arg & 1) != 0 ? (PyTuple) take(s, --sp) : null;
        s[sp++] = new PyFunction(fc, f.globals, defaults, kwdefaults, closure);
        return sp;
    }

    private static int opBuildClass(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        final String[] names = co.names;
        int nb = arg >>> 16;
        String name = names[arg & 0xffff];
        int base = sp - nb - 1;
        PyObject cls;
        try {
            cls = buildClass(ts, (PyFunction) s[base], name, nb == 0 ? null : s[base + 1], f.globals);
        } finally {
            for (int i = sp - 1; i >= base; i--) {
                Rc.decref(s[i]);
                s[i] = null;
            }
            sp = base;
        }
        s[sp++] = cls;
        return sp;
    }

    private static int opPushExcInfo(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exc = s[sp - 1];
        PyBaseException prev = ts.handled;
        s[sp - 1] = prev == null ? Py.None : prev;
        Rc.incref(exc);
        ts.handled = (PyBaseException) exc;
        s[sp++] = exc;
        return sp;
    }

    private static int opPopExcept(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject prev = take(s, --sp);
        s[sp] = null;
        PyBaseException old = ts.handled;
        ts.handled = prev == Py.None ? null : (PyBaseException) prev;
        if (old != null) Rc.decref(old);
        return sp;
    }

    private static int opCheckExcMatch(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject type = take(s, --sp);
        boolean match;
        try {
            match = exceptionMatches(s[sp - 1], type);
        } finally {
            Rc.decref(type);
        }
        s[sp++] = Py.bool(match);
        return sp;
    }

    private static int opReraise(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exc = take(s, --sp);
        s[sp] = null;
        throw new PyException((PyBaseException) exc);
    }

    private static int opPopExceptReraise(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exc = take(s, --sp);
        PyObject prev = take(s, --sp);
        s[sp] = null;
        PyBaseException old = ts.handled;
        ts.handled = prev == Py.None ? null : (PyBaseException) prev;
        if (old != null) Rc.decref(old);
        throw new PyException((PyBaseException) exc);
    }

    private static int opBeforeWith(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject ctx = s[sp - 1];
        PyObject exit, entered;
        try {
            if (ctx.type().lookup("__enter__") == null || ctx.type().lookup("__exit__") == null) {
                throw Py.typeError("'" + ctx.type().name + "' object does not support the context manager protocol");
            }
            PyObject enter = ctx.getAttr("__enter__");
            exit = ctx.getAttr("__exit__");
            try {
                entered = enter.call(new PyObject[0], null);
            } catch (PyException e) {
                Rc.decref(exit);
                throw e;
            } finally {
                Rc.decref(enter);
            }
        } finally {
            Rc.decref(ctx);
            take(s, --sp);
        }
        s[sp++] = exit;
        s[sp++] = entered;
        return sp;
    }

    private static int opWithExit(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exit = take(s, --sp);
        s[sp] = null;
        try {
            Rc.decref(exit.call(new PyObject[] {Py.None, Py.None, Py.None}, null));
        } finally {
            Rc.decref(exit);
        }
        return sp;
    }

    private static int opWithExceptStart(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exit = s[sp - 3], exc = s[sp - 1];
        s[sp++] = exit.call(new PyObject[] {exc.type(), exc, Py.None}, null);
        return sp;
    }

    private static int opImportFrom(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        final String[] names = co.names;
        PyObject m = s[sp - 1];
        PyObject v = Ops.getAttrOrNull(m, names[arg]);
        if (v == null) {
            String mn = m instanceof PyModule pm ? pm.name : "?";
            throw Py.raise(ExcTypes.ImportError, "cannot import name '" + names[arg] + "' from '" + mn + "'");
        }
        s[sp++] = v;
        return sp;
    }

    private static int opFormatValue(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject spec = (arg & 4) != 0 ? take(s, --sp) : null;
        PyObject v = s[sp - 1];
        PyObject r;
        try {
            r = formatValue(v, arg & 3, spec);
        } finally {
            Rc.xdecref(spec);
        }
        s[sp - 1] = r;
        Rc.decref(v);
        return sp;
    }

    private static int opBuildString(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        StringBuilder sb = new StringBuilder();
        for (int i = sp - arg; i < sp; i++) {
            sb.append(((PyStr) s[i]).value);
            Rc.decref(s[i]);
            s[i] = null;
        }
        sp -= arg;
        s[sp++] = PyStr.of(sb.toString());
        return sp;
    }

    /**
     * {@code o.name} with the attribute inline cache: for a plain instance whose class defines no
     * property, the entry index this instruction found last time is checked by key identity and
     * read directly; otherwise (and to learn the index) the full lookup runs.
     */
    private static PyObject loadAttr(Code co, int pc, PyObject o, int nameIndex) {
        if (o instanceof PyInstance inst && !inst.cls.hasDataDescriptors()) {
            PyObject v = inst.dict.valueRefIfKeyAt(co.attrCache[pc], co.nameObjects[nameIndex]);
            if (v != null) return v;
            int ix = inst.dict.indexOfStr(co.names[nameIndex]);
            if (ix >= 0) {
                co.attrCache[pc] = ix;
                v = inst.dict.valueRefIfKeyAt(ix, co.nameObjects[nameIndex]); // no property on the class: the instance dict decides
                if (v != null) return v;
            }
        }
        return o.getAttr(co.names[nameIndex]);
    }

    /** {@code o.name = v} with the same cache; the value is borrowed. */
    private static void storeAttr(Code co, int pc, PyObject o, int nameIndex, PyObject v) {
        if (o instanceof PyInstance inst && !inst.cls.hasDataDescriptors()) {
            int cached = co.attrCache[pc];
            // the lock-free hint first: a new instance's dict does not have the entry yet
            if (inst.dict.keyIsAt(cached, co.nameObjects[nameIndex]) && inst.dict.replaceIfKeyAt(cached, co.nameObjects[nameIndex], v)) return;
            o.setAttr(co.names[nameIndex], v);
            if (!inst.dict.keyIsAt(cached, co.nameObjects[nameIndex])) { // a new instance: same shape, same index
                int ix = inst.dict.indexOfStr(co.names[nameIndex]);
                if (ix >= 0) co.attrCache[pc] = ix;
            }
            return;
        }
        o.setAttr(co.names[nameIndex], v);
    }

    /** In a LOAD_GLOBAL cache word: the entry is in the built-ins dict (the name is absent from the globals). */
    private static final long IN_BUILTINS = 0x80000000L;

    /**
     * LOAD_GLOBAL of {@code co.names[nameIndex]} at instruction {@code pc}: a new reference. The cache
     * word holds the globals' keys version (high half), an entry index and whether the entry is in the
     * built-ins. A hit reads the globals' table once, checks its version and reads the value from that
     * table ({@link PyDict#cachedValueRef}), as CPython 3.14's {@code _LOAD_GLOBAL_MODULE} reads
     * {@code ma_keys} once, checks {@code dk_version} and reads {@code me_value} from the same keys
     * object: a resize between the check and the read cannot hand back another global. A built-in's
     * hit checks that the globals still lack the name (their version) and that the built-ins entry
     * still holds it. Every interpreter tier calls this one helper.
     */
    public static PyObject loadGlobal(Code co, int pc, PyDict globals, PyDict builtins, int nameIndex) {
        long cached = co.globalCache[pc];
        int keysVersion = (int) (cached >>> 32);
        int entry = (int) cached & 0x7fffffff;
        PyObject v = (cached & IN_BUILTINS) == 0
                ? globals.cachedValueRef(keysVersion, entry)
                : globals.hasKeysVersion(keysVersion) ? builtins.valueRefIfKeyAt(entry, co.nameObjects[nameIndex]) : null;
        return v != null ? v : loadGlobalSlow(co, pc, globals, builtins, nameIndex);
    }

    /** LOAD_GLOBAL's miss path: look the name up and refill the instruction's cache. */
    private static PyObject loadGlobalSlow(Code co, int pc, PyDict globals, PyDict builtins, int nameIndex) {
        String name = co.names[nameIndex];
        PyDict.CacheLookup g = globals.lookupStrForCache(name);
        if (g.value() != null) {
            if (g.keysVersion() != 0) co.globalCache[pc] = (long) g.keysVersion() << 32 | g.entry();
            return g.value();
        }
        int ix = builtins.indexOfStr(name);
        PyObject v = builtins.valueRefIfKeyAt(ix, co.nameObjects[nameIndex]);
        if (v == null) throw Py.nameError(name);
        if (g.keysVersion() != 0) co.globalCache[pc] = (long) g.keysVersion() << 32 | IN_BUILTINS | ix;
        return v;
    }

    /**
     * Whether the word at {@code at} is the data word of a fused instruction. Only called on the
     * exception path: it scans from the start of the code.
     */
    private static boolean isDataWord(int[] code, int at) {
        int pc = 0;
        while (pc < at) pc += Op.length(code[pc] & 0xff);
        return pc != at;
    }

    /** The truth of a value popped off the stack, dropping the stack's reference. */
    private static boolean truthAndDrop(PyObject v) {
        try {
            return v.isTrue();
        } finally {
            Rc.decref(v);
        }
    }

    private static boolean compareDoubles(int op, double a, double b) {
        switch (op) {
            case CmpOp.LT: return a < b;
            case CmpOp.LE: return a <= b;
            case CmpOp.EQ: return a == b;
            case CmpOp.NE: return a != b;
            case CmpOp.GT: return a > b;
            default: return a >= b;
        }
    }

    private static PyObject binaryOp(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
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
            if (r != null) return r;
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

    /** What LOAD_METHOD found for one type: valid while no class dict has changed. */
    private record MethodCacheEntry(PyType type, int classVersion, PyObject method) {}

    /** The method {@code name} of {@code o}'s type, if calling it unbound with o first is equivalent. */
    private static PyObject unboundMethod(Code co, int pc, PyObject o, String name) {
        if (o instanceof PyInstance inst) {
            PyObject m;
            Object c = co.methodCache[pc];
            if (c instanceof MethodCacheEntry e && e.type == inst.cls && e.classVersion == PyType.classVersion()) {
                m = e.method;
            } else {
                int v = PyType.classVersion();
                m = inst.cls.lookup(name);
                co.methodCache[pc] = new MethodCacheEntry(inst.cls, v, m);
            }
            if (!(m instanceof PyFunction)) return null;
            PyObject shadow = inst.dict.getStrRef(name); // an instance attribute of that name wins
            if (shadow == null) return m;
            Rc.decref(shadow);
            return null;
        }
        if (!o.genericGetAttr()) return null;
        PyObject m = o.type().lookup(name);
        return m instanceof PyMethodDescr ? m : null;
    }

    private static String[] kwNames(PyTuple t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((PyStr) t.get(i)).value;
        return out;
    }

    private static PyObject callEx(ThreadState ts, PyObject callable, PyTuple pos, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) return call(ts, callable, pos.array(), 0, pos.size(), null);
        PyObject[][] items = kwargs.snapshotItems();
        try {
            PyObject[] all = Arrays.copyOf(pos.array(), pos.size() + items.length);
            String[] kw = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!(items[i][0] instanceof PyStr k)) throw Py.typeError("keywords must be strings");
                kw[i] = k.value;
                all[pos.size() + i] = items[i][1];
            }
            return call(ts, callable, all, 0, all.length, kw);
        } finally {
            for (PyObject[] kv : items) {
                Rc.decref(kv[0]);
                Rc.decref(kv[1]);
            }
        }
    }

    private static void mergeInto(PyDict target, PyObject src, boolean noDuplicates) {
        if (!(src instanceof PyDict d)) {
            if (src.type().lookup("keys") == null) {
                throw Py.typeError("'" + src.type().name + "' object is not a mapping");
            }
            target.update(src);
            return;
        }
        if (noDuplicates) {
            PyObject[][] items = d.snapshotItems();
            try {
                for (PyObject[] kv : items) {
                    if (target.contains(kv[0])) {
                        throw Py.typeError("got multiple values for keyword argument '" + kv[0].str() + "'");
                    }
                    target.setItem(kv[0], kv[1]);
                }
            } finally {
                for (PyObject[] kv : items) {
                    Rc.decref(kv[0]);
                    Rc.decref(kv[1]);
                }
            }
        } else {
            target.update(d);
        }
    }

    /** n new references to a sequence's items, or CPython's unpacking errors. */
    private static PyObject[] unpack(PyObject seq, int n) {
        if (seq instanceof PyTuple t && t.size() == n) {
            PyObject[] out = t.array().clone();
            for (PyObject o : out) Rc.incref(o);
            return out;
        }
        PyObject it;
        try {
            it = seq.iter();
        } catch (PyException e) {
            if (!e.matches(ExcTypes.TypeError)) throw e;
            Rc.decref(e.value);
            throw Py.typeError("cannot unpack non-iterable " + seq.type().name + " object");
        }
        PyObject[] out = new PyObject[n];
        int got = 0;
        try {
            while (got < n) {
                PyObject v = it.next();
                if (v == null) {
                    throw Py.valueError("not enough values to unpack (expected " + n + ", got " + got + ")");
                }
                out[got++] = v;
            }
            PyObject extra = it.next();
            if (extra != null) {
                Rc.decref(extra);
                throw Py.valueError("too many values to unpack (expected " + n + ")");
            }
            return out;
        } catch (RuntimeException e) {
            for (int i = 0; i < got; i++) Rc.decref(out[i]);
            throw e;
        } finally {
            Rc.decref(it);
        }
    }

    private static PyObject buildClass(ThreadState ts, PyFunction body, String name, PyObject baseObj, PyDict globals) {
        PyType base;
        if (baseObj == null) base = PyType.OBJECT;
        else if (baseObj instanceof PyType t) base = t;
        else throw Py.typeError("bases must be types");
        PyDict ns = new PyDict();
        PyObject moduleName = globals.getStr("__name__");
        String module = moduleName instanceof PyStr ms ? ms.value : "__main__";
        try {
            if (moduleName != null) ns.setStr("__module__", moduleName);
            ns.setStr("__qualname__", Py.str(body.code.qualname));
            Rc.decref(ns.getStr("__qualname__"));
            Frame f = newFrame(ts, body, new PyObject[0], 0, 0, null);
            f.ns = ns;
            PyObject cell = run(ts, f);
            PyType cls = PyType.newClass(name, base, ns, module);
            if (cell instanceof PyCell c) {
                Rc.incref(cls);
                c.ref = cls;
            }
            Rc.decref(cell);
            return cls;
        } finally {
            Rc.decref(ns);
        }
    }

    private static PyException raise(ThreadState ts, int n, PyObject[] s, int sp) {
        if (n == 0) {
            PyBaseException cur = ts.handled;
            if (cur == null) return Py.runtimeError("No active exception to reraise");
            Rc.incref(cur);
            return new PyException(cur);
        }
        PyObject cause = n == 2 ? s[sp - 1] : null;
        PyObject excObj = s[sp - n];
        PyBaseException exc;
        try {
            exc = toException(excObj);
            if (n == 2) {
                if (cause == Py.None) {
                    exc.setCause(null);
                } else {
                    PyBaseException c = toException(cause);
                    exc.setCause(c);
                    Rc.decref(c);
                }
            }
        } finally {
            s[sp - n] = null;
            Rc.decref(excObj);
            if (cause != null) {
                s[sp - 1] = null;
                Rc.decref(cause);
            }
        }
        if (ts.handled != null) exc.setContext(ts.handled);
        return new PyException(exc);
    }

    /** A new reference to the exception instance {@code o} denotes (a class is instantiated). */
    private static PyBaseException toException(PyObject o) {
        if (o instanceof PyType t && t.isSubtypeOf(ExcTypes.BaseException)) {
            PyObject inst = t.call(new PyObject[0], null);
            if (!(inst instanceof PyBaseException e)) {
                Rc.decref(inst);
                throw Py.typeError("calling " + t.repr() + " should have returned an instance of BaseException");
            }
            return e;
        }
        if (o instanceof PyBaseException e) {
            Rc.incref(e);
            return e;
        }
        throw Py.typeError("exceptions must derive from BaseException");
    }

    private static boolean exceptionMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.array()) if (exceptionMatches(exc, x)) return true;
            return false;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(ExcTypes.BaseException)) {
            throw Py.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf(pt);
    }

    private static PyObject formatValue(PyObject v, int conversion, PyObject spec) {
        String text;
        PyObject converted = v;
        boolean owned = false;
        if (conversion == 1) {
            converted = Ops.strOf(v);
            owned = true;
        } else if (conversion == 2 || conversion == 3) {
            converted = PyStr.of(conversion == 2 ? v.repr() : Formatter.ascii(v.repr()));
            owned = true;
        }
        try {
            String specText = spec == null ? "" : ((PyStr) spec).value;
            if (specText.isEmpty()) {
                if (converted instanceof PyStr ps && converted.type() == PyStr.TYPE) return Rc.newRef(ps);
                text = converted.str();
            } else {
                text = Formatter.formatSpec(converted, specText);
            }
        } finally {
            if (owned) Rc.decref(converted);
        }
        return PyStr.of(text);
    }

    private static PyException unboundLocal(String name) {
        return Py.raise(ExcTypes.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    private static PyException unboundDeref(Code co, int slot) {
        int nl = co.nlocals();
        if (slot < nl + co.ncells()) {
            return Py.raise(ExcTypes.UnboundLocalError, "cannot access local variable '" + co.cellnames[slot - nl]
                    + "' where it is not associated with a value");
        }
        return Py.raise(ExcTypes.NameError, "cannot access free variable '" + co.freenames[slot - nl - co.ncells()]
                + "' where it is not associated with a value in enclosing scope");
    }

}

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
import static org.gillab.vm.Insns.*;

/**
 * The instructions that run rarely (class building, {@code with}, exception bookkeeping, imports,
 * formatting, unpacking...), shared by both tiers: the interpreter loop and the compiled code call
 * the same methods. Each takes the stack pointer and returns the new one. A pop clears its slot
 * (take): if the instruction then raises, the caller unwinds from its own, older stack pointer and
 * must find the consumed slots empty rather than release them a second time.
 */
final class ColdOps {
    private ColdOps() {}


    // Cold instructions live out of the loop, so that the loop itself stays small enough for the JIT
    // to inline the hot paths into it (C2 stops inlining into a method past about 8000 bytecodes).
    // Each takes the stack pointer and returns the new one. A pop clears its slot (take): if the
    // instruction then raises, the loop unwinds from its own, older stack pointer and must find
    // the consumed slots empty rather than release them a second time.

    static PyObject take(PyObject[] s, int i) {
        PyObject o = s[i];
        s[i] = null;
        return o;
    }

    static int opLoadName(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opStoreName(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        final String[] names = co.names;
        PyObject v = take(s, --sp);
        (f.ns != null ? f.ns : f.globals).setStr(names[arg], v);
        Rc.decref(v);
        return sp;
    }

    static int opStoreGlobal(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        final String[] names = co.names;
        PyObject v = take(s, --sp);
        f.globals.setStr(names[arg], v);
        Rc.decref(v);
        return sp;
    }

    static int opDeleteFast(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        PyObject old = s[arg];
        if (old == null) throw unboundLocal(co.varnames[arg]);
        s[arg] = null;
        Rc.decref(old);
        return sp;
    }

    static int opDeleteDeref(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        final Code co = f.code;
        PyCell c = (PyCell) s[arg];
        PyObject old = c.ref;
        if (old == null) throw unboundDeref(co, arg);
        c.ref = null;
        Rc.decref(old);
        return sp;
    }

    static int opDeleteAttr(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opCallFunctionEx(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opDeleteSubscr(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject k = take(s, --sp), o = take(s, --sp);
        try {
            o.delItem(k);
        } finally {
            Rc.decref(k);
            Rc.decref(o);
        }
        return sp;
    }

    static int opContainsOp(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opBuildSet(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opBuildMap(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opSetAdd(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject v = take(s, --sp);
        try {
            ((PySet) s[sp - arg]).add(v);
        } finally {
            Rc.decref(v);
        }
        return sp;
    }

    static int opMapAdd(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject v = take(s, --sp), k = take(s, --sp);
        try {
            ((PyDict) s[sp - arg]).setItem(k, v);
        } finally {
            Rc.decref(k);
            Rc.decref(v);
        }
        return sp;
    }

    static int opListExtend(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opSetUpdate(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject it = take(s, --sp);
        try {
            ((PySet) s[sp - arg]).addAll(it);
        } finally {
            Rc.decref(it);
        }
        return sp;
    }

    static int opDictUpdate(ThreadState ts, Frame f, PyObject[] s, int sp, int arg, boolean merge) {
        PyObject src = take(s, --sp);
        try {
            mergeInto((PyDict) s[sp - arg], src, merge);
        } finally {
            Rc.decref(src);
        }
        return sp;
    }

    static int opListToTuple(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyList l = (PyList) s[sp - 1];
        PyObject[] items = l.snapshot();
        s[sp - 1] = items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
        Rc.decref(l);
        return sp;
    }

    static int opUnpackEx(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opUnpackSequence(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opMakeFunction(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        Code fc = (Code) take(s, --sp);
        PyTuple closure = (arg & 8) != 0 ? (PyTuple) take(s, --sp) : null;
        PyDict kwdefaults = (arg & 2) != 0 ? (PyDict) take(s, --sp) : null;
        PyTuple defaults = (arg & 1) != 0 ? (PyTuple) take(s, --sp) : null;
        s[sp++] = new PyFunction(fc, f.globals, defaults, kwdefaults, closure);
        return sp;
    }

    static int opBuildClass(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opPushExcInfo(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exc = s[sp - 1];
        PyBaseException prev = ts.handled;
        s[sp - 1] = prev == null ? Py.None : prev;
        Rc.incref(exc);
        ts.handled = (PyBaseException) exc;
        s[sp++] = exc;
        return sp;
    }

    static int opPopExcept(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject prev = take(s, --sp);
        s[sp] = null;
        PyBaseException old = ts.handled;
        ts.handled = prev == Py.None ? null : (PyBaseException) prev;
        if (old != null) Rc.decref(old);
        return sp;
    }

    static int opCheckExcMatch(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opReraise(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exc = take(s, --sp);
        s[sp] = null;
        throw new PyException((PyBaseException) exc);
    }

    static int opPopExceptReraise(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exc = take(s, --sp);
        PyObject prev = take(s, --sp);
        s[sp] = null;
        PyBaseException old = ts.handled;
        ts.handled = prev == Py.None ? null : (PyBaseException) prev;
        if (old != null) Rc.decref(old);
        throw new PyException((PyBaseException) exc);
    }

    static int opBeforeWith(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opWithExit(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exit = take(s, --sp);
        s[sp] = null;
        try {
            Rc.decref(exit.call(new PyObject[] {Py.None, Py.None, Py.None}, null));
        } finally {
            Rc.decref(exit);
        }
        return sp;
    }

    static int opWithExceptStart(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
        PyObject exit = s[sp - 3], exc = s[sp - 1];
        s[sp++] = exit.call(new PyObject[] {exc.type(), exc, Py.None}, null);
        return sp;
    }

    static int opImportFrom(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opFormatValue(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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

    static int opBuildString(ThreadState ts, Frame f, PyObject[] s, int sp, int arg) {
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
     * Whether the word at {@code at} is the data word of a fused instruction. Only called on the
     * exception path: it scans from the start of the code.
     */
    static boolean isDataWord(int[] code, int at) {
        int pc = 0;
        while (pc < at) pc += Op.length(code[pc] & 0xff);
        return pc != at;
    }

    static void mergeInto(PyDict target, PyObject src, boolean noDuplicates) {
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
    static PyObject[] unpack(PyObject seq, int n) {
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

    static PyObject buildClass(ThreadState ts, PyFunction body, String name, PyObject baseObj, PyDict globals) {
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
            PyObject cell = Eval.run(ts, f);
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

    static PyException raise(ThreadState ts, int n, PyObject[] s, int sp) {
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
    static PyBaseException toException(PyObject o) {
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

    static boolean exceptionMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.array()) if (exceptionMatches(exc, x)) return true;
            return false;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(ExcTypes.BaseException)) {
            throw Py.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf(pt);
    }

    static PyObject formatValue(PyObject v, int conversion, PyObject spec) {
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

    static PyException unboundLocal(String name) {
        return Py.raise(ExcTypes.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static PyException unboundDeref(Code co, int slot) {
        int nl = co.nlocals();
        if (slot < nl + co.ncells()) {
            return Py.raise(ExcTypes.UnboundLocalError, "cannot access local variable '" + co.cellnames[slot - nl]
                    + "' where it is not associated with a value");
        }
        return Py.raise(ExcTypes.NameError, "cannot access free variable '" + co.freenames[slot - nl - co.ncells()]
                + "' where it is not associated with a value in enclosing scope");
    }

}

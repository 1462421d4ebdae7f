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

import static org.gillab.vm.ColdOps.*;

/**
 * Calls: binding arguments into a new frame (CPython's error messages), calling any callable with
 * arguments on a value stack, {@code f(*args, **kw)}. Shared by both tiers.
 */
final class CallMachinery {
    private CallMachinery() {}


    /** Calls a Python function with {@code n} arguments (borrowed) from {@code args[start..]}. */
    static PyObject callFunction(ThreadState ts, PyFunction fn, PyObject[] args, int start, int n, String[] kwnames) {
        Frame f = newFrame(ts, fn, args, start, n, kwnames);
        if (fn.code.isGenerator()) return new PyGenerator(f, fn.code.isCoroutine());
        return Eval.run(ts, f);
    }

    static Frame newFrame(ThreadState ts, PyFunction fn, PyObject[] args, int start, int n, String[] kwnames) {
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
    static void bindArguments(PyFunction fn, PyObject[] s, PyObject[] args, int start, int n, String[] kwnames) {
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

    static void appendName(StringBuilder sb, String n) {
        if (sb.length() > 0) sb.append('\u0000');
        sb.append('\'').append(n).append('\'');
    }

    /** 'a', 'a' and 'b', 'a', 'b' and 'c' as CPython words a list of missing arguments. */
    static String finishNames(StringBuilder sb, int n) {
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

    static String[] kwNames(PyTuple t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((PyStr) t.get(i)).value;
        return out;
    }

    static PyObject callEx(ThreadState ts, PyObject callable, PyTuple pos, PyDict kwargs) {
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


}

package org.gillab.obj;

import java.util.ArrayList;
import java.util.List;

import org.gillab.spi.Rc;

/**
 * An exception instance. Like any instance it has a class and a dict; it also holds its
 * {@code args} and the traceback collected as it unwinds through frames (innermost last).
 */
public final class PyBaseException extends PyInstance {
    /** One line of a traceback: where a frame was when the exception passed through it. */
    public record TracebackEntry(String file, int line, String function) {}

    public PyTuple args = PyTuple.EMPTY;
    public final List<TracebackEntry> traceback = new ArrayList<>();
    /** The exception that was being handled when this one was raised ({@code __context__}), or null. */
    public PyBaseException context;
    /** {@code raise X from Y}'s Y, or null. */
    public PyBaseException cause;
    /** {@code raise X from ...} was used (even {@code from None}): the context is not shown. */
    public boolean suppressContext;

    public PyBaseException(PyType cls) {
        super(cls);
    }

    public static PyBaseException withArgs(PyType type, PyTuple args) {
        PyBaseException e = new PyBaseException(type);
        e.args = args;
        return e;
    }

    public static PyBaseException withMessage(PyType type, String message) {
        return withArgs(type, new PyTuple(new PyObject[] {Py.str(message)}));
    }

    /** BaseException.__str__: empty, the single argument's str, or the args tuple's repr. */
    String baseStr() {
        if (args.size() == 0) return "";
        if (args.size() == 1) {
            PyObject a = args.get(0);
            return type().isSubtypeOf(ExcTypes.KeyError) ? a.repr() : a.str();
        }
        return args.repr();
    }

    String baseRepr() {
        String inner = args.size() == 1 ? args.get(0).repr() : args.repr();
        if (args.size() == 0) inner = "()";
        return type().name + (args.size() == 1 ? "(" + inner + ")" : inner);
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "args": return Rc.newRef(args);
            case "value":
                // StopIteration.value: a generator's (or coroutine's) return value
                if (type().isSubtypeOf(ExcTypes.StopIteration)) return Rc.newRef(args.size() > 0 ? args.get(0) : Py.None);
                return super.getAttr(name);
            case "__cause__": return cause == null ? Py.None : Rc.newRef(cause);
            case "__context__": return context == null ? Py.None : Rc.newRef(context);
            default: return super.getAttr(name);
        }
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (name.equals("args")) {
            if (!(value instanceof PyTuple t)) throw Py.typeError("args must be a tuple");
            Rc.incref(t);
            PyTuple old = args;
            args = t;
            Rc.decref(old);
            return;
        }
        super.setAttr(name, value);
    }

    @Override
    public void forEachRef(RefVisitor v) {
        super.forEachRef(v);
        v.visit(args);
        if (context != null) v.visit(context);
        if (cause != null) v.visit(cause);
    }

    /** Sets {@code __context__}, taking a new reference. */
    public void setContext(PyBaseException ctx) {
        if (ctx == this || ctx == context) return;
        for (PyBaseException c = ctx; c != null; c = c.context) if (c == this) return; // no cycles
        if (ctx != null) Rc.incref(ctx);
        PyBaseException old = context;
        context = ctx;
        if (old != null) Rc.decref(old);
    }

    /** Sets {@code __cause__}, taking a new reference. */
    public void setCause(PyBaseException c) {
        suppressContext = true;
        if (c != null) Rc.incref(c);
        PyBaseException old = cause;
        cause = c;
        if (old != null) Rc.decref(old);
    }
}

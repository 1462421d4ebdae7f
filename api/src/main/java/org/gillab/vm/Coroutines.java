package org.gillab.vm;

import org.gillab.obj.ExcTypes;
import org.gillab.obj.Py;
import org.gillab.obj.PyBaseException;
import org.gillab.obj.PyException;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;
import org.gillab.spi.Rc;

/**
 * The coroutine instructions' work ({@code GET_AWAITABLE}, {@code SEND}, the async with and async
 * for protocol), with CPython 3.11's errors. What can be awaited is a coroutine object, or an object
 * whose {@code __await__} returns a generator (how asyncio's futures are written); gillab leaves out
 * other iterators from {@code __await__}.
 */
final class Coroutines {
    private Coroutines() {}

    /** GET_AWAITABLE: the iterator to await for {@code o} (the stack's reference to o is consumed on success). */
    static PyObject awaitable(PyObject o) {
        if (o instanceof PyGenerator g) {
            if (g.coroutine) return o;
            throw Py.typeError("object generator can't be used in 'await' expression");
        }
        PyType t = o.type();
        if (t.lookup("__await__") == null) {
            throw Py.typeError("object " + t.name + " can't be used in 'await' expression");
        }
        PyObject m = o.getAttr("__await__");
        PyObject it;
        try {
            it = m.call(new PyObject[0], null);
        } finally {
            Rc.decref(m);
        }
        if (!(it instanceof PyGenerator g) || g.coroutine) {
            String name = it.type().name;
            Rc.decref(it);
            throw Py.typeError("__await__() returned " + (name.equals("coroutine") ? "a coroutine" : "non-generator of type '" + name
                    + "' (gillab awaits generators only)"));
        }
        Rc.decref(o);
        return it;
    }

    /** SEND: sends {@code v} (borrowed) into the awaited iterator; a new reference to what it yielded or returned. */
    static PyObject send(PyObject iter, PyObject v) {
        return ((PyGenerator) iter).step(v, null);
    }

    /** Whether the last {@link #send} into {@code iter} ended it (its value is the await's result). */
    static boolean returned(PyObject iter) {
        return ((PyGenerator) iter).finishedByReturn;
    }

    /** BEFORE_ASYNC_WITH: [ctx] -> [ctx.__aexit__, ctx.__aenter__()]. */
    static int beforeAsyncWith(PyObject[] s, int sp) {
        PyObject ctx = s[sp - 1];
        if (ctx.type().lookup("__aenter__") == null || ctx.type().lookup("__aexit__") == null) {
            throw Py.typeError("'" + ctx.type().name + "' object does not support the asynchronous context manager protocol");
        }
        PyObject aexit = ctx.getAttr("__aexit__");
        PyObject entered;
        PyObject aenter = null;
        try {
            aenter = ctx.getAttr("__aenter__");
            entered = aenter.call(new PyObject[0], null);
        } catch (PyException e) {
            Rc.decref(aexit);
            throw e;
        } finally {
            Rc.xdecref(aenter);
        }
        s[sp - 1] = aexit;
        Rc.decref(ctx);
        s[sp++] = entered;
        return sp;
    }

    /** GET_AITER: {@code o.__aiter__()} (the stack's reference to o is consumed on success). */
    static PyObject aiter(PyObject o) {
        if (o.type().lookup("__aiter__") == null) {
            throw Py.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name);
        }
        PyObject m = o.getAttr("__aiter__");
        PyObject r;
        try {
            r = m.call(new PyObject[0], null);
        } finally {
            Rc.decref(m);
        }
        Rc.decref(o);
        return r;
    }

    /** GET_ANEXT: {@code aiter.__anext__()}, a new reference (aiter stays on the stack). */
    static PyObject anext(PyObject aiter) {
        if (aiter.type().lookup("__anext__") == null) {
            throw Py.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.type().name);
        }
        PyObject m = aiter.getAttr("__anext__");
        try {
            return m.call(new PyObject[0], null);
        } finally {
            Rc.decref(m);
        }
    }

    /** END_ASYNC_FOR: [aiter, exc]: StopAsyncIteration ends the loop (both dropped); anything else propagates. */
    static int endAsyncFor(PyObject[] s, int sp) {
        PyBaseException exc = (PyBaseException) s[--sp];
        s[sp] = null;
        if (!exc.type().isSubtypeOf(ExcTypes.StopAsyncIteration)) throw new PyException(exc);
        Rc.decref(exc);
        PyObject aiter = s[--sp];
        s[sp] = null;
        Rc.decref(aiter);
        return sp;
    }

    /** The exception {@code gen.throw(typ[, val])} raises: an instance, or the type called (with val). A new reference. */
    static PyBaseException exceptionToThrow(PyObject typ, PyObject val) {
        if (typ instanceof PyBaseException e) {
            if (val != null && val != Py.None) throw Py.typeError("instance exception may not have a separate value");
            Rc.incref(e);
            return e;
        }
        if (typ instanceof PyType t && t.isSubtypeOf(ExcTypes.BaseException)) {
            if (val instanceof PyBaseException e && e.type().isSubtypeOf(t)) {
                Rc.incref(e);
                return e;
            }
            PyObject[] args = val == null || val == Py.None ? new PyObject[0] : new PyObject[] {val};
            PyObject made = t.call(args, null);
            if (made instanceof PyBaseException e) return e;
            Rc.decref(made);
            throw Py.typeError("calling " + t.name + " should have returned an instance of BaseException");
        }
        throw Py.typeError("exceptions must be classes or instances deriving from BaseException, not " + typ.type().name);
    }
}

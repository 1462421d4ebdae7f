package org.gillab.vm;

import org.gillab.obj.ExcTypes;
import org.gillab.obj.PyBaseException;
import org.gillab.obj.Py;
import org.gillab.obj.PyException;
import org.gillab.obj.PyIterator;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;
import org.gillab.obj.RefVisitor;
import org.gillab.spi.Rc;

/**
 * A generator: a suspended frame resumed by {@code next()} until it returns. An {@code async def}'s
 * call makes one too, typed {@code coroutine}: a task drives it with {@code send} and {@code throw},
 * and {@code await} inside it delegates to the awaited one (see {@link Coroutines}).
 */
public final class PyGenerator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class);
    public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine", PyGenerator.class);

    /** An async def's coroutine object rather than a generator. */
    final boolean coroutine;
    /** After {@link #step}: the frame returned (the value step gave is its return value), not yielded. */
    boolean finishedByReturn;

    private Frame frame;
    private boolean started;
    private boolean running;
    /**
     * The exception its except clause was handling when it last yielded (CPython's gi_exc_state):
     * swapped with the thread's on every resume, so a yield inside an except block neither leaks
     * nor shows the caller the generator's exception. Owned.
     */
    private PyBaseException excState;

    /** Runs the frame with this generator's exception state installed on the thread. */
    private PyObject resume(ThreadState ts, Frame f) {
        PyBaseException outer = ts.handled;
        ts.handled = excState;
        excState = null;
        try {
            return Eval.run(ts, f);
        } finally {
            excState = ts.handled;
            ts.handled = outer;
            if (frame == null || !f.yielded) dropExcState();
        }
    }

    private void dropExcState() {
        PyBaseException e = excState;
        excState = null;
        if (e != null) Rc.decref(e);
    }

    PyGenerator(Frame frame) {
        this(frame, false);
    }

    /** Whether the collector must close it before clearing it (a started, suspended generator: PEP 442). */
    boolean needsFinalizer() {
        return frame != null && started && !running;
    }

    /** _PyGen_Finalize: close it, so that its finally blocks run. */
    @Override
    public void gcFinalize() {
        if (needsFinalizer()) close();
    }

    /** gen_clear: drops the frame's references (closing first if no finalizer did). */
    @Override
    public void gcClear() {
        release();
    }

    PyGenerator(Frame frame, boolean coroutine) {
        this.frame = frame;
        this.coroutine = coroutine;
        this.qualname = frame.code.qualname;
        Gc.track(this);
    }

    private final String qualname;

    @Override public PyType type() { return coroutine ? COROUTINE_TYPE : TYPE; }

    private String kind() {
        return coroutine ? "coroutine" : "generator";
    }

    /**
     * Resumes the frame with {@code sendValue} as the value of its yield (borrowed; null is None), or
     * raises {@code toThrow} (owned) at that yield. A new reference: what it yielded, or, with
     * {@link #finishedByReturn} set, what it returned. An exception from the frame propagates.
     * A frame suspended inside an await passes the throw to what it awaits first, as CPython's
     * gen_throw does with gi_yieldfrom.
     */
    PyObject step(PyObject sendValue, PyBaseException toThrow) {
        finishedByReturn = false;
        Frame f = frame;
        if (f == null) {
            if (toThrow != null) throw new PyException(toThrow);
            if (coroutine) throw Py.runtimeError("cannot reuse already awaited coroutine");
            finishedByReturn = true;
            return Py.None;
        }
        if (running) {
            if (toThrow != null) Rc.decref(toThrow);
            throw Py.valueError(kind() + " already executing");
        }
        if (!started && toThrow == null && sendValue != null && sendValue != Py.None) {
            throw Py.typeError("can't send non-None value to a just-started " + kind());
        }
        ThreadState ts = ThreadState.current();
        boolean pushSent = started;
        if (toThrow != null && f.delegating && f.s[f.sp - 1] instanceof PyGenerator sub) {
            running = true;
            PyObject v;
            try {
                v = sub.step(null, toThrow);
            } catch (PyException e) {
                toThrow = e.value; // the awaited one did not handle it: raise it here
                v = null;
            } finally {
                running = false;
            }
            if (v != null) {
                if (!sub.finishedByReturn) return v; // it yielded: this frame stays suspended in its await
                // it returned: the await is over, its result replaces it, and this frame goes on after the loop
                toThrow = null;
                f.s[--f.sp] = null;
                Rc.decref(sub);
                f.s[f.sp++] = v;
                f.pc = f.sendExit;
                f.delegating = false;
                pushSent = false;
            }
        }
        if (toThrow != null) {
            f.delegating = false;
            f.pendingThrow = toThrow;
            pushSent = false;
        }
        if (pushSent) {
            PyObject v = sendValue == null ? Py.None : sendValue;
            Rc.incref(v);
            f.s[f.sp++] = v;
        }
        started = true;
        running = true;
        PyObject v;
        try {
            v = resume(ts, f);
        } catch (PyException e) {
            frame = null;
            dropExcState();
            if (e.matches(ExcTypes.StopIteration)) {
                Rc.decref(e.value);
                throw Py.runtimeError(kind() + " raised StopIteration");
            }
            throw e;
        } finally {
            running = false;
        }
        if (f.yielded) {
            f.yielded = false;
            return v;
        }
        frame = null;
        dropExcState();
        finishedByReturn = true;
        return v;
    }

    /** {@code send(value)} as Python sees it: the value yielded, or StopIteration carrying the return value. */
    PyObject send(PyObject value) {
        PyObject v = step(value, null);
        if (!finishedByReturn) return v;
        throw stopIteration(v);
    }

    /** StopIteration(v), taking over the reference to v ({@code StopIteration()} for None, as CPython raises it). */
    static PyException stopIteration(PyObject v) {
        if (v == Py.None) {
            return new PyException(PyBaseException.withArgs(ExcTypes.StopIteration, org.gillab.obj.PyTuple.EMPTY));
        }
        return new PyException(PyBaseException.withArgs(ExcTypes.StopIteration, new org.gillab.obj.PyTuple(new PyObject[] {v})));
    }

    @Override
    public PyObject next() {
        Frame f = frame;
        if (f == null) return null;
        if (running) throw Py.valueError("generator already executing");
        if (started) f.s[f.sp++] = Py.None; // the value of the yield expression
        started = true;
        running = true;
        PyObject v;
        try {
            v = resume(ThreadState.current(), f);
        } catch (PyException e) {
            frame = null;
            dropExcState();
            if (e.matches(ExcTypes.StopIteration)) {
                Rc.decref(e.value);
                throw Py.runtimeError("generator raised StopIteration");
            }
            throw e;
        } finally {
            running = false;
        }
        if (f.yielded) {
            f.yielded = false;
            return v;
        }
        frame = null;
        dropExcState();
        Rc.decref(v);
        return null;
    }

    /**
     * {@code gen.close()}: raises GeneratorExit at the suspended yield so that its {@code finally}
     * blocks and {@code with} exits run; a generator that yields again instead is an error.
     */
    public void close() {
        Frame f = frame;
        if (f == null || running) return;
        if (!started) {
            frame = null;
            f.clear();
            return;
        }
        if (f.delegating && f.s[f.sp - 1] instanceof PyGenerator sub) sub.close(); // what it awaits closes first
        f.delegating = false;
        f.pendingThrow = PyBaseException.withArgs(ExcTypes.GeneratorExit, org.gillab.obj.PyTuple.EMPTY);
        running = true;
        PyObject v;
        try {
            v = resume(ThreadState.current(), f);
        } catch (PyException e) {
            frame = null;
            dropExcState();
            if (e.matches(ExcTypes.GeneratorExit) || e.matches(ExcTypes.StopIteration)) {
                Rc.decref(e.value);
                return;
            }
            throw e;
        } finally {
            running = false;
        }
        Rc.decref(v);
        frame = null;
        if (f.yielded) {
            f.clear();
            dropExcState();
            throw Py.runtimeError("generator ignored GeneratorExit");
        }
        dropExcState();
    }

    @Override
    public void forEachRef(RefVisitor v) {
        if (frame != null && !running) frame.forEachRef(v);
        if (excState != null) v.visit(excState);
    }

    /**
     * The last reference is gone: close the generator as CPython's finalizer does, so an abandoned
     * generator still runs its cleanup. An exception from that is dropped (CPython prints it as
     * "Exception ignored"), and without a Python thread to run on the frame is just released.
     */
    @Override
    public void release() {
        if (frame != null && started && !running && ThreadState.isBound()) {
            try {
                close();
            } catch (PyException e) {
                Rc.decref(e.value);
            }
        }
        Frame f = frame;
        frame = null;
        if (f != null && !running) f.clear();
        dropExcState();
    }

    static {
        for (PyType t : new PyType[] {TYPE, COROUTINE_TYPE}) {
            t.def("close", (self, a, kw) -> {
                org.gillab.obj.Args.exact("close", a, kw, 0);
                ((PyGenerator) self).close();
                return Py.None;
            });
            t.def("send", (self, a, kw) -> {
                org.gillab.obj.Args.exact("send", a, kw, 1);
                return ((PyGenerator) self).send(a[0]);
            });
            t.def("throw", (self, a, kw) -> {
                org.gillab.obj.Args.between("throw", a, kw, 1, 3);
                PyGenerator g = (PyGenerator) self;
                PyObject v = g.step(null, Coroutines.exceptionToThrow(a[0], a.length > 1 ? a[1] : null));
                if (!g.finishedByReturn) return v;
                throw stopIteration(v);
            });
        }
    }

    @Override
    public String repr() {
        return "<" + kind() + " object " + (frame != null ? frame.code.qualname : qualname) + " at 0x"
                + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}

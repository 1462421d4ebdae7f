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

/** A generator: a suspended frame resumed by {@code next()} until it returns. */
public final class PyGenerator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class);

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
        this.frame = frame;
        Gc.track(this);
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

    @Override public PyType type() { return TYPE; }

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
        TYPE.def("close", (self, a, kw) -> {
            org.gillab.obj.Args.exact("close", a, kw, 0);
            ((PyGenerator) self).close();
            return Py.None;
        });
    }

    @Override
    public String repr() {
        return "<generator object " + (frame != null ? frame.code.qualname : "?") + ">";
    }
}

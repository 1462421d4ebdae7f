package org.gillab.vm;

import org.gillab.obj.ExcTypes;
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

    PyGenerator(Frame frame) {
        this.frame = frame;
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
            v = Eval.run(ThreadState.current(), f);
        } catch (PyException e) {
            frame = null;
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
        Rc.decref(v);
        return null;
    }

    @Override
    public void forEachRef(RefVisitor v) {
        if (frame != null && !running) frame.forEachRef(v);
    }

    @Override
    public void release() {
        Frame f = frame;
        frame = null;
        if (f != null && !running) f.clear();
    }

    @Override
    public String repr() {
        return "<generator object " + (frame != null ? frame.code.qualname : "?") + ">";
    }
}

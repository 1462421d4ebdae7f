package org.gillab.obj;

import org.gillab.spi.Rc;

/**
 * Iterates a sequence by index: str, tuple, and any object with {@code __getitem__} (stopping at
 * IndexError, as CPython's sequence iterator does). Owns the sequence while it runs.
 */
public final class PySeqIter extends PyIterator {
    private PyObject seq;
    private int index;

    public PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyObject next() {
        PyObject s = seq;
        if (s == null) return null;
        if (s instanceof PyTuple t) {
            if (index < t.size()) return Rc.newRef(t.get(index++));
        } else if (s instanceof PyStr str) {
            if (index < str.value.length()) return PyStr.ofChar(str.value.charAt(index++));
        } else {
            PyInt i = PyInt.of(index++);
            try {
                return s.getItem(i);
            } catch (PyException e) {
                if (!e.matches(ExcTypes.IndexError) && !e.matches(ExcTypes.StopIteration)) throw e;
                Rc.decref(e.value);
            } finally {
                Rc.decref(i);
            }
        }
        seq = null;
        Rc.decref(s);
        return null;
    }

    @Override
    public void forEachRef(RefVisitor v) {
        if (seq != null) v.visit(seq);
    }
}

package org.gillab.runtime;

import org.gillab.obj.Py;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyIterator;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.obj.RefVisitor;
import org.gillab.spi.Rc;

/** The lazy iterators behind enumerate, zip, map, filter and reversed. Each owns what it iterates. */
final class Iterators {
    private Iterators() {}

    static final class Enumerate extends PyIterator {
        static final PyType TYPE = PyType.builtin("enumerate", Enumerate.class);
        private PyObject it;
        private long count;

        Enumerate(PyObject it, long start) {
            this.it = it;
            this.count = start;
        }

        @Override public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (it == null) return null;
            PyObject v = it.next();
            if (v == null) {
                Rc.decref(it);
                it = null;
                return null;
            }
            return new PyTuple(new PyObject[] {PyInt.of(count++), v});
        }

        @Override public void forEachRef(RefVisitor v) { if (it != null) v.visit(it); }
    }

    static final class Zip extends PyIterator {
        static final PyType TYPE = PyType.builtin("zip", Zip.class);
        private PyObject[] its;

        Zip(PyObject[] its) {
            this.its = its;
        }

        @Override public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (its == null || its.length == 0) return null; // zip() with no iterables is empty
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = its[i].next();
                if (v == null) {
                    for (int j = 0; j < i; j++) Rc.decref(items[j]);
                    finish();
                    return null;
                }
                items[i] = v;
            }
            return new PyTuple(items);
        }

        private void finish() {
            PyObject[] a = its;
            its = null;
            for (PyObject o : a) Rc.decref(o);
        }

        @Override public void forEachRef(RefVisitor v) { if (its != null) for (PyObject o : its) v.visit(o); }
    }

    static final class MapIter extends PyIterator {
        static final PyType TYPE = PyType.builtin("map", MapIter.class);
        private final PyObject fn;
        private PyObject[] its;

        MapIter(PyObject fn, PyObject[] its) {
            Rc.incref(fn);
            this.fn = fn;
            this.its = its;
        }

        @Override public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (its == null) return null;
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = its[i].next();
                if (v == null) {
                    for (int j = 0; j < i; j++) Rc.decref(args[j]);
                    PyObject[] a = its;
                    its = null;
                    for (PyObject o : a) Rc.decref(o);
                    return null;
                }
                args[i] = v;
            }
            try {
                return fn.call(args, null);
            } finally {
                for (PyObject a : args) Rc.decref(a);
            }
        }

        @Override
        public void forEachRef(RefVisitor v) {
            v.visit(fn);
            if (its != null) for (PyObject o : its) v.visit(o);
        }
    }

    static final class Filter extends PyIterator {
        static final PyType TYPE = PyType.builtin("filter", Filter.class);
        private final PyObject fn; // None: keep truthy items
        private PyObject it;

        Filter(PyObject fn, PyObject it) {
            Rc.incref(fn);
            this.fn = fn;
            this.it = it;
        }

        @Override public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            while (it != null) {
                PyObject v = it.next();
                if (v == null) {
                    Rc.decref(it);
                    it = null;
                    return null;
                }
                boolean keep;
                try {
                    if (fn == Py.None) {
                        keep = v.isTrue();
                    } else {
                        PyObject r = fn.call(new PyObject[] {v}, null);
                        keep = r.isTrue();
                        Rc.decref(r);
                    }
                } catch (RuntimeException e) {
                    Rc.decref(v);
                    throw e;
                }
                if (keep) return v;
                Rc.decref(v);
            }
            return null;
        }

        @Override
        public void forEachRef(RefVisitor v) {
            v.visit(fn);
            if (it != null) v.visit(it);
        }
    }

    /** reversed() over a sequence: by index from the end. */
    static final class Reversed extends PyIterator {
        static final PyType TYPE = PyType.builtin("reversed", Reversed.class);
        private PyObject seq;
        private int index;

        Reversed(PyObject seq) {
            Rc.incref(seq);
            this.seq = seq;
            this.index = seq.len() - 1;
        }

        @Override public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (seq == null) return null;
            if (index >= 0 && index < seq.len()) {
                PyInt i = PyInt.of(index--);
                try {
                    return seq.getItem(i);
                } finally {
                    Rc.decref(i);
                }
            }
            Rc.decref(seq);
            seq = null;
            return null;
        }

        @Override public void forEachRef(RefVisitor v) { if (seq != null) v.visit(seq); }
    }
}

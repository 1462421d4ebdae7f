package org.gillab.obj;

import org.gillab.spi.Rc;

/**
 * The header and protocol every Python object shares.
 *
 * <p>The header is a reference count, counted exactly where CPython counts (see {@link Rc}). The
 * JVM's garbage collector reclaims memory; the count decides when an object is <em>dead</em> in
 * Python's sense, so that a use after free, an over-count (leak) or an under-count is observable,
 * which is what the concurrency models are compared on.
 *
 * <p>Protocol methods follow one ownership rule, CPython's: arguments are borrowed, results are new
 * references. Defaults raise the TypeError CPython would raise; each type overrides what it supports.
 * Java's {@code equals}/{@code hashCode} are left as identity on purpose: Python equality and hashing
 * are {@link #pyEquals} and {@link #pyHash}.
 */
public abstract class PyObject {
    /** The reference count; see {@link Rc} for its special values (immortal, dead). */
    public int refcnt = 1;

    /**
     * The thread that created this object: biased reference counting (PEP 703's {@code ob_tid})
     * lets it count without atomics. Other models ignore it.
     */
    public final Thread owner = Thread.currentThread();

    /** Biased reference counting's shared count (PEP 703's {@code ob_ref_shared}), updated atomically. */
    public int shared;

    /**
     * A per-object lock a model may install on first use (Greg Stein's per-container mutex, PEP 703's
     * {@code ob_mutex}); null until then, and always null under models that take no object locks.
     */
    public volatile Object lock;

    protected PyObject() {
        if (Heap.tracking) Heap.track(this);
    }

    public abstract PyType type();

    /** Visit every reference this object owns. Used to release them on dealloc and by the audit. */
    public void forEachRef(RefVisitor v) {}

    /** Called once, when the count reaches zero: release owned references. */
    public void release() {
        forEachRef(Rc::decref);
    }

    /**
     * The cycle collector found this object in unreachable garbage: drop the references it owns and
     * leave it empty but valid (CPython's {@code tp_clear}), so that the cycle's counts fall to zero
     * through the ordinary decref path. The default does nothing (a tuple, like CPython's, has none:
     * another member of its cycle breaks it).
     */
    public void gcClear() {}

    /**
     * The collector's finalizer step (CPython's {@code tp_finalize}, PEP 442), run on unreachable
     * objects before any is cleared; may run Python code. Only generators have one (their close).
     */
    public void gcFinalize() {}

    /** Whether this object is dead (its count reached zero). */
    public final boolean isDead() {
        return refcnt <= Rc.DEAD_THRESHOLD;
    }

    // ---------------------------------------------------------------- conversion to text

    /** {@code repr(self)}. */
    public String repr() {
        return "<" + type().name + " object>";
    }

    /** {@code str(self)}. */
    public String str() {
        return repr();
    }

    // ---------------------------------------------------------------- truth, hashing, equality

    public boolean isTrue() {
        return true;
    }

    /** Python's hash; never -1. */
    public long pyHash() {
        return System.identityHashCode(this);
    }

    /** {@code self == other} as a Java boolean (used by containers and the interpreter). */
    public boolean pyEquals(PyObject other) {
        return this == other;
    }

    /**
     * A rich comparison ({@link CmpOp}); returns a new reference, or null for NotImplemented. The
     * interpreter tries the reflected operation and the identity fallback for == and !=.
     */
    public PyObject richCompare(PyObject other, int op) {
        return null;
    }

    // ---------------------------------------------------------------- numbers and operators

    /**
     * A binary operator ({@link BinOps} code) with this object on the left ({@code reflected} false) or
     * the right ({@code reflected} true); returns a new reference, or null for NotImplemented.
     */
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        return null;
    }

    /** Unary {@code -}, {@code +}, {@code ~} ({@link BinOps#NEG} etc.); a new reference. */
    public PyObject unaryOp(int op) {
        throw Py.typeError("bad operand type for unary " + BinOps.unarySymbol(op) + ": '" + type().name + "'");
    }

    // ---------------------------------------------------------------- containers

    public int len() {
        throw Py.typeError("object of type '" + type().name + "' has no len()");
    }

    public PyObject getItem(PyObject key) {
        throw Py.typeError("'" + type().name + "' object is not subscriptable");
    }

    public void setItem(PyObject key, PyObject value) {
        throw Py.typeError("'" + type().name + "' object does not support item assignment");
    }

    public void delItem(PyObject key) {
        throw Py.typeError("'" + type().name + "' object does not support item deletion");
    }

    public boolean contains(PyObject item) {
        PyObject it = iter();
        try {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                boolean eq = x == item || x.pyEquals(item);
                Rc.decref(x);
                if (eq) return true;
            }
            return false;
        } finally {
            Rc.decref(it);
        }
    }

    // ---------------------------------------------------------------- iteration

    /** {@code iter(self)}; a new reference. */
    public PyObject iter() {
        throw Py.typeError("'" + type().name + "' object is not iterable");
    }

    /** {@code next(self)}: a new reference, or null when exhausted (no StopIteration is raised). */
    public PyObject next() {
        throw Py.typeError("'" + type().name + "' object is not an iterator");
    }

    // ---------------------------------------------------------------- attributes

    /** {@code self.name}; a new reference. Raises AttributeError when missing. */
    public PyObject getAttr(String name) {
        PyObject r = type().bindAttr(this, name);
        if (r == null) {
            if (name.equals("__class__")) return Rc.newRef(type());
            throw Py.attributeError(this, name);
        }
        return r;
    }

    /**
     * Whether {@link #getAttr} is the generic lookup on the type, so that the interpreter may call a
     * method found on the type directly instead of binding it first (LOAD_METHOD).
     */
    public boolean genericGetAttr() {
        return true;
    }

    /**
     * The descriptor protocol: this object was found on {@code type}'s MRO while looking up an
     * attribute of {@code obj}. Functions bind to a method here; plain values return themselves.
     */
    public PyObject descrGet(PyObject obj, PyType type) {
        Rc.incref(this);
        return this;
    }

    /** The same, for an attribute read through the class itself ({@code Cls.attr}). */
    public PyObject descrGetOnClass(PyType type) {
        Rc.incref(this);
        return this;
    }

    /** Assignment through a data descriptor (a property's setter). */
    public void descrSet(PyObject obj, PyObject value) {
        throw Py.attributeError("can't set attribute");
    }

    /** Whether this descriptor wins over an instance's own dict (a property). */
    public boolean isDataDescriptor() {
        return false;
    }

    public void setAttr(String name, PyObject value) {
        throw Py.attributeErrorReadonly(this, name);
    }

    public void delAttr(String name) {
        throw Py.attributeErrorReadonly(this, name);
    }

    // ---------------------------------------------------------------- calls

    /**
     * {@code self(*args, **kw)}. {@code args} holds the positional arguments followed by the keyword
     * arguments' values; {@code kwnames} names the last {@code kwnames.length} entries, or is null.
     * Arguments are borrowed; the result is a new reference.
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        throw Py.typeError("'" + type().name + "' object is not callable");
    }

    public boolean isCallable() {
        return false;
    }

    /** The {@code __name__} to show in reprs of methods and errors. */
    public String getAttrName() {
        return type().name;
    }
}

package org.gillab.obj;

import java.util.IdentityHashMap;

import org.gillab.spi.Rc;

/**
 * The abstract object operations (CPython's {@code Objects/abstract.c} and {@code object.c}):
 * binary operators with the reflected fallback, rich comparison with its fallbacks, and the
 * helpers the interpreter and the built-in types share. Results are new references.
 */
public final class Ops {
    private Ops() {}

    // ---------------------------------------------------------------- binary operators

    /** {@code a op b}: the left operand's method, then the right operand's reflected one. */
    public static PyObject binary(int op, PyObject a, PyObject b) {
        if (a instanceof PyInt ia && b instanceof PyInt ib && !(a instanceof PyBool) && !(b instanceof PyBool)) {
            PyObject r = PyInt.arith(op, ia, ib);
            if (r != null) return r;
        }
        PyObject r;
        if (b.type() != a.type() && b.type().isSubtypeOf(a.type()) && b instanceof PyInstance) {
            r = b.binaryOp(op, a, true);
            if (r != null) return r;
            r = a.binaryOp(op, b, false);
            if (r != null) return r;
        } else {
            r = a.binaryOp(op, b, false);
            if (r != null) return r;
            if (b.type() != a.type() || b instanceof PyInstance) {
                r = b.binaryOp(op, a, true);
                if (r != null) return r;
            }
        }
        if (op == BinOps.ADD && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) {
            String t = a.type().name;
            throw Py.typeError("can only concatenate " + t + " (not \"" + b.type().name + "\") to " + t);
        }
        throw Py.typeError("unsupported operand type(s) for " + BinOps.symbol(op) + ": '" + a.type().name + "' and '"
                + b.type().name + "'");
    }

    /** {@code a op= b}: in place where the type supports it (list +=, {@code __iadd__}), else binary. */
    public static PyObject inplace(int op, PyObject a, PyObject b) {
        if (a instanceof PyList l) {
            if (op == BinOps.ADD) return l.inplaceAdd(b);
        } else if (a instanceof PyInstance inst) {
            PyObject r = inst.inplaceOp(op, b);
            if (r != null) return r;
        } else if (a instanceof PyDict d && op == BinOps.OR && b instanceof PyDict) {
            d.update(b);
            return Rc.newRef(d);
        } else if (a instanceof PySet s && b instanceof PySet) {
            PyObject r = s.inplaceOp(op, (PySet) b);
            if (r != null) return r;
        }
        try {
            return binary(op, a, b);
        } catch (PyException e) {
            if (!e.matches(ExcTypes.TypeError) || !e.value.str().startsWith("unsupported operand")) throw e;
            Rc.decref(e.value);
            throw Py.typeError("unsupported operand type(s) for " + BinOps.inplaceSymbol(op) + ": '" + a.type().name
                    + "' and '" + b.type().name + "'");
        }
    }

    // ---------------------------------------------------------------- comparison

    /** {@code a op b} for the six rich comparisons, with CPython's fallbacks. A new reference. */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        PyObject r;
        boolean checkedReflected = false;
        if (b.type() != a.type() && b.type().isSubtypeOf(a.type()) && b instanceof PyInstance) {
            checkedReflected = true;
            r = b.richCompare(a, CmpOp.swapped(op));
            if (r != null) return r;
        }
        r = a.richCompare(b, op);
        if (r != null) return r;
        if (!checkedReflected) {
            r = b.richCompare(a, CmpOp.swapped(op));
            if (r != null) return r;
        }
        if (op == CmpOp.EQ) return Py.bool(a == b);
        if (op == CmpOp.NE) return Py.bool(a != b);
        throw Py.typeError("'" + CmpOp.symbol(op) + "' not supported between instances of '" + a.type().name + "' and '"
                + b.type().name + "'");
    }

    /** {@code a == b} as a Java boolean, identity first (as containers compare). */
    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) return true;
        if (a instanceof PyStr sa) return b instanceof PyStr sb && sa.value.equals(sb.value);
        if (a instanceof PyInt ia && b instanceof PyInt ib && ia.big == null && ib.big == null) return ia.value == ib.value;
        PyObject r = richCompare(a, b, CmpOp.EQ);
        try {
            return r.isTrue();
        } finally {
            Rc.decref(r);
        }
    }

    /** {@code a < b} as a Java boolean (sorting, min, max). */
    public static boolean lessThan(PyObject a, PyObject b) {
        if (a instanceof PyInt ia && b instanceof PyInt ib && ia.big == null && ib.big == null) return ia.value < ib.value;
        if (a instanceof PyFloat fa && b instanceof PyFloat fb) return fa.value < fb.value;
        if (a instanceof PyStr sa && b instanceof PyStr sb) return sa.value.compareTo(sb.value) < 0;
        PyObject r = richCompare(a, b, CmpOp.LT);
        try {
            return r.isTrue();
        } finally {
            Rc.decref(r);
        }
    }

    /** Lexicographic comparison of two item arrays (tuples, lists). */
    public static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int i = 0;
        while (i < na && i < nb && eq(a[i], b[i])) i++;
        if (i >= na || i >= nb) return Py.bool(CmpOp.test(op, Integer.compare(na, nb)));
        if (op == CmpOp.EQ) return PyBool.FALSE;
        if (op == CmpOp.NE) return PyBool.TRUE;
        return richCompare(a[i], b[i], op);
    }


    // ---------------------------------------------------------------- repr with recursion guard

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> IN_REPR =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Marks {@code o} as being printed; false if it already is (a self-referencing container). */
    public static boolean enterRepr(PyObject o) {
        return IN_REPR.get().put(o, Boolean.TRUE) == null;
    }

    public static void leaveRepr(PyObject o) {
        IN_REPR.get().remove(o);
    }

    /** {@code str(o)} as a new str object. */
    public static PyStr strOf(PyObject o) {
        if (o instanceof PyStr s && o.type() == PyStr.TYPE) return Rc.newRef(s);
        return PyStr.of(o.str());
    }

    // ---------------------------------------------------------------- iteration

    /** Collects an iterable's items, each a new reference (for unpacking, tuple(), sorted()). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            PyObject[] a = t.array().clone();
            for (PyObject o : a) Rc.incref(o);
            return a;
        }
        if (iterable instanceof PyList l) return l.snapshot();
        PyList tmp = new PyList();
        try {
            tmp.extend(iterable);
            return tmp.snapshot();
        } finally {
            Rc.decref(tmp);
        }
    }

    /** {@code getattr(o, name, default)}-style lookup: a new reference, or null if missing. */
    public static PyObject getAttrOrNull(PyObject o, String name) {
        try {
            return o.getAttr(name);
        } catch (PyException e) {
            if (!e.matches(ExcTypes.AttributeError)) throw e;
            Rc.decref(e.value);
            return null;
        }
    }
}

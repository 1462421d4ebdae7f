package org.gillab.obj;

import java.math.BigInteger;

import org.gillab.spi.Rc;

/**
 * The object model's common vocabulary: the singletons, constructors of common values, and the
 * standard exceptions as they are raised from Java ({@code throw Py.typeError("...")}).
 */
public final class Py {
    private Py() {}

    public static final PySingleton None = Rc.immortal(new PySingleton("NoneType", "None", false));
    public static final PySingleton NotImplemented =
            Rc.immortal(new PySingleton("NotImplementedType", "NotImplemented", true));
    public static final PySingleton Ellipsis = Rc.immortal(new PySingleton("ellipsis", "Ellipsis", true));

    public static PyBool bool(boolean b) {
        return b ? PyBool.TRUE : PyBool.FALSE;
    }

    public static PyInt newInt(long v) {
        return PyInt.of(v);
    }

    public static PyInt newInt(BigInteger v) {
        return PyInt.of(v);
    }

    public static PyStr str(String s) {
        return new PyStr(s);
    }

    /** Combines two hashes (for tuples, bound methods); never -1. */
    public static long hashMix(long a, long b) {
        long h = a * 1000003L ^ b;
        return h == -1 ? -2 : h;
    }

    // ---------------------------------------------------------------- exceptions

    public static PyException raise(PyType excType, String message) {
        return new PyException(PyBaseException.withMessage(excType, message));
    }

    public static PyException typeError(String msg) { return raise(ExcTypes.TypeError, msg); }

    public static PyException valueError(String msg) { return raise(ExcTypes.ValueError, msg); }

    public static PyException indexError(String msg) { return raise(ExcTypes.IndexError, msg); }

    public static PyException attributeError(String msg) { return raise(ExcTypes.AttributeError, msg); }

    public static PyException nameError(String name) {
        return raise(ExcTypes.NameError, "name '" + name + "' is not defined");
    }

    public static PyException zeroDivision(String msg) { return raise(ExcTypes.ZeroDivisionError, msg); }

    public static PyException overflowError(String msg) { return raise(ExcTypes.OverflowError, msg); }

    public static PyException runtimeError(String msg) { return raise(ExcTypes.RuntimeError, msg); }

    public static PyException systemError(String msg) { return raise(ExcTypes.SystemError, msg); }

    public static PyException osError(String msg) { return raise(ExcTypes.OSError, msg); }

    public static PyException notImplemented(String msg) { return raise(ExcTypes.NotImplementedError, msg); }

    /** {@code KeyError(key)}: its message is the key's repr. */
    public static PyException keyError(PyObject key) {
        Rc.incref(key);
        return new PyException(PyBaseException.withArgs(ExcTypes.KeyError, new PyTuple(new PyObject[] {key})));
    }

    public static PyException stopIteration() {
        return new PyException(PyBaseException.withArgs(ExcTypes.StopIteration, PyTuple.EMPTY));
    }

    public static PyException attributeError(PyObject obj, String name) {
        if (obj instanceof PyModule m) {
            return attributeError("module '" + m.name + "' has no attribute '" + name + "'");
        }
        return attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
    }

    public static PyException attributeErrorReadonly(PyObject obj, String name) {
        if (obj.type().lookup(name) != null) {
            return attributeError("'" + obj.type().name + "' object attribute '" + name + "' is read-only");
        }
        return attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
    }

    public static PyException unhashable(PyObject obj) {
        return typeError("unhashable type: '" + obj.type().name + "'");
    }

    // ---------------------------------------------------------------- small conversions

    /** The Java string of a str argument, or a TypeError naming the function. */
    public static String asString(PyObject o, String what) {
        if (o instanceof PyStr s) return s.value;
        throw typeError(what + " must be str, not " + o.type().name);
    }

    /** An int argument that fits in a Java int (indices, counts). */
    public static int asIndex(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
                throw raise(ExcTypes.IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return (int) i.value;
        }
        PyObject idx = o.type().lookup("__index__");
        if (idx != null) {
            PyObject r = idx.call(new PyObject[] {o}, null);
            try {
                return asIndex(r);
            } finally {
                Rc.decref(r);
            }
        }
        throw typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    /** A long from an int, for arguments that must fit in 64 bits. */
    public static long asLong(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big != null) throw overflowError("Python int too large to convert to C long");
            return i.value;
        }
        throw typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    /** A float value from an int or float argument. */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        PyObject m = o.type().lookup("__float__");
        if (m != null) {
            PyObject r = m.call(new PyObject[] {o}, null);
            try {
                if (r instanceof PyFloat f) return f.value;
                throw typeError(o.type().name + ".__float__ returned non-float (type " + r.type().name + ")");
            } finally {
                Rc.decref(r);
            }
        }
        throw typeError("must be real number, not " + o.type().name);
    }

    /** Calls a callable with positional arguments (borrowed); a new reference. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return callable.call(args, null);
    }

    /** {@code callable(*args)} and drops the result. */
    public static void callAndDrop(PyObject callable, PyObject... args) {
        Rc.decref(callable.call(args, null));
    }
}

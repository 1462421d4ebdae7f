package org.gillab.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;

import org.gillab.obj.Args;
import org.gillab.obj.BytesMethods;
import org.gillab.obj.CmpOp;
import org.gillab.obj.ExcTypes;
import org.gillab.obj.Formatter;
import org.gillab.obj.NativeFn;
import org.gillab.obj.Ops;
import org.gillab.obj.Py;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyDescriptors;
import org.gillab.obj.PyDict;
import org.gillab.obj.PyException;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInstance;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyNativeFunction;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyRange;
import org.gillab.obj.PySet;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.obj.StrMethods;
import org.gillab.spi.Rc;
import org.gillab.vm.ThreadState;

/**
 * The {@code builtins} namespace: the functions and types every program sees. One immortal dict,
 * built once per JVM and shared by every interpreter (its entries are immortal too).
 */
public final class Builtins {
    private Builtins() {}

    private static final PyDict DICT = Rc.immortal(new PyDict());

    static {
        StrMethods.install();
        BytesMethods.install();
        ObjectMethods.install();
        Conversions.install();
        for (Map.Entry<String, PyType> e : ExcTypes.ALL.entrySet()) DICT.setStr(e.getKey(), e.getValue());
        type("object", PyType.OBJECT);
        type("type", PyType.TYPE);
        type("int", PyInt.TYPE);
        type("bool", PyBool.TYPE);
        type("float", PyFloat.TYPE);
        type("str", PyStr.TYPE);
        type("bytes", PyBytes.TYPE);
        type("list", PyList.TYPE);
        type("tuple", PyTuple.TYPE);
        type("dict", PyDict.TYPE);
        type("set", PySet.TYPE);
        type("range", PyRange.TYPE);
        type("staticmethod", PyDescriptors.StaticMethod.TYPE);
        type("classmethod", PyDescriptors.ClassMethod.TYPE);
        type("property", PyDescriptors.Property.TYPE);
        type("enumerate", Iterators.Enumerate.TYPE);
        type("zip", Iterators.Zip.TYPE);
        type("map", Iterators.MapIter.TYPE);
        type("filter", Iterators.Filter.TYPE);
        type("reversed", Iterators.Reversed.TYPE);
        type("super", Super.TYPE);
        DICT.setStr("NotImplemented", Py.NotImplemented);
        DICT.setStr("Ellipsis", Py.Ellipsis);
        DICT.setStr("__name__", PyStr.intern("builtins"));

        def("print", Builtins::print);
        def("len", (a, kw) -> { Args.exact("len", a, kw, 1); return PyInt.of(a[0].len()); });
        def("repr", (a, kw) -> { Args.exact("repr", a, kw, 1); return PyStr.of(a[0].repr()); });
        def("ascii", (a, kw) -> { Args.exact("ascii", a, kw, 1); return PyStr.of(Formatter.ascii(a[0].repr())); });
        def("abs", (a, kw) -> { Args.exact("abs", a, kw, 1); return abs(a[0]); });
        def("hash", (a, kw) -> { Args.exact("hash", a, kw, 1); return PyInt.of(a[0].pyHash()); });
        def("id", (a, kw) -> { Args.exact("id", a, kw, 1); return PyInt.of(System.identityHashCode(a[0])); });
        def("callable", (a, kw) -> { Args.exact("callable", a, kw, 1); return Py.bool(a[0].isCallable()); });
        def("iter", (a, kw) -> { Args.between("iter", a, kw, 1, 1); return a[0].iter(); });
        def("next", Builtins::next);
        def("isinstance", (a, kw) -> { Args.between("isinstance", a, kw, 2, 2); return Py.bool(isInstance(a[0], a[1], "isinstance")); });
        def("issubclass", (a, kw) -> {
            Args.between("issubclass", a, kw, 2, 2);
            if (!(a[0] instanceof PyType t)) throw Py.typeError("issubclass() arg 1 must be a class");
            return Py.bool(isSubclass(t, a[1]));
        });
        def("getattr", Builtins::getattr);
        def("setattr", (a, kw) -> {
            Args.between("setattr", a, kw, 3, 3);
            a[0].setAttr(Py.asString(a[1], "attribute name"), a[2]);
            return Py.None;
        });
        def("delattr", (a, kw) -> {
            Args.between("delattr", a, kw, 2, 2);
            a[0].delAttr(Py.asString(a[1], "attribute name"));
            return Py.None;
        });
        def("hasattr", (a, kw) -> {
            Args.between("hasattr", a, kw, 2, 2);
            PyObject v = Ops.getAttrOrNull(a[0], Py.asString(a[1], "attribute name"));
            if (v == null) return PyBool.FALSE;
            Rc.decref(v);
            return PyBool.TRUE;
        });
        def("sum", Builtins::sum);
        def("min", (a, kw) -> minMax(a, kw, "min", CmpOp.LT));
        def("max", (a, kw) -> minMax(a, kw, "max", CmpOp.GT));
        def("sorted", Builtins::sorted);
        def("any", (a, kw) -> { Args.exact("any", a, kw, 1); return Py.bool(anyAll(a[0], true)); });
        def("all", (a, kw) -> { Args.exact("all", a, kw, 1); return Py.bool(!anyAll(a[0], false)); });
        def("divmod", (a, kw) -> { Args.between("divmod", a, kw, 2, 2); return divmod(a[0], a[1]); });
        def("pow", Builtins::pow);
        def("round", Builtins::round);
        def("chr", (a, kw) -> {
            Args.exact("chr", a, kw, 1);
            long c = Py.asLong(a[0]);
            if (c < 0 || c > 0x10ffff) throw Py.valueError("chr() arg not in range(0x110000)");
            return PyStr.of(new String(Character.toChars((int) c)));
        });
        def("ord", (a, kw) -> {
            Args.exact("ord", a, kw, 1);
            if (a[0] instanceof PyStr s) {
                if (s.value.codePointCount(0, s.value.length()) != 1) {
                    throw Py.typeError("ord() expected a character, but string of length " + s.value.length() + " found");
                }
                return PyInt.of(s.value.codePointAt(0));
            }
            if (a[0] instanceof PyBytes b && b.value.length == 1) return PyInt.of(b.value[0] & 0xff);
            throw Py.typeError("ord() expected string of length 1, but " + a[0].type().name + " found");
        });
        def("hex", (a, kw) -> { Args.exact("hex", a, kw, 1); return PyStr.of(radix(a[0], 16, "0x")); });
        def("oct", (a, kw) -> { Args.exact("oct", a, kw, 1); return PyStr.of(radix(a[0], 8, "0o")); });
        def("bin", (a, kw) -> { Args.exact("bin", a, kw, 1); return PyStr.of(radix(a[0], 2, "0b")); });
        def("format", (a, kw) -> {
            Args.between("format", a, kw, 1, 2);
            return PyStr.of(Formatter.formatSpec(a[0], a.length > 1 ? Py.asString(a[1], "format() argument 2") : ""));
        });
        def("input", (a, kw) -> { throw Py.raise(ExcTypes.EOFError, "input() is not available to gillab programs"); });
        def("globals", (a, kw) -> { throw Py.notImplemented("globals() is not supported by gillab"); });
    }

    /** The shared builtins dict. */
    public static PyDict dict() {
        return DICT;
    }

    private static void def(String name, NativeFn fn) {
        DICT.setStr(name, Rc.immortal(new PyNativeFunction(name, fn)));
    }

    private static void type(String name, PyType t) {
        DICT.setStr(name, t);
    }

    // ---------------------------------------------------------------- print and friends

    private static PyObject print(PyObject[] a, String[] kw) {
        PyObject[] opts = kwOnly("print", a, kw, new String[] {"sep", "end", "file", "flush"});
        String sep = opts[0] == null || opts[0] == Py.None ? " " : Py.asString(opts[0], "sep");
        String end = opts[1] == null || opts[1] == Py.None ? "\n" : Py.asString(opts[1], "end");
        if (opts[2] != null && opts[2] != Py.None) throw Py.notImplemented("print(file=...) is not supported by gillab");
        int npos = Args.positional(a, kw);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) sb.append(sep);
            sb.append(a[i].str());
        }
        sb.append(end);
        ThreadState.current().interp.write(sb.toString());
        return Py.None;
    }

    /** Keyword-only options after any number of positional arguments. */
    static PyObject[] kwOnly(String fn, PyObject[] a, String[] kw, String[] names) {
        PyObject[] out = new PyObject[names.length];
        if (kw == null) return out;
        int npos = a.length - kw.length;
        outer:
        for (int k = 0; k < kw.length; k++) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kw[k])) {
                    out[i] = a[npos + k];
                    continue outer;
                }
            }
            throw Py.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fn + "()");
        }
        return out;
    }

    private static PyObject next(PyObject[] a, String[] kw) {
        Args.between("next", a, kw, 1, 2);
        if (!(a[0] instanceof org.gillab.obj.PyIterator) && a[0].type().lookup("__next__") == null) {
            throw Py.typeError("'" + a[0].type().name + "' object is not an iterator");
        }
        PyObject v = a[0].next();
        if (v != null) return v;
        if (a.length > 1) return Rc.newRef(a[1]);
        throw Py.stopIteration();
    }

    private static PyObject getattr(PyObject[] a, String[] kw) {
        Args.between("getattr", a, kw, 2, 3);
        String name = Py.asString(a[1], "attribute name");
        if (a.length == 2) return a[0].getAttr(name);
        PyObject v = Ops.getAttrOrNull(a[0], name);
        return v != null ? v : Rc.newRef(a[2]);
    }

    // ---------------------------------------------------------------- numbers

    private static PyObject abs(PyObject o) {
        if (o instanceof PyInt i) return i.signum() < 0 ? i.unaryOp(org.gillab.obj.BinOps.NEG) : PyInt.of(i.toBigInteger());
        if (o instanceof PyFloat f) return new PyFloat(Math.abs(f.value));
        PyObject m = o.type().lookup("__abs__");
        if (m == null) throw Py.typeError("bad operand type for abs(): '" + o.type().name + "'");
        return Py.call(m, o);
    }

    private static PyObject divmod(PyObject x, PyObject y) {
        if (x instanceof PyInt a && y instanceof PyInt b) {
            PyInt q = PyInt.floorDiv(a, b);
            PyInt r = PyInt.mod(a, b);
            return new PyTuple(new PyObject[] {q, r});
        }
        if ((x instanceof PyFloat || x instanceof PyInt) && (y instanceof PyFloat || y instanceof PyInt)) {
            double a = Py.asDouble(x), b = Py.asDouble(y);
            if (b == 0.0) throw Py.zeroDivision("float divmod()");
            double[] qr = PyFloat.divmod(a, b);
            return new PyTuple(new PyObject[] {new PyFloat(qr[0]), new PyFloat(qr[1])});
        }
        PyObject m = x.type().lookup("__divmod__");
        if (m != null) return Py.call(m, x, y);
        throw Py.typeError("unsupported operand type(s) for divmod(): '" + x.type().name + "' and '" + y.type().name + "'");
    }

    private static PyObject pow(PyObject[] a, String[] kw) {
        PyObject[] b = Args.bind("pow", a, kw, new String[] {"base", "exp", "mod"}, 2, 3);
        if (b[2] == null || b[2] == Py.None) return Ops.binary(org.gillab.obj.BinOps.POW, b[0], b[1]);
        if (!(b[0] instanceof PyInt x) || !(b[1] instanceof PyInt y) || !(b[2] instanceof PyInt m)) {
            throw Py.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return PyInt.powMod(x, y, m);
    }

    private static PyObject round(PyObject[] a, String[] kw) {
        PyObject[] b = Args.bind("round", a, kw, new String[] {"number", "ndigits"}, 1, 2);
        PyObject x = b[0];
        boolean hasDigits = b[1] != null && b[1] != Py.None;
        if (x instanceof PyInt i) {
            if (!hasDigits) return Rc.newRef(i);
            long nd = Py.asIndex(b[1]);
            if (nd >= 0) return Rc.newRef(i);
            BigDecimal d = new BigDecimal(i.toBigInteger()).setScale((int) nd, RoundingMode.HALF_EVEN);
            return PyInt.of(d.setScale(0, RoundingMode.UNNECESSARY).toBigInteger());
        }
        if (x instanceof PyFloat f) {
            double v = f.value;
            if (!hasDigits) {
                if (Double.isNaN(v)) throw Py.valueError("cannot convert float NaN to integer");
                if (Double.isInfinite(v)) throw Py.overflowError("cannot convert float infinity to integer");
                return PyFloat.toInt(Math.rint(v));
            }
            int nd = Py.asIndex(b[1]);
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0.0) return new PyFloat(v);
            if (nd > 330) return new PyFloat(v);
            if (nd < -330) return new PyFloat(0.0 * v);
            double r = new BigDecimal(v).setScale(nd, RoundingMode.HALF_EVEN).doubleValue();
            if (Double.isInfinite(r)) throw Py.overflowError("rounded value too large to represent");
            return new PyFloat(r == 0.0 ? Math.copySign(0.0, v) : r);
        }
        PyObject m = x.type().lookup("__round__");
        if (m == null) throw Py.typeError("type " + x.type().name + " doesn't define __round__ method");
        return hasDigits ? Py.call(m, x, b[1]) : Py.call(m, x);
    }

    private static String radix(PyObject o, int radix, String prefix) {
        if (!(o instanceof PyInt i)) {
            throw Py.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        BigInteger v = i.toBigInteger();
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }

    // ---------------------------------------------------------------- iterables

    private static PyObject sum(PyObject[] a, String[] kw) {
        PyObject[] b = Args.bind("sum", a, kw, new String[] {"iterable", "start"}, 1, 2);
        PyObject acc = b[1] == null ? PyInt.of(0) : Rc.newRef(b[1]);
        if (acc instanceof PyStr) {
            Rc.decref(acc);
            throw Py.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyObject it = b[0].iter();
        try {
            for (PyObject v = it.next(); v != null; v = it.next()) {
                PyObject n;
                try {
                    if (acc instanceof PyFloat f && v instanceof PyFloat g) n = new PyFloat(f.value + g.value);
                    else n = Ops.binary(org.gillab.obj.BinOps.ADD, acc, v);
                } finally {
                    Rc.decref(v);
                }
                Rc.decref(acc);
                acc = n;
            }
        } catch (RuntimeException e) {
            Rc.decref(acc);
            throw e;
        } finally {
            Rc.decref(it);
        }
        return acc;
    }

    private static PyObject minMax(PyObject[] a, String[] kw, String name, int op) {
        PyObject[] opts = kwOnly(name, a, kw, new String[] {"key", "default"});
        PyObject key = opts[0] == Py.None ? null : opts[0];
        int npos = Args.positional(a, kw);
        if (npos == 0) throw Py.typeError(name + " expected at least 1 argument, got 0");
        if (npos > 1 && opts[1] != null) {
            throw Py.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        PyObject it;
        if (npos == 1) {
            it = a[0].iter();
        } else {
            PyTuple args = PyTuple.copyOf(java.util.Arrays.copyOf(a, npos));
            it = args.iter();
            Rc.decref(args); // the iterator holds it now
        }
        PyObject best = null, bestKey = null;
        try {
            for (PyObject v = it.next(); v != null; v = it.next()) {
                PyObject k = key == null ? Rc.newRef(v) : Py.call(key, v);
                boolean better;
                try {
                    better = best == null || (op == CmpOp.LT ? Ops.lessThan(k, bestKey) : Ops.lessThan(bestKey, k));
                } catch (RuntimeException e) {
                    Rc.decref(v);
                    Rc.decref(k);
                    throw e;
                }
                if (better) {
                    Rc.xdecref(best);
                    Rc.xdecref(bestKey);
                    best = v;
                    bestKey = k;
                } else {
                    Rc.decref(v);
                    Rc.decref(k);
                }
            }
        } catch (RuntimeException e) {
            Rc.xdecref(best);
            Rc.xdecref(bestKey);
            throw e;
        } finally {
            Rc.decref(it);
        }
        Rc.xdecref(bestKey);
        if (best == null) {
            if (opts[1] != null) return Rc.newRef(opts[1]);
            throw Py.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static PyObject sorted(PyObject[] a, String[] kw) {
        if (Args.positional(a, kw) != 1) throw Py.typeError("sorted expected 1 argument, got " + Args.positional(a, kw));
        PyObject[] opts = kwOnly("sorted", a, kw, new String[] {"key", "reverse"});
        PyList l = new PyList();
        try {
            l.extend(a[0]);
            l.sort(opts[0] == null || opts[0] == Py.None ? null : opts[0], opts[1] != null && opts[1].isTrue());
        } catch (RuntimeException e) {
            Rc.decref(l);
            throw e;
        }
        return l;
    }

    private static boolean anyAll(PyObject iterable, boolean lookFor) {
        PyObject it = iterable.iter();
        try {
            for (PyObject v = it.next(); v != null; v = it.next()) {
                boolean t;
                try {
                    t = v.isTrue();
                } finally {
                    Rc.decref(v);
                }
                if (t == lookFor) return true;
            }
            return false;
        } finally {
            Rc.decref(it);
        }
    }

    // ---------------------------------------------------------------- types

    static boolean isInstance(PyObject o, PyObject cls, String fn) {
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.array()) if (isInstance(o, c, fn)) return true;
            return false;
        }
        if (!(cls instanceof PyType t)) {
            throw Py.typeError(fn + "() arg 2 must be a type, a tuple of types, or a union");
        }
        return o.type().isSubtypeOf(t);
    }

    static boolean isSubclass(PyType t, PyObject cls) {
        if (cls instanceof PyTuple tu) {
            for (PyObject c : tu.array()) if (isSubclass(t, c)) return true;
            return false;
        }
        if (!(cls instanceof PyType c)) throw Py.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return t.isSubtypeOf(c);
    }

    static {
        PyType.TYPE.constructor = (a, kw) -> {
            if (a.length == 1 && kw == null) return Rc.newRef(a[0].type());
            throw Py.typeError("type() with 3 arguments (creating a class) is not supported by gillab; use a class statement");
        };
        Iterators.Enumerate.TYPE.constructor = (a, kw) -> {
            PyObject[] b = Args.bind("enumerate", a, kw, new String[] {"iterable", "start"}, 1, 2);
            return new Iterators.Enumerate(b[0].iter(), b[1] == null ? 0 : Py.asLong(b[1]));
        };
        Iterators.Zip.TYPE.constructor = (a, kw) -> {
            Args.noKeywords("zip", kw);
            PyObject[] its = new PyObject[a.length];
            try {
                for (int i = 0; i < a.length; i++) its[i] = a[i].iter();
            } catch (PyException e) {
                for (PyObject o : its) Rc.xdecref(o);
                throw e;
            }
            return new Iterators.Zip(its);
        };
        Iterators.MapIter.TYPE.constructor = (a, kw) -> {
            Args.noKeywords("map", kw);
            if (a.length < 2) throw Py.typeError("map() must have at least two arguments.");
            PyObject[] its = new PyObject[a.length - 1];
            try {
                for (int i = 1; i < a.length; i++) its[i - 1] = a[i].iter();
            } catch (PyException e) {
                for (PyObject o : its) Rc.xdecref(o);
                throw e;
            }
            return new Iterators.MapIter(a[0], its);
        };
        Iterators.Filter.TYPE.constructor = (a, kw) -> {
            Args.between("filter", a, kw, 2, 2);
            return new Iterators.Filter(a[0], a[1].iter());
        };
        Iterators.Reversed.TYPE.constructor = (a, kw) -> {
            Args.between("reversed", a, kw, 1, 1);
            PyObject rev = a[0] instanceof PyInstance ? a[0].type().lookup("__reversed__") : null;
            if (rev != null) return Py.call(rev, a[0]);
            if (a[0] instanceof PyRange r) {
                long n = r.length();
                PyRange backwards = new PyRange(r.start + (n - 1) * r.step, r.start - r.step, -r.step);
                try {
                    return backwards.iter();
                } finally {
                    Rc.decref(backwards);
                }
            }
            if (a[0] instanceof PyDict || a[0] instanceof PySet || a[0].type().lookup("__getitem__") == null
                    && !(a[0] instanceof PyList || a[0] instanceof PyTuple || a[0] instanceof PyStr || a[0] instanceof PyBytes)) {
                if (a[0] instanceof PyDict d) {
                    PyObject[] keys = Ops.toArray(d);
                    java.util.Collections.reverse(java.util.Arrays.asList(keys));
                    return new PyTuple(keys).iter();
                }
                throw Py.typeError("'" + a[0].type().name + "' object is not reversible");
            }
            return new Iterators.Reversed(a[0]);
        };
        PyDescriptors.StaticMethod.TYPE.constructor = (a, kw) -> { Args.exact("staticmethod", a, kw, 1); return new PyDescriptors.StaticMethod(a[0]); };
        PyDescriptors.ClassMethod.TYPE.constructor = (a, kw) -> { Args.exact("classmethod", a, kw, 1); return new PyDescriptors.ClassMethod(a[0]); };
        PyDescriptors.Property.TYPE.constructor = (a, kw) -> {
            PyObject[] b = Args.bind("property", a, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0, 4);
            return new PyDescriptors.Property(b[0] == null ? Py.None : b[0], b[1] == null || b[1] == Py.None ? null : b[1]);
        };
    }
}

package org.gillab.runtime;

import java.math.BigInteger;

import org.gillab.obj.Args;
import org.gillab.obj.Ops;
import org.gillab.obj.Py;
import org.gillab.obj.PyBool;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.spi.Rc;

/** int(), float(), bool() and tuple(), and the few methods of int and float programs use. */
final class Conversions {
    private Conversions() {}

    static void install() {
        PyInt.TYPE.constructor = (a, kw) -> {
            PyObject[] b = Args.bind("int", a, kw, new String[] {"x", "base"}, 0, 2);
            if (b[0] == null) return PyInt.of(0);
            if (b[1] != null) {
                if (!(b[0] instanceof PyStr || b[0] instanceof PyBytes)) {
                    throw Py.typeError("int() can't convert non-string with explicit base");
                }
                return parseInt(b[0] instanceof PyStr s ? s.value : new String(((PyBytes) b[0]).value), Py.asIndex(b[1]), b[0]);
            }
            return toInt(b[0]);
        };
        PyFloat.TYPE.constructor = (a, kw) -> {
            Args.between("float", a, kw, 0, 1);
            if (a.length == 0) return new PyFloat(0.0);
            PyObject x = a[0];
            if (x instanceof PyFloat f) return x.type() == PyFloat.TYPE ? Rc.newRef(f) : new PyFloat(f.value);
            if (x instanceof PyStr s) return new PyFloat(parseFloat(s.value, s));
            return new PyFloat(Py.asDouble(x));
        };
        PyBool.TYPE.constructor = (a, kw) -> {
            Args.between("bool", a, kw, 0, 1);
            return Py.bool(a.length > 0 && a[0].isTrue());
        };
        PyTuple.TYPE.constructor = (a, kw) -> {
            Args.between("tuple", a, kw, 0, 1);
            if (a.length == 0) return PyTuple.EMPTY;
            if (a[0] instanceof PyTuple t) return Rc.newRef(t);
            PyObject[] items = Ops.toArray(a[0]);
            return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
        };
        PyInt.TYPE.def("bit_length", (self, a, kw) -> PyInt.of(((PyInt) self).toBigInteger().abs().bitLength()));
        PyInt.TYPE.def("bit_count", (self, a, kw) -> PyInt.of(((PyInt) self).toBigInteger().abs().bitCount()));
        PyInt.TYPE.def("__index__", (self, a, kw) -> Rc.newRef(self));
        PyInt.TYPE.def("to_bytes", (self, a, kw) -> {
            PyObject[] b = Args.bind("to_bytes", a, kw, new String[] {"length", "byteorder", "signed"}, 0, 2);
            // (signed is keyword-only, as in CPython)
            int n = b[0] == null ? 1 : Py.asIndex(b[0]);
            boolean little = b[1] != null && Py.asString(b[1], "byteorder").equals("little");
            boolean signed = b[2] != null && b[2].isTrue();
            java.math.BigInteger v = ((PyInt) self).toBigInteger();
            if (v.signum() < 0 && !signed) throw Py.overflowError("can't convert negative int to unsigned");
            byte[] raw = v.toByteArray();
            byte[] out = new byte[n];
            if (v.signum() < 0) java.util.Arrays.fill(out, (byte) 0xff); // two's complement sign extension
            for (int i = 0; i < n && i < raw.length; i++) out[n - 1 - i] = raw[raw.length - 1 - i];
            if (raw.length > n && !(raw.length == n + 1 && raw[0] == 0)) throw Py.overflowError("int too big to convert");
            if (little) for (int i = 0; i < n / 2; i++) { byte t = out[i]; out[i] = out[n - 1 - i]; out[n - 1 - i] = t; }
            return new PyBytes(out);
        });
        PyFloat.TYPE.def("is_integer", (self, a, kw) -> {
            double v = ((PyFloat) self).value;
            return Py.bool(!Double.isInfinite(v) && v == Math.rint(v));
        });
        PyFloat.TYPE.def("__int__", (self, a, kw) -> PyFloat.toInt(((PyFloat) self).value));
        PyFloat.TYPE.def("__float__", (self, a, kw) -> Rc.newRef(self));
        PyInt.TYPE.def("__float__", (self, a, kw) -> new PyFloat(((PyInt) self).toDouble()));
    }

    static PyObject toInt(PyObject x) {
        if (x instanceof PyInt i) return x.type() == PyInt.TYPE ? Rc.newRef(i) : PyInt.of(i.toBigInteger());
        if (x instanceof PyFloat f) return PyFloat.toInt(f.value);
        if (x instanceof PyStr s) return parseInt(s.value, 10, x);
        if (x instanceof PyBytes bs) return parseInt(new String(bs.value), 10, x);
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject meth = x.type().lookup(m);
            if (meth != null) return Py.call(meth, x);
        }
        throw Py.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name + "'");
    }

    /** int(text, base), CPython's rules: whitespace, sign, underscores between digits, base prefixes. */
    static PyInt parseInt(String text, int base, PyObject original) {
        if (base != 0 && (base < 2 || base > 36)) throw Py.valueError("int() base must be >= 2 and <= 36, or 0");
        String s = text.strip();
        boolean neg = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int b = base;
        String lower = s.toLowerCase();
        if ((b == 16 || b == 0) && lower.startsWith("0x")) { s = s.substring(2); b = 16; }
        else if ((b == 8 || b == 0) && lower.startsWith("0o")) { s = s.substring(2); b = 8; }
        else if ((b == 2 || b == 0) && lower.startsWith("0b")) { s = s.substring(2); b = 2; }
        else if (b == 0) {
            b = 10;
            if (s.length() > 1 && s.charAt(0) == '0' && !s.replace("_", "").chars().allMatch(c -> c == '0')) b = -1;
        }
        if (s.startsWith("_") && b != 10) s = s.substring(1);
        boolean ok = b > 0 && !s.isEmpty() && !s.endsWith("_") && !s.contains("__") && !s.startsWith("_");
        if (ok) {
            String digits = s.replace("_", "");
            try {
                BigInteger v = new BigInteger(digits, b);
                if (digits.startsWith("-") || digits.startsWith("+")) throw new NumberFormatException();
                return PyInt.of(neg ? v.negate() : v);
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw Py.valueError("invalid literal for int() with base " + base + ": " + original.repr());
    }

    static double parseFloat(String text, PyObject original) {
        String s = text.strip().toLowerCase();
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        double sign = s.startsWith("-") ? -1.0 : 1.0;
        if (body.equals("inf") || body.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        boolean ok = !body.isEmpty() && body.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?")
                && body.matches(".*\\d.*") && !body.startsWith("e") && !body.startsWith(".e");
        if (ok) {
            try {
                return sign * Double.parseDouble(body.replace("_", ""));
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw Py.valueError("could not convert string to float: " + original.repr());
    }

}

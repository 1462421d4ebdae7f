package org.gillab.obj;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gillab.spi.Rc;

/**
 * The methods of {@code bytes}, registered on {@link PyBytes#TYPE}, and its constructor. Case and
 * whitespace are ASCII-only, as in CPython; slice bounds are read as {@link StrMethods} reads them.
 */
public final class BytesMethods {
    private BytesMethods() {}

    private static final byte[] EMPTY = new byte[0];

    public static void install() {
        PyType t = PyBytes.TYPE;
        t.constructor = BytesMethods::construct;

        t.def("decode", (self, a, kw) -> {
            PyObject[] b = Args.bind("decode", a, kw, new String[] {"encoding", "errors"}, 0, 2);
            String enc = b[0] == null ? Codecs.UTF8 : Py.asString(b[0], "decode() argument 'encoding'");
            String err = b[1] == null ? "strict" : Py.asString(b[1], "decode() argument 'errors'");
            return PyStr.of(Codecs.decode(v(self), enc, err));
        });
        t.def("join", (self, a, kw) -> {
            Args.exact("bytes.join", a, kw, 1);
            return new PyBytes(join(v(self), a[0]));
        });
        t.def("startswith", (self, a, kw) -> Py.bool(affix(v(self), a, kw, "startswith", false)));
        t.def("endswith", (self, a, kw) -> Py.bool(affix(v(self), a, kw, "endswith", true)));
        t.def("find", (self, a, kw) -> PyInt.of(find(v(self), a, kw, "find", false)));
        t.def("rfind", (self, a, kw) -> PyInt.of(find(v(self), a, kw, "rfind", true)));
        t.def("index", (self, a, kw) -> {
            int k = find(v(self), a, kw, "index", false);
            if (k < 0) throw Py.valueError("subsection not found");
            return PyInt.of(k);
        });
        t.def("count", (self, a, kw) -> {
            Args.between("count", a, kw, 1, 3);
            byte[] s = v(self);
            byte[] sub = subArg(a[0]);
            int[] r = StrMethods.span(a, 1, s.length);
            if (r[1] - r[0] < sub.length) return PyInt.of(0);
            if (sub.length == 0) return PyInt.of(r[1] - r[0] + 1);
            int c = 0;
            for (int i = r[0]; ; ) {
                int k = PyBytes.indexOf(s, sub, i);
                if (k < 0 || k + sub.length > r[1]) break;
                c++;
                i = k + sub.length;
            }
            return PyInt.of(c);
        });
        t.def("split", (self, a, kw) -> split(v(self), a, kw));
        t.def("strip", (self, a, kw) -> strip(self, a, kw, "strip", true, true));
        t.def("lstrip", (self, a, kw) -> strip(self, a, kw, "lstrip", true, false));
        t.def("rstrip", (self, a, kw) -> strip(self, a, kw, "rstrip", false, true));
        t.def("replace", (self, a, kw) -> {
            Args.between("replace", a, kw, 2, 3);
            byte[] old = bytesArg(a[0]), rep = bytesArg(a[1]);
            long max = a.length > 2 ? Py.asLong(a[2]) : -1;
            return new PyBytes(replace(v(self), old, rep, max));
        });
        t.def("upper", (self, a, kw) -> {
            Args.exact("bytes.upper", a, kw, 0);
            byte[] s = v(self).clone();
            for (int i = 0; i < s.length; i++) if (s[i] >= 'a' && s[i] <= 'z') s[i] -= 32;
            return new PyBytes(s);
        });
        t.def("lower", (self, a, kw) -> {
            Args.exact("bytes.lower", a, kw, 0);
            byte[] s = v(self).clone();
            for (int i = 0; i < s.length; i++) if (s[i] >= 'A' && s[i] <= 'Z') s[i] += 32;
            return new PyBytes(s);
        });
        t.def("hex", (self, a, kw) -> {
            Args.exact("bytes.hex", a, kw, 0);
            byte[] s = v(self);
            StringBuilder sb = new StringBuilder(s.length * 2);
            for (byte x : s) sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
            return PyStr.of(sb.toString());
        });
        t.def("isdigit", (self, a, kw) -> test(self, a, kw, "isdigit", c -> c >= '0' && c <= '9'));
        t.def("isalpha", (self, a, kw) -> test(self, a, kw, "isalpha", c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'));
        t.def("isspace", (self, a, kw) -> test(self, a, kw, "isspace", BytesMethods::isSpace));
    }

    private static byte[] v(PyObject self) {
        return ((PyBytes) self).value;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private interface ByteTest {
        boolean test(int b);
    }

    private static PyObject test(PyObject self, PyObject[] a, String[] kw, String name, ByteTest t) {
        Args.exact("bytes." + name, a, kw, 0);
        byte[] s = v(self);
        if (s.length == 0) return PyBool.FALSE;
        for (byte b : s) if (!t.test(b & 0xff)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    /** A bytes argument, or CPython's "a bytes-like object is required" TypeError. */
    private static byte[] bytesArg(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        throw Py.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** The needle of find/count: bytes, or an int byte value. */
    private static byte[] subArg(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyInt) {
            long x = Py.asLong(o);
            if (x < 0 || x > 255) throw Py.valueError("byte must be in range(0, 256)");
            return new byte[] {(byte) x};
        }
        throw Py.typeError("argument should be integer or bytes-like object, not '" + o.type().name + "'");
    }

    private static byte[] join(byte[] sep, PyObject iterable) {
        PyObject[] items = StrMethods.items(iterable);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyBytes b)) {
                    throw Py.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().name + " found");
                }
                if (i > 0) out.write(sep, 0, sep.length);
                out.write(b.value, 0, b.value.length);
            }
            return out.toByteArray();
        } finally {
            for (PyObject o : items) Rc.decref(o);
        }
    }

    private static boolean affix(byte[] s, PyObject[] a, String[] kw, String name, boolean suffix) {
        Args.between(name, a, kw, 1, 3);
        int[] r = StrMethods.span(a, 1, s.length);
        if (a[0] instanceof PyTuple t) {
            for (PyObject o : t.array()) {
                if (!(o instanceof PyBytes p)) {
                    throw Py.typeError("a bytes-like object is required, not '" + o.type().name + "'");
                }
                if (tailMatch(s, p.value, r[0], r[1], suffix)) return true;
            }
            return false;
        }
        if (!(a[0] instanceof PyBytes p)) {
            throw Py.typeError(name + " first arg must be bytes or a tuple of bytes, not " + a[0].type().name);
        }
        return tailMatch(s, p.value, r[0], r[1], suffix);
    }

    private static boolean tailMatch(byte[] s, byte[] sub, int start, int end, boolean suffix) {
        end -= sub.length;
        if (end < start) return false;
        int at = suffix ? end : start;
        for (int i = 0; i < sub.length; i++) if (s[at + i] != sub[i]) return false;
        return true;
    }

    private static int find(byte[] s, PyObject[] a, String[] kw, String name, boolean right) {
        Args.between(name, a, kw, 1, 3);
        byte[] sub = subArg(a[0]);
        int[] r = StrMethods.span(a, 1, s.length);
        int start = r[0], end = r[1];
        if (end - start < sub.length) return -1;
        if (right) {
            outer:
            for (int i = end - sub.length; i >= start; i--) {
                for (int j = 0; j < sub.length; j++) if (s[i + j] != sub[j]) continue outer;
                return i;
            }
            return -1;
        }
        int k = PyBytes.indexOf(s, sub, start);
        return k >= 0 && k + sub.length <= end ? k : -1;
    }

    private static PyObject split(byte[] s, PyObject[] a, String[] kw) {
        PyObject[] b = Args.bind("split", a, kw, new String[] {"sep", "maxsplit"}, 0, 2);
        long max = b[1] == null ? -1 : Py.asLong(b[1]);
        if (max < 0) max = Long.MAX_VALUE;
        List<byte[]> parts = new ArrayList<>();
        int n = s.length;
        if (b[0] == null || b[0] == Py.None) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(s[i] & 0xff)) i++;
                if (i >= n) break;
                if (max-- <= 0) {
                    parts.add(Arrays.copyOfRange(s, i, n));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s[j] & 0xff)) j++;
                parts.add(Arrays.copyOfRange(s, i, j));
                i = j;
            }
        } else {
            byte[] sep = bytesArg(b[0]);
            if (sep.length == 0) throw Py.valueError("empty separator");
            int i = 0;
            while (max-- > 0) {
                int j = PyBytes.indexOf(s, sep, i);
                if (j < 0) break;
                parts.add(Arrays.copyOfRange(s, i, j));
                i = j + sep.length;
            }
            parts.add(Arrays.copyOfRange(s, i, n));
        }
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) out[i] = new PyBytes(parts.get(i));
        return new PyList(out, out.length);
    }

    private static PyObject strip(PyObject self, PyObject[] a, String[] kw, String name, boolean left, boolean right) {
        Args.between(name, a, kw, 0, 1);
        byte[] s = v(self);
        byte[] chars = a.length > 0 && a[0] != Py.None ? bytesArg(a[0]) : null;
        int i = 0, j = s.length;
        if (left) while (i < j && strippable(s[i], chars)) i++;
        if (right) while (j > i && strippable(s[j - 1], chars)) j--;
        if (i == 0 && j == s.length) return Rc.newRef(self);
        return new PyBytes(Arrays.copyOfRange(s, i, j));
    }

    private static boolean strippable(byte b, byte[] chars) {
        if (chars == null) return isSpace(b & 0xff);
        for (byte c : chars) if (c == b) return true;
        return false;
    }

    private static byte[] replace(byte[] s, byte[] old, byte[] rep, long max) {
        if (max < 0) max = Long.MAX_VALUE;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + 16);
        if (old.length == 0) {
            int i = 0;
            for (; i <= s.length && max > 0; i++, max--) {
                out.write(rep, 0, rep.length);
                if (i < s.length) out.write(s[i]);
            }
            if (i < s.length) out.write(s, i, s.length - i);
            return out.toByteArray();
        }
        int i = 0;
        while (max-- > 0) {
            int k = PyBytes.indexOf(s, old, i);
            if (k < 0) break;
            out.write(s, i, k - i);
            out.write(rep, 0, rep.length);
            i = k + old.length;
        }
        out.write(s, i, s.length - i);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- bytes()

    private static PyObject construct(PyObject[] a, String[] kw) {
        PyObject[] b = Args.bind("bytes", a, kw, new String[] {"source", "encoding", "errors"}, 0, 3);
        PyObject src = b[0];
        if (src == null) {
            if (b[1] != null || b[2] != null) throw Py.typeError("encoding or errors without sequence argument");
            return new PyBytes(EMPTY);
        }
        if (src instanceof PyStr s) {
            if (b[1] == null) throw Py.typeError("string argument without an encoding");
            String enc = Py.asString(b[1], "bytes() argument 'encoding'");
            String err = b[2] == null ? "strict" : Py.asString(b[2], "bytes() argument 'errors'");
            return new PyBytes(Codecs.encode(s.value, enc, err));
        }
        if (b[1] != null) throw Py.typeError("encoding without a string argument");
        if (b[2] != null) throw Py.typeError("errors without a string argument");
        if (src instanceof PyBytes bs) return Rc.newRef(bs);
        if (src instanceof PyInt) {
            long n = Py.asLong(src);
            if (n < 0) throw Py.valueError("negative count");
            if (n > Integer.MAX_VALUE - 16) throw Py.raise(ExcTypes.MemoryError, "");
            return new PyBytes(new byte[(int) n]);
        }
        if (src instanceof PyFloat || src instanceof PySingleton) {
            throw Py.typeError("cannot convert '" + src.type().name + "' object to bytes");
        }
        PyObject it;
        try {
            it = src.iter();
        } catch (PyException e) {
            if (!e.matches(ExcTypes.TypeError)) throw e;
            Rc.decref(e.value);
            throw Py.typeError("cannot convert '" + src.type().name + "' object to bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (PyObject x = it.next(); x != null; x = it.next()) {
                try {
                    if (x instanceof PyInt xi && xi.big != null) throw Py.valueError("bytes must be in range(0, 256)");
                    int v = Py.asIndex(x);
                    if (v < 0 || v > 255) throw Py.valueError("bytes must be in range(0, 256)");
                    out.write(v);
                } finally {
                    Rc.decref(x);
                }
            }
        } finally {
            Rc.decref(it);
        }
        return new PyBytes(out.toByteArray());
    }
}

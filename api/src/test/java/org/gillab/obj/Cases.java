package org.gillab.obj;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.gillab.spi.Rc;

/**
 * Reads the CPython-generated expectation tables under {@code src/test/resources/org/gillab/obj}
 * (see the {@code gen_*.py} scripts there) and decodes their values into objects.
 */
public final class Cases {
    private Cases() {}

    /** The tab-separated rows of a resource next to this class. */
    public static List<String[]> rows(String resource) throws IOException {
        return rows(Cases.class, resource);
    }

    /** The tab-separated rows of a resource next to {@code owner}. */
    public static List<String[]> rows(Class<?> owner, String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    /** Undoes Python's urllib.parse.quote (which never leaves a raw '+'). */
    public static String unquote(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** An expected outcome as written by the generators, decoded: "=text" or "!Type:message". */
    public static String expected(String field) {
        if (field.startsWith("=")) return "=" + unquote(field.substring(1));
        int colon = field.indexOf(':');
        return field.substring(0, colon + 1) + unquote(field.substring(colon + 1));
    }

    /** {@code target.name(*args, **kw)}: a new reference. */
    public static PyObject callMethod(PyObject target, String name, PyObject[] args, String[] kw) {
        PyObject fn = target.getAttr(name);
        try {
            return fn.call(args, kw);
        } finally {
            Rc.decref(fn);
        }
    }

    /** {@code target.name(*args)}: a new reference. */
    public static PyObject callMethod(PyObject target, String name, PyObject... args) {
        return callMethod(target, name, args, null);
    }

    /** The outcome of {@code target.name(*args)}: "=repr" or "!Type:message". */
    public static String methodOutcome(PyObject target, String name, PyObject... args) {
        return outcome(() -> {
            PyObject r = callMethod(target, name, args);
            try {
                return r.repr();
            } finally {
                Rc.decref(r);
            }
        });
    }

    /** Runs {@code f} and describes its outcome the way {@link #expected} does; a raised exception is released. */
    public static String outcome(Supplier<String> f) {
        try {
            return "=" + f.get();
        } catch (PyException e) {
            String s = "!" + e.value.type().name + ":" + e.value.str();
            Rc.decref(e.value);
            return s;
        }
    }

    /** Decodes an encoded value: a new reference. */
    public static PyObject value(String s) {
        int[] pos = {0};
        PyObject v = parse(s, pos);
        if (pos[0] != s.length()) throw new IllegalArgumentException("trailing text in " + s);
        return v;
    }

    private static boolean delimiter(char c) {
        return c == ',' || c == ']' || c == '}' || c == '=';
    }

    private static String token(String s, int[] pos) {
        int start = pos[0];
        while (pos[0] < s.length() && !delimiter(s.charAt(pos[0]))) pos[0]++;
        return s.substring(start, pos[0]);
    }

    private static PyObject parse(String s, int[] pos) {
        char k = s.charAt(pos[0]);
        if (k == 'N') {
            pos[0]++;
            return Py.None;
        }
        if (k == 'T' || k == 'L') {
            pos[0] += 2;
            List<PyObject> items = new ArrayList<>();
            while (s.charAt(pos[0]) != ']') {
                items.add(parse(s, pos));
                if (s.charAt(pos[0]) == ',') pos[0]++;
            }
            pos[0]++;
            PyObject[] a = items.toArray(new PyObject[0]);
            if (k == 'L') return new PyList(a, a.length);
            return a.length == 0 ? PyTuple.EMPTY : new PyTuple(a);
        }
        if (k == 'D') {
            pos[0] += 2;
            PyDict d = new PyDict();
            while (s.charAt(pos[0]) != '}') {
                PyObject key = parse(s, pos);
                pos[0]++; // '='
                PyObject val = parse(s, pos);
                d.setItem(key, val);
                Rc.decref(key);
                Rc.decref(val);
                if (s.charAt(pos[0]) == ',') pos[0]++;
            }
            pos[0]++;
            return d;
        }
        String t = token(s, pos);
        String body = t.substring(2);
        switch (t.charAt(0)) {
            case 'b': return Py.bool(body.equals("1"));
            case 'i': return PyInt.of(new java.math.BigInteger(body));
            case 'f': return new PyFloat(parseFloatHex(body));
            case 's': return PyStr.of(unquote(body));
            case 'y': return new PyBytes(HexFormat.of().parseHex(body));
            default: throw new IllegalArgumentException("bad value " + t);
        }
    }

    public static double parseFloatHex(String s) {
        switch (s) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: return Double.parseDouble(s);
        }
    }

    /** Collects mismatches and reports the first few. */
    public static final class Failures {
        public final List<String> items = new ArrayList<>();
        public int checked;

        public void check(String what, String expected, String got) {
            checked++;
            if (!expected.equals(got)) items.add(what + "\n    expected " + expected + "\n    got      " + got);
        }

        public String report() {
            StringBuilder sb = new StringBuilder(items.size() + " of " + checked + " cases differ from CPython:\n");
            for (int i = 0; i < Math.min(40, items.size()); i++) sb.append(items.get(i)).append('\n');
            return sb.toString();
        }
    }
}

package org.gillab.obj;

import java.util.concurrent.ConcurrentHashMap;

import org.gillab.spi.Rc;

/**
 * Python's str: an immutable Java String. Indexing is by UTF-16 code unit (docs/language.md says so:
 * a character outside the Basic Multilingual Plane counts as two). The hash is cached. One-character
 * ASCII strings and interned strings (identifiers and constants) are immortal, as in CPython 3.12.
 * The methods ({@code split}, {@code join}, ...) are registered by {@link StrMethods}.
 */
public final class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyStr.class);

    private static final PyStr[] ASCII = new PyStr[128];
    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    public static final PyStr EMPTY;

    static {
        for (int i = 0; i < 128; i++) ASCII[i] = Rc.immortal(new PyStr(String.valueOf((char) i)));
        EMPTY = intern("");
    }

    public final String value;
    private long hash = -1;

    public PyStr(String value) {
        this.value = value;
    }

    /** The immortal, shared instance of {@code s} (identifiers, constants). */
    public static PyStr intern(String s) {
        if (s.length() == 1 && s.charAt(0) < 128) return ASCII[s.charAt(0)];
        PyStr p = INTERNED.get(s);
        if (p == null) {
            p = INTERNED.computeIfAbsent(s, k -> Rc.immortal(new PyStr(k)));
        }
        return p;
    }

    /** A one-character string: immortal and shared for ASCII. */
    public static PyStr ofChar(char c) {
        return c < 128 ? ASCII[c] : new PyStr(String.valueOf(c));
    }

    /** A string result: the shared instance for "" and ASCII characters. */
    public static PyStr of(String s) {
        if (s.isEmpty()) return EMPTY;
        if (s.length() == 1 && s.charAt(0) < 128) return ASCII[s.charAt(0)];
        return new PyStr(s);
    }

    @Override public PyType type() { return TYPE; }

    /** Owns no references: nothing to release. */
    @Override public void release() {}

    @Override public String str() { return value; }

    @Override public String repr() { return repr(value); }

    /** Python's repr of a string: single quotes unless only double quotes avoid escaping. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else if (c >= 0x80 && !isPrintable(c)) {
                if (c <= 0xff) sb.append(String.format("\\x%02x", (int) c));
                else sb.append(String.format("\\u%04x", (int) c));
            } else sb.append(c);
        }
        return sb.append(quote).toString();
    }

    private static boolean isPrintable(char c) {
        if (Character.isSurrogate(c)) return true;
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || t == Character.SPACE_SEPARATOR && c != ' ' || t == Character.PRIVATE_USE);
    }

    @Override public boolean isTrue() { return !value.isEmpty(); }

    @Override
    public long pyHash() {
        long h = hash;
        if (h == -1) {
            h = stringHash(value);
            hash = h;
        }
        return h;
    }

    /** The hash {@link #pyHash} gives a string; {@link PyDict#getStr} uses it on plain Java strings. */
    public static long stringHash(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean pyEquals(PyObject other) {
        return this == other || other instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyStr s)) return null;
        return Py.bool(CmpOp.test(op, value.compareTo(s.value)));
    }

    @Override public int len() { return value.length(); }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt || !(key instanceof PySlice) && key.type().lookup("__index__") != null) {
            int i = Py.asIndex(key);
            int n = value.length();
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Py.indexError("string index out of range");
            return ofChar(value.charAt(i));
        }
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(value.length());
            int start = r[0], step = r[2], count = r[3];
            if (step == 1) return of(value.substring(start, start + count));
            StringBuilder sb = new StringBuilder(count);
            for (int k = 0, i = start; k < count; k++, i += step) sb.append(value.charAt(i));
            return of(sb.toString());
        }
        throw Py.typeError("string indices must be integers, not '" + key.type().name + "'");
    }

    @Override
    public boolean contains(PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw Py.typeError("'in <string>' requires string as left operand, not " + item.type().name);
        }
        return value.contains(s.value);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op == BinOps.ADD && other instanceof PyStr s) {
            return reflected ? of(s.value + value) : of(value + s.value);
        }
        if (op == BinOps.MUL && other instanceof PyInt n) {
            long k = n.big != null ? (n.signum() < 0 ? 0 : Long.MAX_VALUE) : n.value;
            if (k <= 0 || value.isEmpty()) return EMPTY;
            if ((long) value.length() * k > Integer.MAX_VALUE - 16) throw Py.raise(ExcTypes.MemoryError, "");
            return of(value.repeat((int) k));
        }
        if (op == BinOps.MOD && !reflected) return of(Formatter.percent(value, other));
        return null;
    }

    @Override
    public PyObject iter() {
        Rc.incref(this);
        return new PySeqIter(this);
    }
}

package org.gillab.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gillab.spi.Rc;

/**
 * The methods of {@code str}, registered on {@link PyStr#TYPE}, and its constructor. CPython's
 * semantics and messages; indices count UTF-16 code units as everywhere in gillab. Whitespace,
 * letters, digits and case follow Python's Unicode definitions as far as Java's character database
 * matches them.
 */
public final class StrMethods {
    private StrMethods() {}

    private static final String[] SPLIT_ARGS = {"sep", "maxsplit"};
    private static final String[] ENCODE_ARGS = {"encoding", "errors"};

    public static void install() {
        PyType t = PyStr.TYPE;
        t.constructor = StrMethods::construct;

        t.def("join", (self, a, kw) -> {
            Args.exact("str.join", a, kw, 1);
            return PyStr.of(join(s(self), a[0]));
        });
        t.def("split", (self, a, kw) -> split(s(self), a, kw, "split", false));
        t.def("rsplit", (self, a, kw) -> split(s(self), a, kw, "rsplit", true));
        t.def("splitlines", (self, a, kw) -> {
            PyObject[] b = Args.bind("splitlines", a, kw, new String[] {"keepends"}, 0, 1);
            return splitlines(s(self), b[0] != null && b[0].isTrue());
        });
        t.def("strip", (self, a, kw) -> strip(self, a, kw, "strip", true, true));
        t.def("lstrip", (self, a, kw) -> strip(self, a, kw, "lstrip", true, false));
        t.def("rstrip", (self, a, kw) -> strip(self, a, kw, "rstrip", false, true));
        t.def("startswith", (self, a, kw) -> Py.bool(affix(s(self), a, kw, "startswith", false)));
        t.def("endswith", (self, a, kw) -> Py.bool(affix(s(self), a, kw, "endswith", true)));
        t.def("find", (self, a, kw) -> PyInt.of(find(s(self), a, kw, "find", false)));
        t.def("rfind", (self, a, kw) -> PyInt.of(find(s(self), a, kw, "rfind", true)));
        t.def("index", (self, a, kw) -> PyInt.of(index(s(self), a, kw, "index", false)));
        t.def("rindex", (self, a, kw) -> PyInt.of(index(s(self), a, kw, "rindex", true)));
        t.def("count", (self, a, kw) -> {
            Args.between("count", a, kw, 1, 3);
            String s = s(self);
            String sub = strArg(a[0]);
            int[] r = span(a, 1, s.length());
            return PyInt.of(count(s, sub, r[0], r[1]));
        });
        t.def("replace", (self, a, kw) -> {
            Args.between("replace", a, kw, 2, 3);
            for (int i = 0; i < 2; i++) {
                if (!(a[i] instanceof PyStr)) throw Py.typeError("replace() argument " + (i + 1) + " must be str, not " + a[i].type().name);
            }
            String old = strArg(a[0]), rep = strArg(a[1]);
            long max = a.length > 2 ? Py.asLong(a[2]) : -1;
            return result(self, replace(s(self), old, rep, max));
        });
        t.def("upper", (self, a, kw) -> { Args.exact("str.upper", a, kw, 0); return result(self, upper(s(self))); });
        t.def("lower", (self, a, kw) -> { Args.exact("str.lower", a, kw, 0); return result(self, lower(s(self))); });
        t.def("casefold", (self, a, kw) -> { Args.exact("str.casefold", a, kw, 0); return result(self, casefold(s(self))); });
        t.def("swapcase", (self, a, kw) -> { Args.exact("str.swapcase", a, kw, 0); return result(self, swapcase(s(self))); });
        t.def("capitalize", (self, a, kw) -> { Args.exact("str.capitalize", a, kw, 0); return result(self, capitalize(s(self))); });
        t.def("title", (self, a, kw) -> { Args.exact("str.title", a, kw, 0); return result(self, title(s(self))); });
        t.def("isdigit", (self, a, kw) -> test(self, a, kw, "isdigit", StrMethods::isDigit));
        t.def("isdecimal", (self, a, kw) -> test(self, a, kw, "isdecimal", StrMethods::isDecimal));
        t.def("isnumeric", (self, a, kw) -> test(self, a, kw, "isnumeric", StrMethods::isNumeric));
        t.def("isalpha", (self, a, kw) -> test(self, a, kw, "isalpha", Character::isLetter));
        t.def("isalnum", (self, a, kw) -> test(self, a, kw, "isalnum",
                c -> Character.isLetter(c) || isNumeric(c)));
        t.def("isspace", (self, a, kw) -> test(self, a, kw, "isspace", StrMethods::isSpace));
        t.def("isascii", (self, a, kw) -> {
            Args.exact("str.isascii", a, kw, 0);
            String s = s(self);
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        t.def("isprintable", (self, a, kw) -> {
            Args.exact("str.isprintable", a, kw, 0);
            String s = s(self);
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (!isPrintable(cp)) return PyBool.FALSE;
                i += Character.charCount(cp);
            }
            return PyBool.TRUE;
        });
        t.def("isupper", (self, a, kw) -> { Args.exact("str.isupper", a, kw, 0); return Py.bool(caseTest(s(self), true)); });
        t.def("islower", (self, a, kw) -> { Args.exact("str.islower", a, kw, 0); return Py.bool(caseTest(s(self), false)); });
        t.def("istitle", (self, a, kw) -> { Args.exact("str.istitle", a, kw, 0); return Py.bool(isTitle(s(self))); });
        t.def("isidentifier", (self, a, kw) -> { Args.exact("str.isidentifier", a, kw, 0); return Py.bool(isIdentifier(s(self))); });
        t.def("zfill", (self, a, kw) -> {
            Args.exact("str.zfill", a, kw, 1);
            return result(self, zfill(s(self), Py.asIndex(a[0])));
        });
        t.def("ljust", (self, a, kw) -> justify(self, a, kw, "ljust"));
        t.def("rjust", (self, a, kw) -> justify(self, a, kw, "rjust"));
        t.def("center", (self, a, kw) -> justify(self, a, kw, "center"));
        t.def("partition", (self, a, kw) -> partition(self, a, kw, false));
        t.def("rpartition", (self, a, kw) -> partition(self, a, kw, true));
        t.def("format", (self, a, kw) -> PyStr.of(Formatter.strFormat(s(self), a, Args.positional(a, kw), kw)));
        t.def("encode", (self, a, kw) -> {
            PyObject[] b = Args.bind("encode", a, kw, ENCODE_ARGS, 0, 2);
            String enc = b[0] == null ? Codecs.UTF8 : Py.asString(b[0], "encode() argument 'encoding'");
            String err = b[1] == null ? "strict" : Py.asString(b[1], "encode() argument 'errors'");
            return new PyBytes(Codecs.encode(s(self), enc, err));
        });
        t.def("expandtabs", (self, a, kw) -> {
            PyObject[] b = Args.bind("expandtabs", a, kw, new String[] {"tabsize"}, 0, 1);
            return result(self, expandtabs(s(self), b[0] == null ? 8 : Py.asIndex(b[0])));
        });
        t.def("removeprefix", (self, a, kw) -> {
            Args.exact("str.removeprefix", a, kw, 1);
            String s = s(self);
            if (!(a[0] instanceof PyStr p)) throw Py.typeError("removeprefix() argument must be str, not " + a[0].type().name);
            return result(self, s.startsWith(p.value) ? s.substring(p.value.length()) : s);
        });
        t.def("removesuffix", (self, a, kw) -> {
            Args.exact("str.removesuffix", a, kw, 1);
            String s = s(self);
            if (!(a[0] instanceof PyStr p)) throw Py.typeError("removesuffix() argument must be str, not " + a[0].type().name);
            return result(self, s.endsWith(p.value) && !p.value.isEmpty() ? s.substring(0, s.length() - p.value.length()) : s);
        });
    }

    // ---------------------------------------------------------------- helpers shared with bytes

    private static String s(PyObject self) {
        return ((PyStr) self).value;
    }

    /** The string result of a method: {@code self} again (a new reference) when unchanged. */
    private static PyObject result(PyObject self, String r) {
        if (r.equals(((PyStr) self).value)) return Rc.newRef(self);
        return PyStr.of(r);
    }

    private static String strArg(PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw Py.typeError("must be str, not " + o.type().name);
    }

    /** A slice bound argument ({@code start}/{@code end}): None or absent gives {@code dflt}; big ints clamp. */
    static int sliceIndex(PyObject o, int dflt) {
        if (o == null || o == Py.None) return dflt;
        if (o instanceof PyInt i) {
            if (i.big != null) return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.value));
        }
        if (o.type().lookup("__index__") != null) return Py.asIndex(o);
        throw Py.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /** The {@code [start, end)} span of optional arguments {@code a[from]}, {@code a[from+1]}, adjusted as CPython's ADJUST_INDICES. */
    static int[] span(PyObject[] a, int from, int len) {
        int start = sliceIndex(from < a.length ? a[from] : null, 0);
        int end = sliceIndex(from + 1 < a.length ? a[from + 1] : null, Integer.MAX_VALUE);
        if (end > len) end = len;
        else if (end < 0) {
            end += len;
            if (end < 0) end = 0;
        }
        if (start < 0) {
            start += len;
            if (start < 0) start = 0;
        }
        return new int[] {start, end};
    }

    /** Python's whitespace (str.isspace, split() and strip() with no argument). */
    public static boolean isSpace(int c) {
        switch (c) {
            case ' ': case '\t': case '\n': case 0x0b: case 0x0c: case '\r':
            case 0x1c: case 0x1d: case 0x1e: case 0x1f: case 0x85: case 0xa0:
            case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200a;
        }
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        if (isDecimal(c)) return true;
        if (Character.getType(c) != Character.OTHER_NUMBER) return false;
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                || t == Character.SURROGATE || t == Character.PRIVATE_USE
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || t == Character.SPACE_SEPARATOR);
    }

    private interface CharTest {
        boolean test(int codePoint);
    }

    /** The {@code isX()} predicates: false for "", else true when every character passes. */
    private static PyObject test(PyObject self, PyObject[] a, String[] kw, String name, CharTest t) {
        Args.exact("str." + name, a, kw, 0);
        String s = s(self);
        if (s.isEmpty()) return PyBool.FALSE;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!t.test(cp)) return PyBool.FALSE;
            i += Character.charCount(cp);
        }
        return PyBool.TRUE;
    }

    // ---------------------------------------------------------------- join, split

    static String join(String sep, PyObject iterable) {
        PyObject[] items = items(iterable);
        try {
            if (items.length == 1 && items[0] instanceof PyStr only) return only.value;
            int total = 0;
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr p)) {
                    throw Py.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
                }
                total += p.value.length();
            }
            StringBuilder sb = new StringBuilder(total + sep.length() * Math.max(0, items.length - 1));
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(sep);
                sb.append(((PyStr) items[i]).value);
            }
            return sb.toString();
        } finally {
            for (PyObject o : items) Rc.decref(o);
        }
    }

    /** The items of an iterable for join(), each a new reference; "can only join an iterable" otherwise. */
    static PyObject[] items(PyObject iterable) {
        if (iterable instanceof PyList || iterable instanceof PyTuple) return Ops.toArray(iterable);
        PyObject it;
        try {
            it = iterable.iter();
        } catch (PyException e) {
            if (!e.matches(ExcTypes.TypeError)) throw e;
            Rc.decref(e.value);
            throw Py.typeError("can only join an iterable");
        }
        List<PyObject> out = new ArrayList<>();
        try {
            for (PyObject x = it.next(); x != null; x = it.next()) out.add(x);
        } catch (RuntimeException e) {
            for (PyObject o : out) Rc.decref(o);
            throw e;
        } finally {
            Rc.decref(it);
        }
        return out.toArray(new PyObject[0]);
    }

    private static PyObject toList(List<String> parts) {
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) out[i] = PyStr.of(parts.get(i));
        return new PyList(out, out.length);
    }

    private static PyObject split(String s, PyObject[] a, String[] kw, String name, boolean right) {
        PyObject[] b = Args.bind(name, a, kw, SPLIT_ARGS, 0, 2);
        long max = b[1] == null ? -1 : Py.asLong(checkIndex(b[1]));
        if (max < 0) max = Long.MAX_VALUE;
        List<String> parts;
        if (b[0] == null || b[0] == Py.None) {
            parts = right ? rsplitWhitespace(s, max) : splitWhitespace(s, max);
        } else {
            if (!(b[0] instanceof PyStr sepObj)) throw Py.typeError("must be str or None, not " + b[0].type().name);
            String sep = sepObj.value;
            if (sep.isEmpty()) throw Py.valueError("empty separator");
            parts = right ? rsplitSep(s, sep, max) : splitSep(s, sep, max);
        }
        return toList(parts);
    }

    /** An int-like argument, or the TypeError CPython gives for one that is not. */
    private static PyObject checkIndex(PyObject o) {
        if (o instanceof PyInt) return o;
        throw Py.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    static List<String> splitWhitespace(String s, long max) {
        List<String> out = new ArrayList<>();
        int n = s.length(), i = 0;
        while (true) {
            while (i < n && isSpace(s.charAt(i))) i++;
            if (i >= n) break;
            if (max-- <= 0) {
                out.add(s.substring(i));
                break;
            }
            int j = i;
            while (j < n && !isSpace(s.charAt(j))) j++;
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    static List<String> rsplitWhitespace(String s, long max) {
        List<String> out = new ArrayList<>();
        int i = s.length() - 1;
        while (true) {
            while (i >= 0 && isSpace(s.charAt(i))) i--;
            if (i < 0) break;
            if (max-- <= 0) {
                out.add(s.substring(0, i + 1));
                break;
            }
            int j = i;
            while (j >= 0 && !isSpace(s.charAt(j))) j--;
            out.add(s.substring(j + 1, i + 1));
            i = j;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    static List<String> splitSep(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (max-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) break;
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    static List<String> rsplitSep(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int end = s.length();
        while (max-- > 0) {
            int j = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
            if (j < 0) break;
            out.add(s.substring(j + sep.length(), end));
            end = j;
        }
        out.add(s.substring(0, end));
        java.util.Collections.reverse(out);
        return out;
    }

    private static boolean isLineBreak(char c) {
        switch (c) {
            case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e: case 0x85:
            case 0x2028: case 0x2029:
                return true;
            default:
                return false;
        }
    }

    private static PyObject splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length(), i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') j += 2;
                else j++;
                if (keepends) eol = j;
            }
            out.add(s.substring(i, eol));
            i = j;
        }
        return toList(out);
    }

    // ---------------------------------------------------------------- strip, affixes, search

    private static PyObject strip(PyObject self, PyObject[] a, String[] kw, String name, boolean left, boolean right) {
        Args.between(name, a, kw, 0, 1);
        String s = s(self);
        String chars = null;
        if (a.length > 0 && a[0] != Py.None) {
            if (!(a[0] instanceof PyStr c)) throw Py.typeError(name + " arg must be None or str");
            chars = c.value;
        }
        int i = 0, j = s.length();
        if (left) while (i < j && (chars == null ? isSpace(s.charAt(i)) : chars.indexOf(s.charAt(i)) >= 0)) i++;
        if (right) while (j > i && (chars == null ? isSpace(s.charAt(j - 1)) : chars.indexOf(s.charAt(j - 1)) >= 0)) j--;
        return result(self, s.substring(i, j));
    }

    private static boolean affix(String s, PyObject[] a, String[] kw, String name, boolean suffix) {
        Args.between(name, a, kw, 1, 3);
        int[] r = span(a, 1, s.length());
        if (a[0] instanceof PyTuple t) {
            for (PyObject o : t.array()) {
                if (!(o instanceof PyStr p)) {
                    throw Py.typeError("tuple for " + name + " must only contain str, not " + o.type().name);
                }
                if (tailMatch(s, p.value, r[0], r[1], suffix)) return true;
            }
            return false;
        }
        if (!(a[0] instanceof PyStr p)) {
            throw Py.typeError(name + " first arg must be str or a tuple of str, not " + a[0].type().name);
        }
        return tailMatch(s, p.value, r[0], r[1], suffix);
    }

    private static boolean tailMatch(String s, String sub, int start, int end, boolean suffix) {
        end -= sub.length();
        if (end < start) return false;
        if (sub.isEmpty()) return true;
        return s.startsWith(sub, suffix ? end : start);
    }

    private static int find(String s, PyObject[] a, String[] kw, String name, boolean right) {
        Args.between(name, a, kw, 1, 3);
        String sub = strArg(a[0]);
        int[] r = span(a, 1, s.length());
        return find(s, sub, r[0], r[1], right);
    }

    static int find(String s, String sub, int start, int end, boolean right) {
        if (end - start < sub.length()) return -1;
        if (right) {
            int k = s.lastIndexOf(sub, end - sub.length());
            return k >= start ? k : -1;
        }
        int k = s.indexOf(sub, start);
        return k >= 0 && k + sub.length() <= end ? k : -1;
    }

    private static int index(String s, PyObject[] a, String[] kw, String name, boolean right) {
        int k = find(s, a, kw, name, right);
        if (k < 0) throw Py.valueError("substring not found");
        return k;
    }

    static int count(String s, String sub, int start, int end) {
        if (end - start < sub.length()) return 0;
        if (sub.isEmpty()) return end - start + 1;
        int c = 0;
        int i = start;
        while (true) {
            int k = s.indexOf(sub, i);
            if (k < 0 || k + sub.length() > end) break;
            c++;
            i = k + sub.length();
        }
        return c;
    }

    static String replace(String s, String old, String rep, long max) {
        if (max < 0) max = Long.MAX_VALUE;
        if (max == 0) return s;
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            for (; i <= s.length() && max > 0; i++, max--) {
                sb.append(rep);
                if (i < s.length()) sb.append(s.charAt(i));
            }
            if (i < s.length()) sb.append(s, i, s.length());
            return sb.toString();
        }
        int k = s.indexOf(old);
        if (k < 0) return s;
        StringBuilder sb = new StringBuilder(s.length() + Math.max(0, rep.length() - old.length()) * 4);
        int i = 0;
        while (k >= 0 && max-- > 0) {
            sb.append(s, i, k).append(rep);
            i = k + old.length();
            k = s.indexOf(old, i);
        }
        return sb.append(s, i, s.length()).toString();
    }

    // ---------------------------------------------------------------- case

    private static boolean isAsciiOnly(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** One character's full case mapping (ß → SS), as a string. */
    private static String mapChar(int cp, boolean toUpper) {
        String c = new String(Character.toChars(cp));
        return toUpper ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT);
    }

    private static String titleChar(int cp) {
        int t = Character.toTitleCase(cp);
        if (t != Character.toUpperCase(cp)) return new String(Character.toChars(t));
        // Full mappings with no single-character title case (ß → Ss, ﬁ → Fi): upper-case the first.
        String up = mapChar(cp, true);
        if (up.length() <= Character.charCount(cp) && up.codePointCount(0, up.length()) == 1) {
            return new String(Character.toChars(t));
        }
        int first = up.codePointAt(0);
        return new String(Character.toChars(first)) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    static String casefold(String s) {
        if (isAsciiOnly(s)) return s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x130) {
                sb.append("i\u0307");
                continue;
            }
            sb.append(mapChar(cp, true).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp)) sb.append(mapChar(cp, false));
            else if (Character.isLowerCase(cp)) sb.append(mapChar(cp, true));
            else sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int cp = s.codePointAt(0);
        return titleChar(cp) + lower(s.substring(Character.charCount(cp)));
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (prevCased) sb.append(mapChar(cp, false));
            else sb.append(titleChar(cp));
            prevCased = isCased(cp);
        }
        return sb.toString();
    }

    /** isupper (upper true) / islower: at least one cased character, and none of the other case. */
    private static boolean caseTest(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean isUp = Character.isUpperCase(cp), isLo = Character.isLowerCase(cp), isTi = Character.isTitleCase(cp);
            if (upper ? isLo || isTi : isUp || isTi) return false;
            if (upper ? isUp : isLo) cased = true;
        }
        return cased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false, prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int cp = s.codePointAt(0);
        if (!(cp == '_' || Character.isUnicodeIdentifierStart(cp))) return false;
        for (int i = Character.charCount(cp); i < s.length(); ) {
            cp = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    // ---------------------------------------------------------------- padding and partition

    static String zfill(String s, int width) {
        int n = s.length();
        if (width <= n) return s;
        StringBuilder sb = new StringBuilder(width);
        int start = 0;
        if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            start = 1;
        }
        for (int k = n; k < width; k++) sb.append('0');
        return sb.append(s, start, n).toString();
    }

    private static PyObject justify(PyObject self, PyObject[] a, String[] kw, String name) {
        Args.between(name, a, kw, 1, 2);
        int width = Py.asIndex(a[0]);
        char fill = ' ';
        if (a.length > 1) {
            if (!(a[1] instanceof PyStr f)) {
                throw Py.typeError("The fill character must be a unicode character, not " + a[1].type().name);
            }
            if (f.value.length() != 1) throw Py.typeError("The fill character must be exactly one character long");
            fill = f.value.charAt(0);
        }
        String s = s(self);
        int n = s.length();
        if (width <= n) return Rc.newRef(self);
        int marg = width - n;
        int left;
        switch (name) {
            case "ljust": left = 0; break;
            case "rjust": left = marg; break;
            default: left = marg / 2 + (marg & width & 1);
        }
        StringBuilder sb = new StringBuilder(width);
        for (int k = 0; k < left; k++) sb.append(fill);
        sb.append(s);
        for (int k = left; k < marg; k++) sb.append(fill);
        return PyStr.of(sb.toString());
    }

    private static PyObject partition(PyObject self, PyObject[] a, String[] kw, boolean right) {
        Args.exact(right ? "str.rpartition" : "str.partition", a, kw, 1);
        String s = s(self);
        String sep = strArg(a[0]);
        if (sep.isEmpty()) throw Py.valueError("empty separator");
        int k = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (k < 0) {
            return right ? new PyTuple(new PyObject[] {PyStr.EMPTY, PyStr.EMPTY, Rc.newRef(self)})
                    : new PyTuple(new PyObject[] {Rc.newRef(self), PyStr.EMPTY, PyStr.EMPTY});
        }
        return new PyTuple(new PyObject[] {PyStr.of(s.substring(0, k)), Rc.newRef(a[0]), PyStr.of(s.substring(k + sep.length()))});
    }

    static String expandtabs(String s, int tabsize) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    for (long k = 0; k < incr; k++) sb.append(' ');
                }
            } else {
                sb.append(c);
                col++;
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- str()

    private static PyObject construct(PyObject[] a, String[] kw) {
        PyObject[] b = Args.bind("str", a, kw, new String[] {"object", "encoding", "errors"}, 0, 3);
        if (b[0] == null) return PyStr.EMPTY;
        if (b[1] == null && b[2] == null) return Ops.strOf(b[0]);
        if (b[0] instanceof PyBytes bytes) {
            String enc = b[1] == null ? Codecs.UTF8 : Py.asString(b[1], "str() argument 'encoding'");
            String err = b[2] == null ? "strict" : Py.asString(b[2], "str() argument 'errors'");
            return PyStr.of(Codecs.decode(bytes.value, enc, err));
        }
        if (b[0] instanceof PyStr) throw Py.typeError("decoding str is not supported");
        throw Py.typeError("decoding to str: need a bytes-like object, " + b[0].type().name + " found");
    }
}

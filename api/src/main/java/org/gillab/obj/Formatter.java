package org.gillab.obj;

import java.math.BigInteger;

import org.gillab.spi.Rc;

/**
 * Python's three ways of formatting values into text, with CPython's rules and error messages:
 * <ul>
 *   <li>{@link #percent}: printf-style {@code str % args};</li>
 *   <li>{@link #formatSpec}: the format-spec mini-language of {@code format()}, f-strings and
 *       {@code str.format} ({@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]});</li>
 *   <li>{@link #strFormat}: {@code str.format}'s replacement fields.</li>
 * </ul>
 * Floats are rounded from their exact binary value by {@link FloatRepr}. Arguments are borrowed;
 * every object made on the way is released before returning.
 */
public final class Formatter {
    private Formatter() {}

    // =============================================================== printf-style: str % args

    private static final int F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

    /** {@code format % args}: {@code args} is a tuple, a mapping (for {@code %(name)s}) or a single value. */
    public static String percent(String format, PyObject args) {
        PercentState st = new PercentState();
        if (args instanceof PyTuple t) {
            st.tuple = t;
            st.arglen = t.size();
            st.argidx = 0;
        } else {
            st.single = args;
            st.arglen = -1;
            st.argidx = -2;
        }
        PyObject dict = !(args instanceof PyTuple) && !(args instanceof PyStr) && isMapping(args) ? args : null;
        int n = format.length();
        StringBuilder sb = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            int pct = format.indexOf('%', i);
            if (pct < 0) {
                sb.append(format, i, n);
                break;
            }
            sb.append(format, i, pct);
            i = pct + 1;
            if (i >= n) throw Py.valueError("incomplete format");
            if (format.charAt(i) == '%') {
                sb.append('%');
                i++;
                continue;
            }
            PyObject owned = null;
            try {
                if (format.charAt(i) == '(') {
                    if (dict == null) throw Py.typeError("format requires a mapping");
                    int depth = 1;
                    int start = ++i;
                    while (i < n && depth > 0) {
                        char c = format.charAt(i);
                        if (c == '(') depth++;
                        else if (c == ')') depth--;
                        i++;
                    }
                    if (depth > 0) throw Py.valueError("incomplete format key");
                    PyStr key = PyStr.of(format.substring(start, i - 1));
                    try {
                        owned = dict.getItem(key);
                    } finally {
                        Rc.decref(key);
                    }
                    st.tuple = null;
                    st.single = owned;
                    st.arglen = -1;
                    st.argidx = -2;
                }
                int flags = 0;
                flagLoop:
                while (i < n) {
                    switch (format.charAt(i)) {
                        case '-': flags |= F_LJUST; break;
                        case '+': flags |= F_SIGN; break;
                        case ' ': flags |= F_BLANK; break;
                        case '#': flags |= F_ALT; break;
                        case '0': flags |= F_ZERO; break;
                        default: break flagLoop;
                    }
                    i++;
                }
                int width = -1;
                if (i < n && format.charAt(i) == '*') {
                    PyObject w = st.next();
                    if (!(w instanceof PyInt)) throw Py.typeError("* wants int");
                    long wv = Py.asLong(w);
                    if (wv < 0) {
                        flags |= F_LJUST;
                        wv = -wv;
                    }
                    if (wv > Integer.MAX_VALUE) throw Py.valueError("width too big");
                    width = (int) wv;
                    i++;
                } else {
                    long wv = -1;
                    while (i < n && Character.isDigit(format.charAt(i)) && format.charAt(i) < 128) {
                        wv = (wv < 0 ? 0 : wv) * 10 + (format.charAt(i) - '0');
                        if (wv > Integer.MAX_VALUE) throw Py.valueError("width too big");
                        i++;
                    }
                    width = (int) wv;
                }
                int prec = -1;
                if (i < n && format.charAt(i) == '.') {
                    i++;
                    if (i < n && format.charAt(i) == '*') {
                        PyObject p = st.next();
                        if (!(p instanceof PyInt)) throw Py.typeError("* wants int");
                        long pv = Py.asLong(p);
                        if (pv > Integer.MAX_VALUE) throw Py.valueError("precision too big");
                        prec = (int) Math.max(0, pv);
                        i++;
                    } else {
                        long pv = 0;
                        while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                            pv = pv * 10 + (format.charAt(i) - '0');
                            if (pv > Integer.MAX_VALUE) throw Py.valueError("precision too big");
                            i++;
                        }
                        prec = (int) pv;
                    }
                }
                while (i < n && (format.charAt(i) == 'h' || format.charAt(i) == 'l' || format.charAt(i) == 'L')) i++;
                if (i >= n) throw Py.valueError("incomplete format");
                char conv = format.charAt(i);
                int convIndex = i;
                i++;
                PyObject v = st.next();
                percentOne(sb, v, conv, convIndex, flags, width, prec);
            } finally {
                if (owned != null) Rc.decref(owned);
            }
        }
        if (st.argidx < st.arglen && dict == null) {
            throw Py.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    /** Where {@link #percent} is in its arguments (CPython's argidx/arglen bookkeeping). */
    private static final class PercentState {
        PyTuple tuple;
        PyObject single;
        int arglen, argidx;

        /** The next argument (borrowed). */
        PyObject next() {
            if (argidx < arglen) {
                int k = argidx++;
                return arglen < 0 ? single : tuple.get(k);
            }
            throw Py.typeError("not enough arguments for format string");
        }
    }

    private static boolean isMapping(PyObject o) {
        if (o instanceof PyDict || o instanceof PyList) return true;
        return o instanceof PyInstance && o.type().lookup("__getitem__") != null;
    }

    private static void percentOne(StringBuilder sb, PyObject v, char conv, int index, int flags, int width, int prec) {
        String body;
        boolean numeric = false;
        switch (conv) {
            case 's': case 'r': case 'a': {
                String s = conv == 's' ? v.str() : conv == 'r' ? v.repr() : ascii(v.repr());
                body = prec >= 0 ? cpPrefix(s, prec) : s;
                break;
            }
            case 'c': {
                if (v instanceof PyInt iv) {
                    long c = iv.big != null ? -1 : iv.value;
                    if (c < 0 || c > 0x10ffff) throw Py.overflowError("%c arg not in range(0x110000)");
                    body = new String(Character.toChars((int) c));
                } else if (v instanceof PyStr s && s.value.codePointCount(0, s.value.length()) == 1) {
                    body = s.value;
                } else {
                    throw Py.typeError("%c requires int or char");
                }
                break;
            }
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
                numeric = true;
                PyInt iv = percentInt(v, conv);
                try {
                    body = formatPercentInt(iv, conv, flags, prec);
                } finally {
                    Rc.decref(iv);
                }
                break;
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                numeric = true;
                double d = Py.asDouble(v);
                body = FloatRepr.format(d, conv, prec, (flags & F_ALT) != 0);
                break;
            }
            default: {
                String shown = conv >= 32 && conv <= 126 ? String.valueOf(conv) : "?";
                throw Py.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(conv)
                        + ") at index " + index);
            }
        }
        percentPad(sb, body, numeric, conv, flags, width);
    }

    /** The int a %d/%x conversion formats: a new reference. */
    private static PyInt percentInt(PyObject v, char conv) {
        if (v instanceof PyInt iv) return Rc.newRef(iv);
        boolean decimal = conv == 'd' || conv == 'i' || conv == 'u';
        if (decimal && v instanceof PyFloat f) return PyFloat.toInt(f.value);
        PyType t = v.type();
        PyObject m = t.lookup("__index__");
        if (m == null && decimal) m = t.lookup("__int__");
        if (m != null) {
            PyObject r = m.call(new PyObject[] {v}, null);
            if (r instanceof PyInt ri) return ri;
            Rc.decref(r);
            throw Py.typeError("__index__ returned non-int (type " + r.type().name + ")");
        }
        if (decimal) {
            throw Py.typeError("%" + conv + " format: a real number is required, not " + t.name);
        }
        throw Py.typeError("%" + conv + " format: an integer is required, not " + t.name);
    }

    private static String formatPercentInt(PyInt iv, char conv, int flags, int prec) {
        int radix = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
        boolean neg = iv.signum() < 0;
        String digits = iv.big != null ? iv.big.abs().toString(radix)
                : iv.value == Long.MIN_VALUE ? BigInteger.valueOf(iv.value).abs().toString(radix)
                : Long.toString(Math.abs(iv.value), radix);
        if (conv == 'X') digits = digits.toUpperCase();
        StringBuilder b = new StringBuilder(digits.length() + 4);
        if (neg) b.append('-');
        if ((flags & F_ALT) != 0 && radix != 10) b.append('0').append(conv == 'o' ? 'o' : conv);
        for (int k = digits.length(); k < prec; k++) b.append('0');
        return b.append(digits).toString();
    }

    /** CPython's unicode_format_arg_output: sign, alternate prefix, fill and justification. */
    private static void percentPad(StringBuilder sb, String body, boolean numeric, char conv, int flags, int width) {
        int len = cpLen(body);
        char fill = numeric && (flags & F_ZERO) != 0 ? '0' : ' ';
        int p = 0;
        char signchar = 0;
        if (numeric) {
            char c = len > 0 ? body.charAt(0) : 0;
            if (c == '+' || c == '-' || c == ' ') {
                signchar = c;
                len--;
                p++;
            } else if ((flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signchar = ' ';
            }
        }
        if (width < len) width = len;
        if (signchar != 0) {
            if (fill != ' ') sb.append(signchar);
            if (width > len) width--;
        }
        boolean prefix = numeric && (flags & F_ALT) != 0 && (conv == 'x' || conv == 'X' || conv == 'o');
        if (prefix) {
            if (fill != ' ') {
                sb.append(body, p, p + 2);
                p += 2;
            }
            width -= 2;
            if (width < 0) width = 0;
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            for (int k = len; k < width; k++) sb.append(fill);
            width = len;
        }
        if (fill == ' ') {
            if (signchar != 0) sb.append(signchar);
            if (prefix) {
                sb.append(body, p, p + 2);
                p += 2;
            }
        }
        sb.append(body, p, body.length());
        for (int k = len; k < width; k++) sb.append(' ');
    }

    // =============================================================== the format-spec mini-language

    /** A parsed format spec. {@code align}, {@code sign} and {@code type} are 0 when not given. */
    static final class Spec {
        char fill = ' ';
        char align;
        char sign;
        boolean noNegZero;
        boolean alternate;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;
    }

    /** {@code format(value, spec)}: a user class's {@code __format__}, else the built-in formatting. */
    public static String formatSpec(PyObject value, String spec) {
        if (value instanceof PyInstance) {
            PyObject m = value.type().lookup("__format__");
            if (m != null) {
                PyStr specObj = PyStr.of(spec);
                PyObject r;
                try {
                    r = m.call(new PyObject[] {value, specObj}, null);
                } finally {
                    Rc.decref(specObj);
                }
                try {
                    if (r instanceof PyStr s) return s.value;
                    throw Py.typeError("__format__ must return a str, not " + r.type().name);
                } finally {
                    Rc.decref(r);
                }
            }
        }
        if (spec.isEmpty()) return value.str();
        if (value instanceof PyStr s) return formatStr(s.value, parse(spec, value, '<', 's'));
        if (value instanceof PyInt i) return formatInt(i, parse(spec, value, '>', 'd'), value.type().name);
        if (value instanceof PyFloat f) return formatFloat(f.value, parse(spec, value, '>', (char) 0), value.type().name);
        throw Py.typeError("unsupported format string passed to " + value.type().name + ".__format__");
    }

    /** CPython's parse_internal_render_format_spec. */
    static Spec parse(String spec, PyObject value, char defaultAlign, char defaultType) {
        Spec s = new Spec();
        s.align = defaultAlign;
        s.type = defaultType;
        int n = spec.length(), pos = 0;
        boolean fillGiven = false, alignGiven = false;
        if (n >= 2 && isAlign(spec.charAt(1))) {
            s.fill = spec.charAt(0);
            s.align = spec.charAt(1);
            fillGiven = alignGiven = true;
            pos = 2;
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            s.align = spec.charAt(0);
            alignGiven = true;
            pos = 1;
        }
        if (pos < n && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            s.sign = spec.charAt(pos++);
        }
        if (pos < n && spec.charAt(pos) == 'z') {
            s.noNegZero = true;
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '#') {
            s.alternate = true;
            pos++;
        }
        if (!fillGiven && pos < n && spec.charAt(pos) == '0') {
            s.fill = '0';
            if (!alignGiven && defaultAlign == '>') s.align = '=';
            pos++;
        }
        int start = pos;
        s.width = readInt(spec, pos);
        pos = skipDigits(spec, pos);
        if (pos == start) s.width = -1;
        if (pos < n && spec.charAt(pos) == ',') {
            s.grouping = ',';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '_') {
            if (s.grouping != 0) throw Py.valueError("Cannot specify both ',' and '_'.");
            s.grouping = '_';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == ',' && s.grouping == '_') {
            throw Py.valueError("Cannot specify both ',' and '_'.");
        }
        if (pos < n && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            s.precision = readInt(spec, pos);
            pos = skipDigits(spec, pos);
            if (pos == start) throw Py.valueError("Format specifier missing precision");
        }
        if (n - pos > 1) {
            throw Py.valueError("Invalid format specifier '" + spec + "' for object of type '" + value.type().name + "'");
        }
        if (n - pos == 1) s.type = spec.charAt(pos);
        if (s.grouping != 0) {
            switch (s.type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (s.grouping == '_') break;
                    // fall through
                default:
                    throw Py.valueError("Cannot specify '" + s.grouping + "' with " + codeName(s.type) + ".");
            }
        }
        return s;
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int skipDigits(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') pos++;
        return pos;
    }

    private static int readInt(String s, int pos) {
        long v = 0;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            v = v * 10 + (s.charAt(pos++) - '0');
            if (v > Integer.MAX_VALUE) throw Py.valueError("Too many decimal digits in format string");
        }
        return (int) v;
    }

    /** A type code as CPython's messages show it: {@code 'x'}, or {@code '\x1'} for non-printables. */
    private static String codeName(char c) {
        return c > 32 && c < 128 ? "'" + c + "'" : "'\\x" + Integer.toHexString(c) + "'";
    }

    private static PyException unknownCode(char type, String typeName) {
        return Py.valueError("Unknown format code " + codeName(type) + " for object of type '" + typeName + "'");
    }

    static String formatStr(String v, Spec s) {
        if (s.type != 0 && s.type != 's') throw unknownCode(s.type, "str");
        if (s.sign == ' ') throw Py.valueError("Space not allowed in string format specifier");
        if (s.sign != 0) throw Py.valueError("Sign not allowed in string format specifier");
        if (s.noNegZero) throw Py.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (s.alternate) throw Py.valueError("Alternate form (#) not allowed in string format specifier");
        if (s.align == '=') throw Py.valueError("'=' alignment not allowed in string format specifier");
        String body = s.precision >= 0 ? cpPrefix(v, s.precision) : v;
        return pad(body, s.width, s.fill, s.align);
    }

    /** Pads {@code body} to {@code width} with {@code fill}: '<' left-justified, '>' right, '^' centred. */
    private static String pad(String body, int width, char fill, char align) {
        int n = cpLen(body);
        if (width <= n) return body;
        int total = width - n;
        int left = align == '>' ? total : align == '^' ? total / 2 : 0;
        StringBuilder sb = new StringBuilder(width);
        for (int k = 0; k < left; k++) sb.append(fill);
        sb.append(body);
        for (int k = left; k < total; k++) sb.append(fill);
        return sb.toString();
    }

    static String formatInt(PyInt v, Spec s, String typeName) {
        char type = s.type == 0 ? 'd' : s.type;
        switch (type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(v.toDouble(), s, typeName);
            default:
                throw unknownCode(type, typeName);
        }
        if (s.precision >= 0) throw Py.valueError("Precision not allowed in integer format specifier");
        if (s.noNegZero) throw Py.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (type == 'c') {
            if (s.sign != 0) throw Py.valueError("Sign not allowed with integer format specifier 'c'");
            if (s.alternate) throw Py.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (v.big != null) throw Py.overflowError("Python int too large to convert to C long");
            long c = v.value;
            if (c < 0 || c > 0x10ffff) throw Py.overflowError("%c arg not in range(0x110000)");
            return layoutNumber("", "", "", new String(Character.toChars((int) c)), s);
        }
        int radix = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        boolean neg = v.signum() < 0;
        String digits = v.big != null ? v.big.abs().toString(radix)
                : v.value == Long.MIN_VALUE ? BigInteger.valueOf(v.value).abs().toString(radix)
                : Long.toString(Math.abs(v.value), radix);
        if (type == 'X') digits = digits.toUpperCase();
        String prefix = "";
        if (s.alternate && radix != 10) prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        return layoutNumber(signOf(neg, s.sign), prefix, digits, "", s);
    }

    private static String signOf(boolean neg, char sign) {
        if (neg) return "-";
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    static String formatFloat(double v, Spec s, String typeName) {
        char type = s.type;
        int precision = s.precision;
        switch (type) {
            case 0: type = 'r'; break;
            case 'n': type = 'g'; break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
            default: throw unknownCode(type, typeName);
        }
        String body = FloatRepr.format(Math.abs(v), type, precision, s.alternate);
        boolean neg = Double.doubleToRawLongBits(v) < 0 && !Double.isNaN(v);
        if (neg && s.noNegZero && isZeroText(body)) neg = false;
        // Split into the integer digits (grouped and zero-padded) and the rest.
        int k = 0;
        while (k < body.length() && body.charAt(k) >= '0' && body.charAt(k) <= '9') k++;
        return layoutNumber(signOf(neg, s.sign), "", body.substring(0, k), body.substring(k), s);
    }

    /** Whether formatted digits (before any exponent) are all zeros: a negative zero after rounding. */
    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
            if (c == 'i' || c == 'n' || c == 'I' || c == 'N') return false;
        }
        return true;
    }

    /**
     * Assembles sign, prefix, the integer digits (grouped, and zero-padded when the fill is '0' with
     * '=' alignment) and the rest (fraction, exponent, '%'), then pads to the width.
     */
    private static String layoutNumber(String sign, String prefix, String digits, String rest, Spec s) {
        int minWidth = s.fill == '0' && s.align == '=' ? s.width - sign.length() - prefix.length() - rest.length() : 0;
        String grouped;
        if (s.grouping != 0 && !digits.isEmpty()) {
            int size = s.type == 'b' || s.type == 'o' || s.type == 'x' || s.type == 'X' ? 4 : 3;
            grouped = group(digits, size, s.grouping, minWidth);
        } else {
            grouped = digits;
        }
        int len = sign.length() + prefix.length() + grouped.length() + cpLen(rest);
        if (s.width <= len) return sign + prefix + grouped + rest;
        int total = s.width - len;
        StringBuilder sb = new StringBuilder(s.width);
        if (s.align == '=') {
            sb.append(sign).append(prefix);
            for (int k = 0; k < total; k++) sb.append(s.fill);
            return sb.append(grouped).append(rest).toString();
        }
        int left = s.align == '>' ? total : s.align == '^' ? total / 2 : 0;
        for (int k = 0; k < left; k++) sb.append(s.fill);
        sb.append(sign).append(prefix).append(grouped).append(rest);
        for (int k = left; k < total; k++) sb.append(s.fill);
        return sb.toString();
    }

    /** CPython's _PyUnicode_InsertThousandsGrouping: separators every {@code size} digits, zero-filled to {@code minWidth}. */
    private static String group(String digits, int size, char sep, int minWidth) {
        StringBuilder rev = new StringBuilder(digits.length() * 4 / 3 + 4);
        int remaining = digits.length();
        int end = remaining;
        boolean useSep = false;
        while (true) {
            int l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            int nZeros = Math.max(0, l - remaining);
            int nChars = Math.max(0, Math.min(remaining, l));
            if (useSep) rev.append(sep);
            for (int k = 0; k < nChars; k++) rev.append(digits.charAt(--end));
            for (int k = 0; k < nZeros; k++) rev.append('0');
            useSep = true;
            remaining -= nChars;
            minWidth -= size;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }

    // =============================================================== str.format

    /**
     * {@code template.format(*args, **kw)}: {@code args} holds {@code npos} positional values followed by
     * the keyword values that {@code kwnames} names (or null).
     */
    public static String strFormat(String template, PyObject[] args, int npos, String[] kwnames) {
        FormatState st = new FormatState(args, npos, kwnames);
        StringBuilder sb = new StringBuilder(template.length() + 16);
        build(sb, template, st, 2);
        return sb.toString();
    }

    private static final class FormatState {
        final PyObject[] args;
        final int npos;
        final String[] kwnames;
        /** The next automatic field number; -1 once a manual one was used. */
        int auto;
        boolean manual;

        FormatState(PyObject[] args, int npos, String[] kwnames) {
            this.args = args;
            this.npos = npos;
            this.kwnames = kwnames;
        }
    }

    private static void build(StringBuilder sb, String s, FormatState st, int depth) {
        if (depth <= 0) throw Py.valueError("Max string recursion exceeded");
        int n = s.length(), i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw Py.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                int j = i;
                while (j < n && s.charAt(j) != '{' && s.charAt(j) != '}') j++;
                sb.append(s, i, j);
                i = j;
                continue;
            }
            if (i + 1 >= n) throw Py.valueError("Single '{' encountered in format string");
            if (s.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            // A replacement field: name up to '!', ':' or '}' (brackets may hold anything).
            i++;
            int nameStart = i;
            char d = 0;
            while (i < n) {
                d = s.charAt(i);
                if (d == '}' || d == '!' || d == ':') break;
                if (d == '{') throw Py.valueError("unexpected '{' in field name");
                if (d == '[') {
                    while (i < n && s.charAt(i) != ']') i++;
                    if (i >= n) break;
                }
                i++;
            }
            if (i >= n) throw Py.valueError("expected '}' before end of string");
            String name = s.substring(nameStart, i);
            char conversion = 0;
            if (d == '!') {
                i++;
                if (i >= n) throw Py.valueError("end of string while looking for conversion specifier");
                conversion = s.charAt(i++);
                if (i >= n) throw Py.valueError("unmatched '{' in format spec");
                d = s.charAt(i);
                if (d != ':' && d != '}') throw Py.valueError("expected ':' after conversion specifier");
            }
            String spec = "";
            boolean nested = false;
            if (d == ':') {
                int specStart = ++i;
                int count = 1;
                while (true) {
                    if (i >= n) throw Py.valueError("unmatched '{' in format spec");
                    char e = s.charAt(i);
                    if (e == '{') {
                        nested = true;
                        count++;
                    } else if (e == '}' && --count == 0) {
                        break;
                    }
                    i++;
                }
                spec = s.substring(specStart, i);
            }
            i++; // the closing '}'
            PyObject obj = resolveField(name, st);
            try {
                PyObject conv = obj;
                String text;
                if (conversion != 0) {
                    switch (conversion) {
                        case 'r': text = obj.repr(); break;
                        case 's': text = obj.str(); break;
                        case 'a': text = ascii(obj.repr()); break;
                        default:
                            throw Py.valueError("Unknown conversion specifier " + conversion);
                    }
                    conv = PyStr.of(text);
                }
                try {
                    if (nested) {
                        StringBuilder specOut = new StringBuilder();
                        build(specOut, spec, st, depth - 1);
                        spec = specOut.toString();
                    }
                    sb.append(formatSpec(conv, spec));
                } finally {
                    if (conv != obj) Rc.decref(conv);
                }
            } finally {
                Rc.decref(obj);
            }
        }
    }

    /** The object a field name denotes ({@code 0}, {@code name}, {@code 0.attr[key]}): a new reference. */
    private static PyObject resolveField(String name, FormatState st) {
        int n = name.length(), i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        String first = name.substring(0, i);
        PyObject obj;
        if (first.isEmpty()) {
            if (st.manual) throw Py.valueError("cannot switch from manual field specification to automatic field numbering");
            obj = positional(st, st.auto++);
        } else if (isDigits(first)) {
            if (st.auto > 0) throw Py.valueError("cannot switch from automatic field numbering to manual field specification");
            st.manual = true;
            obj = positional(st, parseIndex(first));
        } else {
            obj = null;
            if (st.kwnames != null) {
                for (int k = 0; k < st.kwnames.length; k++) {
                    if (st.kwnames[k].equals(first)) obj = Rc.newRef(st.args[st.npos + k]);
                }
            }
            if (obj == null) {
                PyStr key = PyStr.of(first);
                try {
                    throw Py.keyError(key);
                } finally {
                    Rc.decref(key);
                }
            }
        }
        try {
            while (i < n) {
                char c = name.charAt(i);
                if (c == '.') {
                    int j = ++i;
                    while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
                    if (i == j) throw Py.valueError("Empty attribute in format string");
                    PyObject next = obj.getAttr(name.substring(j, i));
                    Rc.decref(obj);
                    obj = next;
                } else if (c == '[') {
                    int j = ++i;
                    while (i < n && name.charAt(i) != ']') i++;
                    if (i >= n) throw Py.valueError("Missing ']' in format string");
                    if (i == j) throw Py.valueError("Empty attribute in format string");
                    String keyText = name.substring(j, i);
                    i++;
                    if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                        throw Py.valueError("Only '.' or '[' may follow ']' in format field specifier");
                    }
                    PyObject key = isDigits(keyText) ? PyInt.of(parseIndex(keyText)) : PyStr.of(keyText);
                    PyObject next;
                    try {
                        next = obj.getItem(key);
                    } finally {
                        Rc.decref(key);
                    }
                    Rc.decref(obj);
                    obj = next;
                } else {
                    throw Py.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
        } catch (RuntimeException e) {
            Rc.decref(obj);
            throw e;
        }
        return obj;
    }

    private static PyObject positional(FormatState st, int index) {
        if (index >= st.npos) {
            throw Py.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return Rc.newRef(st.args[index]);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static int parseIndex(String s) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) throw Py.valueError("Too many decimal digits in format string");
        }
        return (int) v;
    }

    // =============================================================== shared

    /**
     * Widths and precisions count characters as CPython does (code points), so that padding lines up
     * with CPython's output even where gillab's len() counts a non-BMP character as two.
     */
    static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The first {@code n} characters (code points) of {@code s}. */
    static String cpPrefix(String s, int n) {
        if (n >= s.length()) return s;
        if (n >= cpLen(s)) return s;
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** {@code ascii()} of a repr: every non-ASCII character escaped as \\x.., \\u.... or \\U......... */
    public static String ascii(String repr) {
        int n = repr.length();
        int i = 0;
        while (i < n && repr.charAt(i) < 128) i++;
        if (i == n) return repr;
        StringBuilder sb = new StringBuilder(n + 16).append(repr, 0, i);
        while (i < n) {
            char c = repr.charAt(i);
            if (c < 128) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(repr.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, repr.charAt(++i));
                sb.append("\\U").append(String.format("%08x", cp));
            } else if (c <= 0xff) {
                sb.append("\\x").append(hex2(c));
            } else {
                sb.append("\\u").append(String.format("%04x", (int) c));
            }
            i++;
        }
        return sb.toString();
    }

    private static String hex2(int c) {
        return (c < 16 ? "0" : "") + Integer.toHexString(c);
    }
}

package org.gillab.obj;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text codecs gillab supports (UTF-8, ASCII, Latin-1) with CPython's error handlers
 * ({@code strict}, {@code ignore}, {@code replace}, {@code backslashreplace} for encoding) and its
 * error messages, shared by {@code str.encode}, {@code bytes.decode}, {@code str()} and {@code bytes()}.
 */
public final class Codecs {
    private Codecs() {}

    public static final String UTF8 = "utf-8", ASCII = "ascii", LATIN1 = "latin-1";

    /** The canonical name of an encoding ({@link #UTF8}, {@link #ASCII}, {@link #LATIN1}); LookupError otherwise. */
    public static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                return UTF8;
            case "ascii": case "us-ascii": case "646": case "us":
                return ASCII;
            case "latin-1": case "latin1": case "latin": case "l1": case "iso-8859-1": case "iso8859-1":
            case "8859": case "cp819": case "iso-ir-100":
                return LATIN1;
            default:
                throw Py.raise(ExcTypes.LookupError, "unknown encoding: " + encoding);
        }
    }

    // ---------------------------------------------------------------- encoding

    /** {@code s.encode(encoding, errors)}. */
    public static byte[] encode(String s, String encoding, String errors) {
        String enc = normalize(encoding);
        int limit = enc.equals(ASCII) ? 128 : enc.equals(LATIN1) ? 256 : -1;
        int n = s.length();
        if (limit < 0) {
            int bad = firstLoneSurrogate(s, 0);
            if (bad < 0) return s.getBytes(StandardCharsets.UTF_8);
        } else {
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) ok = s.charAt(i) < limit;
            if (ok) return s.getBytes(limit == 128 ? StandardCharsets.US_ASCII : StandardCharsets.ISO_8859_1);
        }
        // Slow path: some characters cannot be encoded; apply the error handler run by run.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(n + 8);
        int i = 0;
        while (i < n) {
            int end = i;
            if (limit < 0) {
                while (end < n && isLoneSurrogate(s, end)) end++;
            } else {
                while (end < n && s.codePointAt(end) >= limit) end += Character.charCount(s.codePointAt(end));
            }
            if (end == i) {
                int cp = s.codePointAt(i);
                int len = Character.charCount(cp);
                byte[] b = s.substring(i, i + len).getBytes(limit < 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
                out.write(b, 0, b.length);
                i += len;
                continue;
            }
            switch (errors) {
                case "strict": {
                    String reason = limit < 0 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
                    int cps = s.codePointCount(i, end);
                    String where = cps == 1
                            ? "character " + charEscape(s.codePointAt(i)) + " in position " + cpIndex(s, i)
                            : "characters in position " + cpIndex(s, i) + "-" + (cpIndex(s, end) - 1);
                    throw Py.raise(ExcTypes.UnicodeEncodeError, "'" + enc + "' codec can't encode " + where + ": " + reason);
                }
                case "ignore":
                    break;
                case "replace":
                    for (int k = s.codePointCount(i, end); k > 0; k--) out.write('?');
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; ) {
                        int cp = s.codePointAt(k);
                        byte[] b = escape(cp).getBytes(StandardCharsets.US_ASCII);
                        out.write(b, 0, b.length);
                        k += Character.charCount(cp);
                    }
                    break;
                default:
                    throw Py.raise(ExcTypes.LookupError, "unknown error handler name '" + errors + "'");
            }
            i = end;
        }
        return out.toByteArray();
    }

    /** The index in code points of the UTF-16 index {@code i} (Python positions count code points). */
    private static int cpIndex(String s, int i) {
        return s.codePointCount(0, i);
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
        if (Character.isLowSurrogate(c)) return !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
        return false;
    }

    private static int firstLoneSurrogate(String s, int from) {
        for (int i = from; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i)) && isLoneSurrogate(s, i)) return i;
        return -1;
    }

    /** A character as CPython's codec messages quote it: a backslash escape in quotes (x, u or U form). */
    private static String charEscape(int cp) {
        return "'" + escape(cp) + "'";
    }

    private static String escape(int cp) {
        if (cp < 0x100) return String.format("\\x%02x", cp);
        if (cp < 0x10000) return String.format("\\u%04x", cp);
        return String.format("\\U%08x", cp);
    }

    // ---------------------------------------------------------------- decoding

    /** {@code b.decode(encoding, errors)}. */
    public static String decode(byte[] b, String encoding, String errors) {
        String enc = normalize(encoding);
        int n = b.length;
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) ascii = b[i] >= 0;
        if (ascii || enc.equals(LATIN1)) return new String(b, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(n);
        if (enc.equals(ASCII)) {
            for (int i = 0; i < n; i++) {
                if (b[i] >= 0) sb.append((char) b[i]);
                else decodeError(sb, enc, b, i, i + 1, "ordinal not in range(128)", errors);
            }
            return sb.toString();
        }
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need, min2 = 0x80, max2 = 0xbf, cp;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                if (c == 0xe0) min2 = 0xa0;
                if (c == 0xed) max2 = 0x9f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                if (c == 0xf0) min2 = 0x90;
                if (c == 0xf4) max2 = 0x8f;
            } else {
                decodeError(sb, enc, b, i, i + 1, "invalid start byte", errors);
                i++;
                continue;
            }
            int j = i + 1;
            boolean bad = false;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) break;
                int cc = b[j] & 0xff;
                int lo = k == 0 ? min2 : 0x80, hi = k == 0 ? max2 : 0xbf;
                if (cc < lo || cc > hi) {
                    bad = true;
                    break;
                }
                cp = cp << 6 | (cc & 0x3f);
            }
            if (bad) {
                decodeError(sb, enc, b, i, j, "invalid continuation byte", errors);
                i = j;
            } else if (j - i < need + 1) {
                decodeError(sb, enc, b, i, n, "unexpected end of data", errors);
                i = n;
            } else {
                sb.appendCodePoint(cp);
                i = j;
            }
        }
        return sb.toString();
    }

    private static void decodeError(StringBuilder sb, String enc, byte[] b, int start, int end, String reason, String errors) {
        switch (errors) {
            case "strict": {
                String where = end - start == 1
                        ? "byte 0x" + String.format("%02x", b[start] & 0xff) + " in position " + start
                        : "bytes in position " + start + "-" + (end - 1);
                throw Py.raise(ExcTypes.UnicodeDecodeError, "'" + enc + "' codec can't decode " + where + ": " + reason);
            }
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) sb.append(String.format("\\x%02x", b[k] & 0xff));
                return;
            default:
                throw Py.raise(ExcTypes.LookupError, "unknown error handler name '" + errors + "'");
        }
    }
}

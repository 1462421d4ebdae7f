package org.gillab.lang;

import java.io.ByteArrayOutputStream;

/**
 * Decodes the backslash escapes of a string or bytes literal body, as CPython does: unknown escapes
 * keep their backslash, {@code \ooo} takes up to three octal digits, {@code \x} exactly two hex
 * digits, and {@code \\u}/{@code \\U} exist only in str literals.
 */
final class Escapes {
    private Escapes() {}

    /** Builds the error for a bad escape that starts at a source offset. */
    interface ErrorAt {
        SourceError at(String message, int offset);
    }

    /** Decodes {@code text[from, to)} to a String (or a byte[] when {@code bytes}). */
    static Object decode(String text, int from, int to, boolean bytes, boolean raw, ErrorAt err) {
        if (raw) {
            String s = text.substring(from, to);
            return bytes ? ascii(s) : s;
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                sb.append(c);
                i++;
                continue;
            }
            int esc = i;
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }                       // backslash-newline: the line continues
                case '\r' -> { if (i < to && text.charAt(i) == '\n') i++; }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && text.charAt(i) >= '0' && text.charAt(i) <= '7'; k++, i++) {
                        v = v * 8 + (text.charAt(i) - '0');
                    }
                    // a bytes literal keeps the low 8 bits of \400..\777, as CPython 3.11 does
                    if (bytes) sb.append((char) (v & 0xFF));
                    else sb.appendCodePoint(v);
                }
                case 'x' -> {
                    int n = hexRun(text, i, to, 2);
                    if (n < 2) {
                        throw bytes
                            ? err.at("(value error) invalid \\x escape at position " + (esc - from), esc)
                            : err.at(unicodeError(esc - from, i + n - 1 - from, "truncated \\xXX escape"), esc);
                    }
                    sb.append((char) Integer.parseInt(text.substring(i, i + 2), 16));
                    i += 2;
                }
                case 'u', 'U' -> {
                    if (bytes) {            // not an escape in bytes: kept as written
                        sb.append('\\').append(e);
                        break;
                    }
                    int want = e == 'u' ? 4 : 8;
                    int n = hexRun(text, i, to, want);
                    if (n < want) {
                        String what = e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        throw err.at(unicodeError(esc - from, i + n - 1 - from, what), esc);
                    }
                    long cp = Long.parseLong(text.substring(i, i + want), 16);
                    if (cp > Character.MAX_CODE_POINT) {
                        throw err.at(unicodeError(esc - from, i + want - 1 - from, "illegal Unicode character"), esc);
                    }
                    sb.appendCodePoint((int) cp);
                    i += want;
                }
                case 'N' -> {
                    if (bytes) {
                        sb.append("\\N");
                        break;
                    }
                    throw err.at("'\\N{...}' escapes are not supported" + Unsupported.SUFFIX, esc);
                }
                default -> sb.append('\\').append(e);   // unknown escape: CPython keeps the backslash
            }
        }
        return bytes ? latin1(sb) : sb.toString();
    }

    private static int hexRun(String text, int i, int to, int max) {
        int n = 0;
        while (n < max && i + n < to && Character.digit(text.charAt(i + n), 16) >= 0
                && text.charAt(i + n) < 128) n++;
        return n;
    }

    private static String unicodeError(int startPos, int endPos, String what) {
        return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + startPos + "-"
                + Math.max(startPos, endPos) + ": " + what;
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return b;
    }

    private static byte[] latin1(CharSequence s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) out.write(s.charAt(i) & 0xFF);
        return out.toByteArray();
    }
}

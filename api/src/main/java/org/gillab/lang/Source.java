package org.gillab.lang;

/**
 * A program's text and the name it is reported under (its path, or a label like {@code <string>}).
 */
public record Source(String name, String text) {

    /** The text of a 1-based line, without its line terminator; empty past the end. */
    public String lineText(int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) end = text.length();
        String s = text.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}

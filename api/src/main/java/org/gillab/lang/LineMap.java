package org.gillab.lang;

import java.util.Arrays;

/** Turns offsets into a source text into 1-based line and column numbers. */
final class LineMap {
    private final int[] starts; // offset of the first character of each line

    LineMap(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        starts = new int[n];
        int l = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[l++] = i + 1;
    }

    int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    int col(int offset) { return offset - starts[line(offset) - 1] + 1; }

    int lineStart(int line) { return starts[line - 1]; }
}

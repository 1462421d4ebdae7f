package org.gillab.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A child's last words: the last few KiB, whole lines, and the last lines for a one-line report. */
class StderrTailTest {
    private static StderrTail of(String text) {
        StderrTail t = new StderrTail(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test-stderr");
        t.await(10_000);
        return t;
    }

    @Test
    void theLastLinesAreKeptWhole() {
        StringBuilder chatty = new StringBuilder();
        for (int i = 0; i < 2000; i++) chatty.append("line ").append(i).append('\n');
        StderrTail t = of(chatty + "Error: Could not create the Java Virtual Machine.\n");
        assertEquals("line 1998 | line 1999 | Error: Could not create the Java Virtual Machine.", t.lastLines(3));
        String kept = t.text();
        assertEquals(true, kept.length() <= 4096 && kept.startsWith("line "), kept.substring(0, 20));
    }

    @Test
    void nothingWrittenIsNothingReported() {
        assertEquals("", of("").lastLines(5));
        assertEquals("one", of("one\n").lastLines(5));
    }
}

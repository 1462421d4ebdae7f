package org.gillab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Failing programs: each names, in its header, the error CPython reports and where.
 * <ul>
 *   <li>runtime errors ({@code # expect: Type: message}, {@code # line: N}): the last line of the
 *   traceback equals CPython's, its innermost frame is at line N, stdout up to the failure equals
 *   CPython's, the exit status is 1, and no Java stack trace appears;</li>
 *   <li>syntax errors ({@code # expect: Kind}, {@code # at: L:C}): the report's first line is
 *   {@code file:L:C: Kind: message} with the position CPython gives (or, where a {@code # gillab-at:}
 *   header says so with a {@code # gillab-note:} why, gillab's own), and the whole report equals the
 *   reviewed text in {@code NAME.err} (regenerate with {@code -Dgillab.regenerate=true}, then review
 *   the diff).</li>
 * </ul>
 */
class ErrorCorpusTest {
    static final Path ERRORS = Paths.get("src/test/resources/errors");
    private static final Pattern HEADER = Pattern.compile("^# (expect|line|at|gillab-at): (.*)$", Pattern.MULTILINE);
    private static final boolean REGENERATE = Boolean.getBoolean("gillab.regenerate");

    @TestFactory
    Stream<DynamicContainer> errors() throws IOException {
        return CorpusTest.onBothTiers(CorpusTest.programs(ERRORS), ErrorCorpusTest::check);
    }

    private static void check(Path p) throws IOException {
        String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        String expect = null, line = null, at = null, gillabAt = null;
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            switch (m.group(1)) {
                case "expect": if (expect == null) expect = m.group(2).strip(); break;
                case "line": if (line == null) line = m.group(2).strip(); break;
                case "gillab-at": if (gillabAt == null) gillabAt = m.group(2).strip(); break;
                default: if (at == null) at = m.group(2).strip();
            }
        }
        assertNotNull(expect, "no '# expect:' header");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        ProgramRunner.Result r = ProgramRunner.runFile(p, out, new PrintStream(err, true, StandardCharsets.UTF_8), true);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, r.exitCode(), "exit status; stderr:\n" + stderr);
        assertFalse(stderr.contains("\tat org.gillab") || stderr.contains("internal error"), "a Java fault leaked:\n" + stderr);
        Path outFile = Paths.get(p.toString().replaceAll("\\.py$", ".out"));
        if (Files.exists(outFile)) {
            assertEquals(Files.readString(outFile, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8), "stdout before the error");
        }
        String[] lines = stderr.split("\n");
        if (line != null) {
            assertEquals(expect, lines[lines.length - 1], "the exception line; stderr:\n" + stderr);
            String lastFrame = null;
            for (String l : lines) if (l.startsWith("  File ")) lastFrame = l;
            assertNotNull(lastFrame, "no traceback:\n" + stderr);
            assertTrue(lastFrame.contains(", line " + line + ","), "innermost frame should be at line " + line + ":\n" + stderr);
            assertTrue(r.audit() == null || r.audit().useAfterFree() == 0, "use after free during the failing run");
        } else {
            assertNotNull(at, "a syntax error needs '# at: L:C'");
            if (gillabAt != null) at = gillabAt; // a documented difference from CPython's position
            String first = lines[0];
            String prefix = p.toString() + ":" + at + ": " + expect + ":";
            assertTrue(first.startsWith(prefix), "expected the report to start with\n  " + prefix + "\nbut it was\n  " + first);
            Path golden = Paths.get(p.toString().replaceAll("\\.py$", ".err"));
            String shown = stderr.replace(p.toString(), p.getFileName().toString());
            if (REGENERATE) Files.writeString(golden, shown, StandardCharsets.UTF_8);
            assertTrue(Files.exists(golden), "no reviewed report " + golden.getFileName()
                    + ": run with -Dgillab.regenerate=true, then review the new file");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), shown, "the full report");
        }
    }
}

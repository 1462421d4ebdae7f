package org.gillab.harness.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gillab.harness.cli.Main;
import org.gillab.harness.report.Results;
import org.gillab.harness.report.ResultsFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}) and bad command lines through the
 * command line, in this JVM: every one is a clear error naming the file and its line:column, or the
 * option, with the documented exit status, and never a Java stack trace.
 *
 * <p>Exit statuses: {@code exec FILE} follows python3 (1 for a program that does not compile or
 * raises); {@code run} refuses a workload file it cannot use before anything runs (2, a usage error);
 * a workload that fails while running is its cell's failure in a finished sweep (0); every bad option
 * is 2.
 */
class BadInputTest {
    private record Outcome(int code, String err) {
        String firstLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    /** Runs the command line as {@code gillab ARGS}, with both the command's and the program's error output kept. */
    private static Outcome gillab(String... args) {
        PrintStream stdErr = System.err;
        ByteArrayOutputStream programErr = new ByteArrayOutputStream();
        // before the command line is made: made first, its error writer would end up on the old System.err
        System.setErr(new PrintStream(programErr, true, StandardCharsets.UTF_8));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code;
        try {
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            code = cl.execute(args);
        } finally {
            System.setErr(stdErr);
        }
        return new Outcome(code, err + programErr.toString(StandardCharsets.UTF_8));
    }

    private static String corpus(String name) {
        try {
            return Path.of(BadInputTest.class.getResource("/bad-input/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoStackTrace(Outcome o) {
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception") || o.err().contains("java.lang."),
                "a Java stack trace reached the user: " + o.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "syntax_error.py, 2:10, SyntaxError: expected ':'",
            "bad_indentation.py, 3:7, IndentationError: unexpected indent",
            "bad_dedent.py, 3:3, IndentationError: unindent does not match",
            "tab_space_mix.py, 3:9, TabError",
            "unterminated_string.py, 1:5, SyntaxError: unterminated string literal",
            "unterminated_triple.py, 1:5, SyntaxError: unterminated triple-quoted string",
            "unclosed_bracket.py, 1:5, SyntaxError: '[' was never closed",
            "invalid_escape.py, 1:6, truncated \\xXX escape",
            "invalid_named_escape.py, 1:6, escapes are not supported",
            "bad_token.py, 1:7, invalid character '$'",
            "null_byte.py, 1:6, invalid non-printable character",
            "non_utf8.py, 1:6, can't decode byte 0xff",
            "deep_parens.py, 1:205, too many nested parentheses",
            "deep_lists.py, 1:205, too many nested parentheses",
            "deep_blocks.py, 101:401, too many levels of indentation",
    })
    void aMalformedProgramIsOneErrorNamingItsPosition(String name, String position, String message) {
        String file = corpus(name);
        for (String[] cmd : List.of(new String[] {"exec", file}, new String[] {"exec", "--model", "gil", file})) {
            Outcome o = gillab(cmd);
            assertEquals(1, o.code(), String.join(" ", cmd) + ": " + o.err()); // as python3 exits on a SyntaxError
            assertTrue(o.firstLine().startsWith(file + ":" + position + ": "), o.err());
            assertTrue(o.firstLine().contains(message), o.err());
            assertNoStackTrace(o);
        }
        Outcome run = gillab("run", "--workload", file, "--models", "gil");
        assertEquals(2, run.code(), run.err());
        assertEquals("run: " + file + ":" + position + ":", run.firstLine().substring(0, ("run: " + file + ":" + position + ":").length()));
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty.py", "huge_int.py", "huge_float.py", "huge_string.py", "long_chain.py"})
    void anExtremeButValidProgramRunsAndIsNoWorkload(String name) {
        String file = corpus(name);
        Outcome o = gillab("exec", file);
        assertEquals(0, o.code(), o.err());
        assertNoStackTrace(o);
        Outcome run = gillab("run", "--workload", file, "--models", "gil");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.firstLine().startsWith("run: " + file + ":1:1: workload error: no module-level DESCRIPTION"), run.err());
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "no_work.py, 1:1, no module-level work",
            "work_not_function.py, 4:1, work must be a function, not int 42",
    })
    void aFileThatBreaksTheWorkloadConventionIsAUsageError(String name, String position, String message) {
        String file = corpus(name);
        for (String[] cmd : List.of(new String[] {"exec", "--model", "gil", file},
                new String[] {"run", "--workload", file, "--models", "gil"})) {
            Outcome o = gillab(cmd);
            assertEquals(2, o.code(), o.err());
            assertTrue(o.firstLine().contains(file + ":" + position + ": workload error: " + message), o.err());
            assertTrue(o.err().lines().count() <= 2, o.err());
            assertNoStackTrace(o);
        }
    }

    @Test
    void aModuleThatRaisesAtItsTopLevelIsNamedWithItsLine() {
        String file = corpus("raises_at_import.py");
        Outcome run = gillab("run", "--workload", file, "--models", "gil");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.firstLine().contains(file) && run.firstLine().contains("ValueError: broken at import")
                && run.firstLine().contains("line 4"), run.err());
        assertEquals(2, run.err().lines().count(), run.err());
        Outcome exec = gillab("exec", "--model", "gil", file); // exec runs it: the workload raised, as python3 would say
        assertEquals(1, exec.code(), exec.err());
        assertTrue(exec.err().contains("line 4") && exec.err().contains("ValueError: broken at import"), exec.err());
        assertNoStackTrace(exec);
    }

    @Test
    void aCheckThatRaisesIsTheRunsFailureNotTheTools(@TempDir Path dir) throws Exception {
        String file = corpus("check_raises.py");
        Outcome exec = gillab("exec", "--model", "gil", file);
        assertEquals(1, exec.code(), exec.err());
        assertTrue(exec.err().contains("check() raised") && exec.err().contains("TypeError: list indices"), exec.err());
        assertNoStackTrace(exec);
        Path out = dir.resolve("r");
        Outcome run = gillab("run", "--workload", file, "--models", "gil", "--workers", "1", "--reps", "1", "--forks", "1", "--warmup", "0",
                "--warmup-time", "0", "--jvm-warmup", "0", "--no-progress", "--out", out.toString());
        assertEquals(0, run.code(), run.err()); // the sweep finished; the cell says what went wrong
        assertNoStackTrace(run);
        Results r = ResultsFiles.readJson(out.resolve("results.json"));
        assertTrue(r.complete());
        var cell = r.cells().stream().filter(c -> c.model().equals("gil")).findFirst().orElseThrow();
        assertEquals("failed", cell.status());
        assertTrue(cell.reason().contains("TypeError"), cell.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "run --models nope                | unknown model 'nope'",
            "run --workloads nope             | unknown workload 'nope'",
            "run --workers -1                 | --workers",
            "run --workers 0                  | --workers",
            "run --workers 100000             | --workers",
            "run --workers two                | --workers",
            "run --scale -1                   | --scale",
            "run --scale 1e9                  | --scale",
            "run --scale abc                  | --scale",
            "run --scale NaN                  | --scale",
            "run --size 1000                  | --scale",
            "run --reps 0                     | --reps",
            "run --warmup -1                  | --warmup",
            "run --timeout -5                 | --timeout",
            "run --warmup-time -1             | --warmup-time",
            "run --bogus                      | --bogus",
            "exec --model nope x.py           | unknown model 'nope'",
            "exec --model gil --workers -1 x.py     | --workers",
            "exec --model gil --workers 0 x.py      | --workers",
            "exec --model gil --workers 100000 x.py | --workers",
            "exec --model gil --size -5 x.py        | --size",
            "exec --model gil --size 1e9 x.py       | --size",
            "exec --model gil --size abc x.py       | --size",
            "exec --model gil --scale 0 x.py        | --scale",
            "exec --model gil --scale 0.5 --size 9 x.py | --scale",
            "exec --scale 0.5 x.py                  | --model",
            "exec --model gil --runs 0 x.py         | --runs",
            "exec --model gil --timeout -5 x.py     | --timeout",
            "exec --model gil -o bogus=1 x.py       | bogus",
            "exec --model gil -o gil.bogus=1 x.py   | bogus",
            "exec --model gil -o unsafe.interval=1ms x.py | unsafe.interval",
            "exec --model gil -o nope.interval=1ms x.py   | unknown model 'nope'",
            "exec --models gil,unsafe x.py          | one model",
            "exec --model gli x.py                  | did you mean 'gil'?",
            "run --model gli                        | did you mean 'gil'?",
            "run --model gil,unsafe -o interval=1ms | name the model",
            "list --plugins /no/such/dir/x.jar --bogus | --bogus",
            "exec --workers 2 x.py                  | --model",
            "exec --bogus x.py                      | --bogus",
            "exec /no/such/file.py                  | no such file",
            "compare                                | compare",
            "frobnicate                             | frobnicate",
    })
    void aBadCommandLineIsOneLineNamingTheOption(String line, String mentions) {
        List<String> args = new ArrayList<>(List.of(line.trim().split("\\s+")));
        if (args.contains("x.py")) args.set(args.indexOf("x.py"), corpus("no_work.py"));
        Outcome o = gillab(args.toArray(String[]::new));
        assertEquals(2, o.code(), line + ": " + o.err());
        assertTrue(o.firstLine().contains(mentions), "'" + mentions + "' not in the first line: " + o.err());
        assertTrue(o.err().lines().count() <= 2, o.err());
        assertNoStackTrace(o);
    }
}

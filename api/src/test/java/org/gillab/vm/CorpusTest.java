package org.gillab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gillab.lang.SourceFiles;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus: every program under {@code corpus/} runs on the interpreter with the
 * reference-count audit on; its stdout must equal the checked-in CPython output byte for byte and
 * the audit must be clean. Where {@code python3} is on PATH, CPython is re-run to confirm the
 * expectation itself.
 */
class CorpusTest {
    static final Path CORPUS = Paths.get("src/test/resources/corpus");

    static List<Path> programs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    /** Each test once per tier: the interpreter and the compiled code must both match CPython. */
    static Stream<DynamicContainer> onBothTiers(List<Path> programs, Check check) {
        return Stream.of(Tier.INTERP, Tier.COMPILED).map(tier -> DynamicContainer.dynamicContainer(tier,
                programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    String before = Tier.current();
                    Tier.select(tier);
                    try {
                        check.run(p);
                    } finally {
                        Tier.select(before);
                    }
                }))));
    }

    interface Check {
        void run(Path program) throws Exception;
    }

    @TestFactory
    Stream<DynamicContainer> corpus() throws IOException {
        boolean python = PythonCheck.available();
        return onBothTiers(programs(CORPUS), p -> {
            String expected = Files.readString(Paths.get(p.toString().replaceAll("\\.py$", ".out")), StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ProgramRunner.Result r = ProgramRunner.run(SourceFiles.read(p), out, new PrintStream(err, true, StandardCharsets.UTF_8), true);
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertEquals(0, r.exitCode(), "exit status; stderr:\n" + stderr);
            assertEquals(expected, out.toString(StandardCharsets.UTF_8), "stdout differs from CPython's");
            assertTrue(r.audit().clean(), r.audit().summary() + "\n" + String.join("\n", r.audit().details()));
            if (python && Tier.current().equals(Tier.INTERP)) {
                assertEquals(expected, PythonCheck.run(p), "the checked-in expectation is stale: CPython now prints otherwise");
            }
        });
    }

    /** Runs the machine's CPython, when there is one, to confirm expectations. */
    static final class PythonCheck {
        private static Boolean available;

        static synchronized boolean available() {
            if (available == null) {
                try {
                    Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                    available = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
                } catch (IOException | InterruptedException e) {
                    available = false;
                }
            }
            return available;
        }

        static String run(Path program) throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder("python3", program.getFileName().toString())
                    .directory(program.getParent().toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("PYTHONHASHSEED", "0");
            Process p = pb.start();
            byte[] outBytes = p.getInputStream().readAllBytes();
            p.waitFor(60, TimeUnit.SECONDS);
            return new String(outBytes, StandardCharsets.UTF_8);
        }
    }
}

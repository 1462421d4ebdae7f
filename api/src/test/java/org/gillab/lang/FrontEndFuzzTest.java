package org.gillab.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;

/**
 * Property-based fuzzing of the front end: whatever text it is given, the lexer, parser and compiler
 * either produce code or throw a {@link SourceError} that points inside the text. Three sources of
 * input: random bytes (the decoder's and the lexer's business), soups of Python's own tokens (the
 * parser's), and the real programs of the differential corpus and the workload library with a few
 * characters or tokens inserted, deleted or replaced (the compiler's, since most mutants still
 * parse).
 *
 * <p>The seed is random on every run, as fuzzing should be; a failure prints the seed and the
 * shrunk input, and jqwik re-runs that seed first next time (its database is under target/). Each
 * property's tries are bounded so that the three finish in well under a minute on two cores.
 */
class FrontEndFuzzTest {
    /** Python's vocabulary, with the malformed variants a tokenizer meets: unterminated, bad escapes, bad digits. */
    static final List<String> TOKENS = List.of(
            // keywords and soft keywords
            "def", "class", "if", "elif", "else", "while", "for", "in", "return", "yield", "lambda", "try", "except",
            "finally", "with", "as", "import", "from", "global", "nonlocal", "pass", "break", "continue", "del",
            "assert", "raise", "not", "and", "or", "is", "None", "True", "False", "async", "await", "match", "case",
            // names
            "x", "y", "f", "self", "print", "_", "__class__", "super", "é", "ｘ",
            // numbers, good and bad
            "0", "1", "42", "0x1F", "0o7", "0b101", "1.5", ".5", "1e10", "1_000", "1e-3", "09", "0x", "1__0", "1e",
            "1j", "0b2", "99999999999999999999999",
            // strings, good and bad
            "'a'", "\"b\"", "'''c'''", "\"\"\"d\"\"\"", "r'\\d'", "b'x'", "rb'\\x'", "f'{x}'", "f'{x!r:>{w}}'",
            "f'{{'", "f'{'", "f'}'", "f'{x=}'", "f'{x!z}'", "'\\x4'", "'\\N{DASH}'", "'\\u12'", "'\\U0011ffff'",
            "b'\\u1234'", "'unterminated", "'''unterminated", "b'é'", "u'x'", "'\\",
            // operators and delimiters
            "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "==",
            "!=", "=", "+=", "-=", "*=", "**=", "->", ":", ";", ",", ".", "...", ":=", "!", "$", "?", "`",
            "(", ")", "[", "]", "{", "}",
            // layout
            " ", " ", "\n", "\n", "\n    ", "\n        ", "\t", "\n\t", "\\\n", "#c", "\r\n", "\f", "\u00a0", "\u200b");

    private static final List<String> PROGRAMS = programs();

    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
    void randomBytesAreCompiledOrReportedInPlace(@ForAll @Size(max = 200) byte[] bytes) {
        String verdict = FrontEnd.checkBytes(bytes);
        assertTrue(FrontEnd.acceptable(verdict), verdict);
    }

    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
    void tokenSoupsAreCompiledOrReportedInPlace(@ForAll("soups") String text) {
        String verdict = FrontEnd.checkText(text);
        assertTrue(FrontEnd.acceptable(verdict), verdict);
        verdict = FrontEnd.checkBytes(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(FrontEnd.acceptable(verdict), verdict);
    }

    @Property(tries = 1500, shrinking = ShrinkingMode.BOUNDED)
    void mutatedProgramsAreCompiledOrReportedInPlace(@ForAll("mutants") String text) {
        String verdict = FrontEnd.checkText(text);
        assertTrue(FrontEnd.acceptable(verdict), verdict);
    }

    @Provide
    Arbitrary<String> soups() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(TOKENS),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(2));
        return token.list().ofMaxSize(60).map(ts -> String.join("", ts));
    }

    /** One change to a program: where (as a fraction of its length), what kind, and the text involved. */
    record Mutation(int kind, double where, int length, String text) {
        String applyTo(String program) {
            int at = (int) (where * program.length());
            int end = Math.min(program.length(), at + length);
            return switch (kind) {
                case 0 -> program.substring(0, at) + text + program.substring(at);          // insert
                case 1 -> program.substring(0, at) + program.substring(end);                // delete
                case 2 -> program.substring(0, at) + text + program.substring(end);         // replace
                default -> program.substring(0, at) + program.substring(at, end) + program.substring(at); // duplicate
            };
        }
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.strings().all().ofLength(1));
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40), text).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(PROGRAMS), mutation.list().ofMinSize(1).ofMaxSize(6)).as((p, ms) -> {
            String s = p;
            for (Mutation m : ms) s = m.applyTo(s);
            return s;
        });
    }

    /** The differential corpus and the shipped workloads: real programs, every construct gillab accepts. */
    static List<String> programs() {
        List<String> out = new ArrayList<>();
        Path workloads = Path.of(System.getProperty("gillab.workloads", "../harness/workloads"));
        for (Path dir : List.of(Path.of("src/test/resources/corpus"), workloads)) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                    out.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("no programs found to mutate");
        return out;
    }
}

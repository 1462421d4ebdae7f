package org.gillab.harness.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gillab.harness.library.WorkloadLibrary;
import org.gillab.harness.report.Json;
import org.gillab.harness.report.Machine;
import org.gillab.harness.wiring.Catalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every experiment at its quick size, once (CPython's side too where python3 is installed): each
 * produces a complete result, its figures finite or an explicit reason why not, and the files are
 * well formed. The verdicts depend on timing and are not asserted.
 */
class ReproduceQuickTest {
    private static Path scratch;
    private static List<ReproduceResult> results;
    private static final StringWriter log = new StringWriter();

    @BeforeAll
    static void runAll() throws IOException {
        scratch = Files.createTempDirectory("gillab-reproduce-test-");
        Catalog catalog = Catalog.wire(null, WorkloadLibrary.defaultDirectory());
        Lab lab = new Lab(catalog, scratch.resolve("work"), Runtime.getRuntime().availableProcessors());
        results = new ReproduceRunner(lab, Scale.QUICK, 60, true, new PrintWriter(log)).run(Experiments.all(), scratch.resolve("work"));
    }

    @AfterAll
    static void noForkLeftBehind() {
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(), "a child process outlived its experiment");
    }

    static Stream<String> names() {
        return Experiments.names().stream();
    }

    private static ReproduceResult result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no result " + name));
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachExperimentGivesACompleteResult(String name) {
        ReproduceResult r = result(name);
        for (String field : new String[] {r.source(), r.reference(), r.cpython(), r.gillab(), r.verdict(), r.band(), r.command()}) {
            assertNotNull(field, r.toString());
            assertFalse(field.isBlank(), r.toString());
        }
        assertEquals("quick", r.scale());
        assertTrue(r.command().startsWith("gillab reproduce " + name), r.command());
        assertTrue(r.reference().contains("gil-facts") || r.reference().contains("docs/sources.md"),
                "the reference names its section of docs/sources.md: " + r.reference());
        boolean measured = r.verdict().equals(ReproduceResult.REPRODUCED) || r.verdict().equals(ReproduceResult.DIFFERS)
                || r.verdict().startsWith(ReproduceResult.INCONCLUSIVE + " (");
        if (measured) {
            assertFalse(r.gillabValues().isEmpty(), r.toString());
            assertFalse(r.commands().isEmpty(), r.toString());
        } else {
            assertTrue(r.verdict().matches("not measured \\(.+\\)"), "a reason is given: " + r.verdict() + "\n" + log);
        }
        for (Map<String, Double> values : List.of(r.gillabValues(), r.cpythonValues())) {
            values.forEach((k, v) -> assertTrue(Double.isFinite(v), k + " = " + v));
        }
        if (r.cpythonValues().isEmpty()) assertFalse(r.cpython().isBlank());
    }

    @Test
    void theResultsAreWrittenAsJsonAndAMarkdownTable() throws IOException {
        Path out = scratch.resolve("out");
        ReproduceReport.write(new ReproduceReport.File(1, "2026-01-01T00:00:00Z", Machine.here(), "gillab reproduce --quick", results), out);
        JsonNode json = Json.MAPPER.readTree(out.resolve("reproduce.json").toFile());
        assertEquals(Experiments.names().size(), json.get("experiments").size());
        for (JsonNode e : json.get("experiments")) {
            for (String f : new String[] {"name", "source", "reference", "cpython", "gillab", "verdict", "band", "command"}) {
                assertTrue(e.hasNonNull(f), f + " missing in " + e);
            }
        }
        String md = Files.readString(out.resolve("reproduce.md"));
        for (String n : Experiments.names()) assertTrue(md.contains("| `" + n + "` |"), n + " not in the table:\n" + md);
    }
}

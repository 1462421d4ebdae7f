package org.gillab.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gillab.harness.metrics.CellResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class ResultsFilesTest {
    static CellResult cell(String model, int workers, double median, double min, double max, String status) {
        return new CellResult(model, "countdown", workers, 1000, status, status.equals("ok") ? null : "why, \"quoted\"", 3,
                median, min, max, median * 2, 1.5, 1.1, 1.2, 0.75, 123456L, status.equals("ok") ? Boolean.TRUE : null,
                Map.of("switches", 42L, "waits-ns", 7L));
    }

    static Results results(List<CellResult> cells) {
        return new Results(Results.SCHEMA_VERSION, "2026-11-23T10:00:00Z", true, new Machine(2, "cpu", "jvm", "os"),
                new Results.Settings(List.of("gil"), List.of("countdown"), List.of(1, 2), 1, 3, 1, 0.25, 120, Map.of("gil", Map.of("interval", "5ms")),
                        "gillab run", "interp"), cells);
    }

    @Test
    void jsonHasTheDocumentedFieldsAndReadsBack(@TempDir Path dir) throws IOException {
        Results r = results(List.of(cell("gil", 1, 1.0, 0.9, 1.1, "ok"), cell("processes", 2, 0, 0, 0, "not-applicable")));
        Path f = dir.resolve("out/results.json");
        ResultsFiles.writeJson(r, f);
        JsonNode root = Json.MAPPER.readTree(f.toFile());
        JsonNode c = root.get("cells").get(0);
        for (String field : List.of("model", "workload", "workers", "wall_seconds_median", "wall_seconds_min", "wall_seconds_max",
                "cpu_seconds_median", "speedup", "slowdown_vs_baseline", "single_thread_overhead", "correct", "status", "counters",
                "parallel_efficiency", "peak_memory_bytes")) {
            assertTrue(c.has(field), "cells[0] lacks " + field);
        }
        assertTrue(root.get("cells").get(1).get("correct").isNull());
        assertEquals(2, root.get("machine").get("cores").asInt());
        assertEquals("5ms", root.get("settings").get("model_options").get("gil").get("interval").asText());
        assertEquals(r, ResultsFiles.readJson(f));
    }

    @Test
    void csvHasOneRowPerCellWithTheCountersFlattened(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("results.csv");
        ResultsFiles.writeCsv(results(List.of(cell("gil", 1, 1.0, 0.9, 1.1, "ok"), cell("gil", 2, 2.0, 1.9, 2.1, "failed"))), f);
        List<String> lines = Files.readAllLines(f);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("model,workload,workers,size,status,correct,wall_seconds_median"), lines.get(0));
        assertTrue(lines.get(1).contains("switches=42;waits-ns=7"), lines.get(1));
        assertTrue(lines.get(2).contains("\"why, \"\"quoted\"\"\""), lines.get(2)); // quoted as CSV quotes
    }

    @Test
    void aFileThatIsNotResultsIsAnErrorNamingThePosition(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n  \"cells\": [1,\n");
        IOException e = assertThrows(IOException.class, () -> ResultsFiles.readJson(f));
        assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
        Files.writeString(f, "{\"other\": 1}");
        assertTrue(assertThrows(IOException.class, () -> ResultsFiles.readJson(f)).getMessage().contains("no \"cells\""));
    }

    @Test
    void compareListsTheCellsThatMovedBeyondTheirSpread() {
        Results old = results(List.of(cell("gil", 1, 1.0, 0.9, 1.1, "ok"), cell("gil", 2, 2.0, 1.9, 2.1, "ok"),
                cell("free-threaded", 2, 1.0, 0.5, 1.5, "ok"), cell("unsafe", 2, 1.0, 0.9, 1.1, "ok")));
        Results now = results(List.of(cell("gil", 1, 1.02, 0.95, 1.1, "ok"), cell("gil", 2, 3.0, 2.9, 3.1, "ok"),
                cell("free-threaded", 2, 1.2, 1.1, 1.3, "ok"), cell("unsafe", 2, 1.0, 0.9, 1.1, "failed")));
        Comparison c = Comparison.of(old, now);
        assertEquals(1, c.moved().size());
        assertEquals("gil/countdown/2", c.moved().get(0).key());
        assertEquals(1.5, c.moved().get(0).ratio(), 1e-9);
        assertEquals(1, c.statusChanges().size());
        StringWriter out = new StringWriter();
        c.print(new PrintWriter(out));
        assertTrue(out.toString().contains("slower"), out.toString());
        assertTrue(out.toString().contains("status changed: unsafe/countdown/2: ok -> failed"), out.toString());
        assertFalse(out.toString().contains("free-threaded/countdown/2  "), out.toString());
    }

    @Test
    void theHtmlReportIsOneSelfContainedFileWithCharts(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("report.html");
        Results r = results(List.of(cell("baseline", 1, 1.0, 0.9, 1.1, "ok"), cell("gil", 1, 1.0, 0.9, 1.1, "ok"),
                cell("gil", 2, 1.0, 0.9, 1.1, "ok")));
        LockTimeline t = new LockTimeline("gil, countdown, 2 workers", List.of(new long[] {1, 0, 5_000_000}, new long[] {2, 5_000_000, 9_000_000}), 10_000_000);
        HtmlReport.write(r, List.of(t), f);
        String html = Files.readString(f);
        assertTrue(html.contains("<img alt=\"speed-up, countdown\" src=\"data:image/png;base64,"), "speed-up chart");
        assertTrue(html.contains("<img alt=\"single-thread overhead\""), "overhead chart");
        assertTrue(html.contains("<img alt=\"lock timeline"), "timeline");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"), "self-contained");
    }
}

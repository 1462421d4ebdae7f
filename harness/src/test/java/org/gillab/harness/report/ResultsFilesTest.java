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
                        "gillab run", null, null, null, null, null, null, null, null, null, "interp"), cells);
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

    /** A version-2 cell: its forks' raw samples, the intervals computed from them as Metrics would. */
    static CellResult sampled(String model, int workers, double level, String status) {
        List<CellResult.ForkSamples> forks = new java.util.ArrayList<>();
        for (int f = 0; f < 3; f++) {
            forks.add(new CellResult.ForkSamples(List.of(level * (1 + 0.01 * f), level * (1.005 + 0.01 * f), level * (0.995 + 0.01 * f)),
                    4, 0.5, f != 2));
        }
        org.gillab.harness.stats.Interval ci = new org.gillab.harness.stats.Bootstrap().medianCi(
                forks.stream().map(x -> x.wallSeconds().stream().mapToDouble(Double::doubleValue).toArray()).toList());
        return new CellResult(model, "countdown", workers, 1000, status, status.equals("ok") ? null : "a worker raised ValueError", 9,
                level, level * 0.99, level * 1.03, level, workers == 1 ? 1.0 : 1.6, level, model.equals("unsafe") ? 1.0 : 1.3, 0.8, 2_000_000L,
                status.equals("ok") ? Boolean.TRUE : Boolean.FALSE, Map.of("switches", 1234567L, "wait-ns", 12_345_678L),
                ci, workers == 1 ? null : new org.gillab.harness.stats.Interval(1.5, 1.7), new org.gillab.harness.stats.Interval(0.9, 1.2),
                model.equals("unsafe") ? new org.gillab.harness.stats.Interval(0.95, 1.05) : new org.gillab.harness.stats.Interval(1.2, 1.4),
                forks, null, null);
    }

    @Test
    void compareCallsAChangeSignificantOnlyWhenItsIntervalExcludesOneAndItIsLargeEnough() {
        Results old = results(List.of(sampled("gil", 1, 1.0, "ok"), sampled("gil", 2, 1.0, "ok"), sampled("free-threaded", 2, 1.0, "ok")));
        Results now = results(List.of(sampled("gil", 1, 1.0, "ok"), sampled("gil", 2, 1.30, "ok"), sampled("free-threaded", 2, 1.02, "ok")));
        Comparison c = Comparison.of(old, now, 0.05);
        assertEquals(1, c.moved().size(), c.moved().toString()); // 2 % is below the minimum effect even if its interval excluded 1
        assertEquals("gil/countdown/2", c.moved().get(0).key());
        assertFalse(c.moved().get(0).ci().contains(1.0));
        assertEquals(0, Comparison.of(old, now, 0.5).moved().size(), "a 30 % change is below a 50 % minimum effect");
        assertTrue(c.sizeDifferences().isEmpty());
    }

    @Test
    void compareWarnsAboutDifferentSettingsAndNamesDifferentSizes() {
        Results old = results(List.of(sampled("gil", 1, 1.0, "ok")));
        CellResult bigger = new CellResult("gil", "countdown", 1, 5000, "ok", null, 3, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1L, true, Map.of());
        Results now = new Results(2, "x", true, new Machine(8, "other cpu", "jvm", "os"),
                new Results.Settings(List.of("gil"), List.of("countdown"), List.of(1), 1, 5, 10, 1, 120, Map.of(), "gillab run"), List.of(bigger));
        Comparison c = Comparison.of(old, now);
        assertEquals(1, c.sizeDifferences().size());
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("different machines")), c.warnings().toString());
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("different repetitions")), c.warnings().toString());
    }

    @Test
    void theHtmlReportIsOneSelfContainedPageWithEverySection(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("report.html");
        Results r = new Results(Results.SCHEMA_VERSION, "2026-11-23T10:00:00Z", true, new Machine(2, "cpu", "jvm", "os"),
                results(List.of()).settings(), new Environment("jvm", List.of("-XX:+UseParallelGC"), 1L << 30, "abc123", "cpu", 2, false,
                        null, "6.1", 3.5, 4.0, "the machine was busy"),
                List.of(sampled("baseline", 1, 1.0, "ok"), sampled("unsafe", 1, 1.0, "ok"), sampled("gil", 1, 1.3, "ok"),
                        sampled("gil", 2, 0.8, "ok"), sampled("free-threaded", 1, 1.5, "ok"), sampled("free-threaded", 2, 0, "failed")));
        // worker 0 holds for 5 ms while worker 1 waits, then worker 1 holds; the main thread waits at the end
        LockTimeline t = new LockTimeline("gil / countdown / 2 workers", "gil", 2,
                List.of(new long[] {1, 0, 5_000_000}, new long[] {2, 5_000_000, 9_000_000}),
                List.of(new long[] {2, 0, 5_000_000}, new long[] {0, 9_500_000, 10_000_000}), 10_000_000);
        HtmlReport.write(r, List.of(t), f);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(f.toFile(), "UTF-8");
        assertEquals("the machine was busy", doc.getElementById("busy").text().replace("Warning: ", ""));
        assertTrue(doc.getElementById("settings").text().contains("abc123"), "the commit in the settings panel");
        assertTrue(doc.getElementById("noise").nextElementSibling().nextElementSibling().text().contains("unsafe at 1 worker"), "the A/A line");
        org.jsoup.select.Elements heat = doc.select("table.heat td");
        assertEquals(3, heat.size(), "unsafe, gil and free-threaded at 1 worker, one workload: " + heat);
        assertTrue(heat.stream().anyMatch(td -> td.hasClass("noise")), "a ratio whose interval holds 1.00 is greyed");
        assertTrue(heat.stream().anyMatch(td -> td.attr("style").contains("rgb(255,")), "an overhead above 1 is red");
        assertEquals(3, doc.select("table.heat th svg.marker").size(), "each heatmap row names its model by its marker");
        org.jsoup.select.Elements charts = doc.select("svg[role=img]");
        assertEquals(3, charts.size(), "per workload: forks, speed-up; one lock timeline");
        org.jsoup.nodes.Element forks = charts.get(0);
        assertEquals(5 * 3, forks.select("title:matchesOwn(fork \\d: median)").size(), "a dot per fork of each measured cell");
        assertTrue(forks.text().contains("failed"), "the failed cell drawn as such");
        assertTrue(forks.select("title").stream().anyMatch(e -> e.text().contains("a worker raised ValueError")), "with its reason");
        org.jsoup.select.Elements listed = doc.select("ul.failures li.failed");
        assertEquals(2, listed.size(), "the failed cell listed, with its reason, under the fork chart and the speed-up chart: " + listed);
        assertTrue(listed.get(0).text().contains("free-threaded 2 failed: a worker raised ValueError"), listed.get(0).text());
        assertEquals("n/a gil 4, processes 2 not-applicable: no shared objects", HtmlReport.missingList(List.of(
                new CellResult("gil", "countdown", 4, 1, "not-applicable", "no shared objects", 0, null, null, null, null, null, null, null,
                        null, null, null, Map.of()),
                new CellResult("processes", "countdown", 2, 1, "not-applicable", "no shared objects", 0, null, null, null, null, null, null,
                        null, null, null, null, Map.of()))).replaceAll("<[^>]+>", "").strip(), "cells that did not run for one reason share an item");
        org.jsoup.nodes.Element speedup = charts.get(1);
        assertEquals(1, speedup.select("text.missing").size(), "the failed cell marked in the speed-up chart");
        assertFalse(speedup.text().contains("unsafe"), "unsafe runs at one worker only: no speed-up to draw");

        org.jsoup.nodes.Element timeline = doc.selectFirst("svg.timeline");
        org.jsoup.select.Elements rows = timeline.select("g.row");
        assertEquals(List.of("main", "worker 0", "worker 1"), rows.stream().map(g -> g.selectFirst("text.label").text()).toList(),
                "a labelled row per thread, the main thread first");
        assertEquals(1, rows.get(1).select("rect.hold").size(), "worker 0 holds once");
        assertEquals(1, rows.get(2).select("rect.wait").size(), "worker 1 waits, then holds");
        assertEquals(1, rows.get(0).select("rect.wait").size(), "the main thread's wait is drawn too");
        assertEquals("holds 50 %, waits 0 %", rows.get(1).selectFirst("text.share").text());
        assertEquals("holds 40 %, waits 50 %", rows.get(2).selectFirst("text.share").text());
        assertEquals("#0072B2", rows.get(1).selectFirst("rect.hold").attr("fill"), "holds in the model's colour");
        assertTrue(rows.get(2).selectFirst("rect.wait").attr("fill").startsWith("url(#wait-hatch-"), "waits hatched");
        assertTrue(timeline.select("g.legend").text().contains("holds the lock") && timeline.select("g.legend").text().contains("waits for it"));
        assertFalse(doc.select("img").size() > 0, "every chart is SVG");
        assertTrue(doc.select("details summary:containsOwn(counters)").size() > 0, "counters folded");
        assertEquals(1, doc.selectFirst("details div.counters").select("br").size(), "two counters, one per line");
        assertTrue(doc.text().contains("switches 1,234,567") && doc.text().contains("wait 12.3 ms"), "counters formatted");
        assertTrue(doc.select("[src^=http], [href^=http], script, link").isEmpty(), "self-contained");
        // one colour per model in every chart: gil's markers share one fill
        java.util.Set<String> gilFills = new java.util.HashSet<>();
        for (org.jsoup.nodes.Element e : doc.select("svg title:matchesOwn(^gil/)")) if (e.parent().hasAttr("fill")) gilFills.add(e.parent().attr("fill"));
        assertEquals(1, gilFills.size(), gilFills.toString());
    }

    @Test
    void workloadsWhoseFiguresMeanSomethingElseCarryTheirNoteInThePageToo() {
        assertTrue(HtmlReport.note("pipeline").contains("a different schedule"), HtmlReport.note("pipeline"));
        assertTrue(HtmlReport.note("io-sleep").contains("1.00x is perfect overlap"), HtmlReport.note("io-sleep"));
        assertEquals("", HtmlReport.note("countdown"));
    }

    @Test
    void axisLabelsNeverReadAlike() {
        // a run of about a millisecond: ticks 0.0005 apart used to print 0.001 twice
        List<String> ticks = new java.util.ArrayList<>();
        for (int i = 0; i <= 4; i++) ticks.add(HtmlReport.tick(0.0005 * i, 0.0005));
        assertEquals(List.of("0", "0.0005", "0.001", "0.0015", "0.002"), ticks);
        assertEquals("2.5", HtmlReport.tick(2.5, 2.5));
        assertEquals("10", HtmlReport.tick(10, 5));
    }

    @Test
    void everyShippedModelHasItsOwnColourAndMarkerReadableOnWhite() {
        java.util.Set<String> colours = new java.util.HashSet<>(), pairs = new java.util.HashSet<>();
        List<String> models = new java.util.ArrayList<>(ModelStyle.known());
        models.addAll(List.of("cpython-3.11-threads", "cpython-3.13t-threads", "cpython-3.11-processes", "cpython-3.13-interpreters"));
        for (String m : models) {
            ModelStyle st = ModelStyle.of(m);
            assertTrue(pairs.add(st.colour() + " " + st.marker()), m + " shares its colour and marker with another model");
            if (!m.startsWith("cpython-")) assertTrue(colours.add(st.colour()), m + " shares its colour");
            assertTrue(contrastOnWhite(st.colour()) >= 3, m + ": " + st.colour() + " is too pale for white");
        }
        // Okabe-Ito's yellow and orange: unreadable on white, and the orange next to free-threaded's vermillion
        assertFalse(colours.contains("#F0E442") || colours.contains("#E69F00"), colours.toString());
    }

    /** WCAG 2's contrast ratio of a colour against white. */
    private static double contrastOnWhite(String hex) {
        double l = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            l += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (l + 0.05);
    }
}

package org.gillab.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.gillab.harness.cli.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gillab run --trace} end to end: the forked JVM records the GIL's holds and waits (the model
 * calls spi/LockTrace), and report.html draws them, a labelled row per thread.
 */
class TracedReportTest {
    @Test
    void theLockTimelineShowsHoldsAndWaitsOnALabelledRowPerThread(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("traced");
        // two workers of countdown on gil: each runs until asked to drop, so the other one waits
        Cli.Outcome o = Cli.run("run", "--model", "gil", "--workloads", "countdown", "--workers", "2", "--scale", "0.02", "--reps", "1",
                "--forks", "1", "--settle", "none", "--warmup", "0", "--warmup-time", "0", "--jvm-warmup", "0", "--trace", "--no-progress",
                "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        Element timeline = doc.selectFirst("svg.timeline[aria-label*=gil / countdown / 2 workers]");
        assertTrue(timeline != null, "no timeline for gil / countdown / 2 workers: " + doc.select("svg.timeline"));
        List<Element> rows = timeline.select("g.row");
        assertEquals(List.of("main", "worker 0", "worker 1"), rows.stream().map(g -> g.selectFirst("text.label").text()).toList());
        for (int w = 1; w <= 2; w++) {
            assertFalse(rows.get(w).select("rect.hold").isEmpty(), "worker " + (w - 1) + " never held the lock");
        }
        assertFalse(timeline.select("rect.wait").isEmpty(), "no wait drawn, though two workers share one GIL");
    }
}

package org.gillab.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gillab.harness.metrics.CellResult;
import org.gillab.harness.stats.Interval;
import org.junit.jupiter.api.Test;

class TerminalTableTest {
    private static CellResult cell(String model, String workload, int workers, double ratio, Interval ci) {
        return new CellResult(model, workload, workers, 2_000_000, "ok", null, 9, 12.3456, 12.0, 13.0, 12.0, ratio, ratio, ratio,
                ratio / workers, 1L, true, Map.of(), new Interval(11.9876, 13.4567), ci, ci, ci, List.of(), null, null);
    }

    @Test
    void theTableFitsOneHundredColumnsAtAnyWorkerCount() {
        List<CellResult> cells = new ArrayList<>();
        cells.add(cell("baseline", "io-sleep", 1, 1.0, null));
        cells.add(cell("unsafe", "io-sleep", 1, 1.01, new Interval(0.97, 1.04)));
        for (int n = 1; n <= 64; n *= 2) cells.add(cell("subinterpreters-with-a-long-name", "io-sleep", n, 12.34, new Interval(10.12, 14.56)));
        StringWriter out = new StringWriter();
        TerminalTable.print(cells, new PrintWriter(out));
        String text = out.toString();
        for (String line : text.split("\n")) assertTrue(line.length() <= 100, line.length() + " columns: " + line);
        assertTrue(text.contains("12.34x [10.12-14.56]"), text);
        assertTrue(text.contains("A/A noise floor: unsafe at 1 worker / baseline = 1.01x [0.97-1.04]; holds 1.00"), text);
        assertTrue(text.contains("note: every worker sleeps the whole SIZE"), text);
        assertTrue(text.contains("Legend:"), text);
    }

    @Test
    void aCellThatDidNotRunShowsItsStatusUnderTheResultColumn() {
        List<CellResult> cells = new ArrayList<>();
        cells.add(cell("gil", "countdown", 1, 1.0, null));
        cells.add(new CellResult("gil", "countdown", 2, 2_000_000, "failed", "worker 1 raised: ValueError", 2, null, null, null, null, null,
                null, null, null, 1L, false, Map.of()));
        StringWriter out = new StringWriter();
        TerminalTable.print(cells, new PrintWriter(out));
        List<String> lines = out.toString().lines().toList();
        int column = lines.stream().filter(l -> l.startsWith("model ")).findFirst().orElseThrow().indexOf("result");
        String failed = lines.stream().filter(l -> l.startsWith("gil") && l.contains("FAILED")).findFirst().orElseThrow();
        assertEquals(column, failed.indexOf("FAILED"), out.toString());
        assertTrue(out.toString().contains("gil / countdown / 2: failed: worker 1 raised: ValueError"), out.toString());
        String na = TerminalTable.row(new CellResult("subinterpreters", "shared-counter", 1, 1, "not-applicable", "shares objects", 0, null,
                null, null, null, null, null, null, null, null, null, Map.of()));
        assertTrue(na.endsWith("NOT-APPLICABLE") && na.length() == 100, "as far right as 100 columns allow: " + na);
    }

    @Test
    void pipelineAtOneWorkerIsNotedAsADifferentSchedule() {
        StringWriter out = new StringWriter();
        TerminalTable.print(List.of(cell("gil", "pipeline", 1, 1.0, null), cell("gil", "pipeline", 2, 1.5, null)), new PrintWriter(out));
        assertTrue(out.toString().contains("note: at 1 worker the one worker produces everything"), out.toString());
    }

    @Test
    void longReasonsAreWrappedToo() {
        StringWriter out = new StringWriter();
        TerminalTable.wrap(new PrintWriter(out), "  model / w / 1: failed: " + "word ".repeat(60) + "x".repeat(250), "      ");
        for (String line : out.toString().split("\n")) assertTrue(line.length() <= 100, line.length() + ": " + line);
        assertTrue(out.toString().startsWith("  model / w / 1"), out.toString());
        assertEquals(250, out.toString().chars().filter(ch -> ch == 'x').count(), "nothing lost");
    }

    @Test
    void aRatioWhoseIntervalHoldsOneIsMarked() {
        assertEquals("1.05x [1.02-1.08]", TerminalTable.ratio(1.05, new Interval(1.02, 1.08)));
        assertEquals("1.01x [0.98-1.04] ~", TerminalTable.ratio(1.01, new Interval(0.98, 1.04)));
        assertEquals("1.01x", TerminalTable.ratio(1.01, null));
        assertEquals("", TerminalTable.ratio(null, null));
    }

    @Test
    void progressLabelsItsTimes() {
        assertEquals("1:05", Progress.clock(65));
        assertEquals("0:00", Progress.clock(0.2));
    }

    @Test
    void theProgressLineLabelsElapsedAndLeftAndMovesWithTheClockWhileARunGoesOn() {
        long[] now = {0};
        Progress p = new Progress(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), Progress.Mode.LINES, () -> now[0]);
        p.on(new org.gillab.harness.sweep.SweepEvent.Planned(4, 40, 10, 2));
        assertEquals("  0% [          ] 0/8 cells, elapsed 0:00, left ~?", p.line(100));
        org.gillab.harness.sweep.Cell gil = new org.gillab.harness.sweep.Cell("gil", "countdown", 2);
        now[0] = 30_000_000_000L;
        p.on(new org.gillab.harness.sweep.SweepEvent.ForkCellFinished(gil, 1, 2, List.of()));
        p.on(new org.gillab.harness.sweep.SweepEvent.ForkCellFinished(gil, 2, 2, List.of()));
        p.on(new org.gillab.harness.sweep.SweepEvent.RunFinished(gil, 0, true, null));
        assertEquals(" 25% [==        ] 2/8 cells, elapsed 0:30, left ~1:30, now gil/countdown/2", p.line(100));
        now[0] = 95_000_000_000L; // no event: the line is redrawn every second, and the times move on
        assertTrue(p.line(100).contains("elapsed 1:35, left ~4:45"), p.line(100));
        assertTrue(p.line(40).length() <= 40, "cut to the terminal");
    }
}

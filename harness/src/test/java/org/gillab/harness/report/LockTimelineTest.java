package org.gillab.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LockTimelineTest {
    private static Element draw(LockTimeline t) {
        return Jsoup.parse("<html><body>" + t.svg(7) + "</body></html>").selectFirst("svg.timeline");
    }

    @Test
    void everyThreadGetsARowEvenOneThatNeverTouchedTheLock() {
        // four workers; only worker 2 (thread 3) holds within the window
        Element svg = draw(new LockTimeline("gil / countdown / 4 workers", "gil", 4, List.of(new long[] {3, 0, 1_000_000}), List.of(), 2_000_000));
        assertEquals(List.of("main", "worker 0", "worker 1", "worker 2", "worker 3"),
                svg.select("g.row text.label").stream().map(Element::text).toList());
        assertEquals("holds 50 %, waits 0 %", svg.selectFirst("g.row[data-thread=worker 2] text.share").text());
        assertEquals("holds 0 %, waits 0 %", svg.selectFirst("g.row[data-thread=main] text.share").text());
        assertTrue(svg.select("pattern#wait-hatch-7").size() == 1, "its own hatch, apart from other charts'");
    }

    @Test
    void holdsCloserThanHalfAPixelAreOneBarAndShortSharesKeepADecimal() {
        // a holder that lets go and takes the lock back every 2 us (gil-ticks): 500 holds in 1 ms, drawn as one bar
        List<long[]> holds = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) holds.add(new long[] {1, i * 2_000L, i * 2_000L + 1_900});
        Element svg = draw(new LockTimeline("gil-ticks / countdown / 1 workers", "gil-ticks", 1, holds, List.of(), 50_000_000));
        assertEquals(1, svg.select("g.row[data-thread=worker 0] rect.hold").size());
        assertEquals("holds 1.9 %, waits 0 %", svg.selectFirst("g.row[data-thread=worker 0] text.share").text());
    }

    @Test
    void overlappingHoldsAreCalledMoreThanOneLock() {
        List<long[]> oneLock = List.of(new long[] {1, 0, 10}, new long[] {2, 10, 20}, new long[] {1, 20, 30});
        List<long[]> perInterpreter = List.of(new long[] {1, 0, 10}, new long[] {2, 5, 20});
        assertFalse(LockTimeline.overlaps(oneLock));
        assertTrue(LockTimeline.overlaps(perInterpreter));
        assertTrue(LockTimeline.overlaps(List.of(new long[] {1, 0, 100}, new long[] {1, 100, 110}, new long[] {2, 50, 60})));
        assertTrue(draw(new LockTimeline("subinterpreters / countdown / 2 workers", "subinterpreters", 2, perInterpreter, List.of(), 20))
                .selectFirst("text.note").text().startsWith("holds overlap"));
        assertTrue(draw(new LockTimeline("gil / countdown / 2 workers", "gil", 2, oneLock, List.of(), 30)).select("text.note").isEmpty());
    }
}

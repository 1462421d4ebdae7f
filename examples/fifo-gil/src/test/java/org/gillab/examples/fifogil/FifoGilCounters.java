package org.gillab.examples.fifogil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** How the counters must relate once a run is over and nobody is queued. */
final class FifoGilCounters {
    private FifoGilCounters() {}

    static final List<String> NAMES = List.of("acquisitions", "contended-acquisitions", "handoffs", "handoff-requests",
            "forced-switches", "wait-ns");

    static void assertConsistent(Map<String, Long> c) {
        // every run appends the cycle collector's gc-* counters after the model's own
        assertEquals(NAMES, c.keySet().stream().filter(k -> !k.startsWith("gc-")).toList(), "counter names and order");
        assertTrue(c.get("contended-acquisitions") <= c.get("acquisitions"), c.toString());
        // every thread that queued left the queue by being handed the lock, and a hand-over always has a taker
        assertEquals(c.get("contended-acquisitions"), c.get("handoffs"), c.toString());
        // a forced switch answers a request; a request is only made while someone waits, so the release
        // that clears it, forced or not, hands the lock over
        assertTrue(c.get("forced-switches") <= c.get("handoff-requests"), c.toString());
        assertTrue(c.get("handoff-requests") <= c.get("handoffs"), c.toString());
        assertEquals(c.get("contended-acquisitions") == 0, c.get("wait-ns") == 0, c.toString());
    }
}

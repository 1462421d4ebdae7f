package org.gillab.models.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** How the gil model's counters must relate after any run. */
final class GilCounters {
    private GilCounters() {}

    static final List<String> NAMES = List.of("acquisitions", "contended-acquisitions", "switches", "drop-requests",
            "forced-drops", "forced-drops-retaken", "voluntary-drops", "wait-ns", "forced-switch-wait-ns");

    static void assertConsistent(Map<String, Long> c, boolean forceSwitching) {
        // every run appends the cycle collector's gc-* counters after the model's own
        assertEquals(NAMES, c.keySet().stream().filter(k -> !k.startsWith("gc-")).toList(), "counter names and order");
        long acquisitions = c.get("acquisitions");
        // the runner's main thread takes the GIL twice (bind, end of its wait) and drops it around its wait
        assertTrue(acquisitions >= 2, c.toString());
        assertTrue(c.get("contended-acquisitions") <= acquisitions, c.toString());
        assertTrue(c.get("switches") <= acquisitions, c.toString());
        assertTrue(c.get("voluntary-drops") >= 1 && c.get("voluntary-drops") <= acquisitions, c.toString());
        // a request sets one bit, which one drop consumes; several waiters may set it again before that drop
        assertTrue(c.get("forced-drops") <= c.get("drop-requests"), c.toString());
        assertTrue(c.get("forced-drops-retaken") <= c.get("forced-drops"), c.toString());
        assertEquals(c.get("contended-acquisitions") == 0, c.get("wait-ns") == 0, c.toString());
        if (forceSwitching) {
            assertEquals(0, c.get("forced-drops-retaken"), "FORCE_SWITCHING lets no dropper take the GIL back first: " + c);
        } else {
            assertEquals(0, c.get("forced-switch-wait-ns"), c.toString());
        }
    }
}

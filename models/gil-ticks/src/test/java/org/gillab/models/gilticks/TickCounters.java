package org.gillab.models.gilticks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** How the gil-ticks model's counters must relate after any run. */
final class TickCounters {
    private TickCounters() {}

    static final List<String> NAMES = List.of("acquisitions", "contended-acquisitions", "releases", "switches",
            "reacquired-by-same-thread", "failed-wakeups", "wait-ns");

    static void assertConsistent(Map<String, Long> c) {
        // every run appends the cycle collector's gc-* counters after the model's own
        assertEquals(NAMES, c.keySet().stream().filter(k -> !k.startsWith("gc-")).toList(), "counter names and order");
        long acquisitions = c.get("acquisitions");
        assertTrue(c.get("contended-acquisitions") <= acquisitions, c.toString());
        // every acquisition either changes the holder, returns the lock to its last holder past a
        // waiter, or returns it to its last holder with nobody waiting
        assertTrue(c.get("switches") + c.get("reacquired-by-same-thread") <= acquisitions, c.toString());
        // each tick release is followed by an acquisition; the first acquisition of every thread is not
        assertTrue(c.get("releases") < acquisitions, c.toString());
        assertEquals(c.get("contended-acquisitions") == 0, c.get("wait-ns") == 0, c.toString());
        if (c.get("contended-acquisitions") == 0) assertEquals(0, c.get("failed-wakeups"), c.toString());
    }
}

package org.gillab.models.finegrained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** What the fine-grained counters must satisfy after any run, in either refcount variant. */
final class CounterInvariants {
    private CounterInvariants() {}

    static final List<String> NAMES = List.of(
            "refcount-lock-acquisitions", "refcount-lock-contended", "refcount-lock-wait-ns",
            "container-lock-acquisitions", "container-lock-contended", "container-lock-wait-ns",
            "container-locks-created");

    static void check(Map<String, Long> c, boolean atomic) {
        // every run appends the cycle collector's gc-* counters after the model's own
        assertEquals(NAMES, c.keySet().stream().filter(k -> !k.startsWith("gc-")).toList(), "counter names and order");
        for (String kind : List.of("refcount-lock", "container-lock")) {
            long acquired = c.get(kind + "-acquisitions");
            long contended = c.get(kind + "-contended");
            long wait = c.get(kind + "-wait-ns");
            assertTrue(contended <= acquired, kind + ": contended " + contended + " > acquisitions " + acquired);
            assertTrue(wait == 0 || contended > 0, kind + ": waited " + wait + " ns without contention");
        }
        assertTrue(c.get("container-locks-created") <= c.get("container-lock-acquisitions"),
                "a lock is created only by the enter that first needs it");
        assertTrue(c.get("container-lock-acquisitions") > 0, "every workload touches a list or dict");
        if (atomic) {
            assertEquals(0L, c.get("refcount-lock-acquisitions"), "the interlocked variant takes no refcount lock");
        } else {
            assertTrue(c.get("refcount-lock-acquisitions") > 0, "every run counts references");
        }
    }
}

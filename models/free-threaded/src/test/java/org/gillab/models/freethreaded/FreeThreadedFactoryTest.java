package org.gillab.models.freethreaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gillab.spi.ConcurrencyModel;
import org.gillab.spi.ModelOption;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;
import org.junit.jupiter.api.Test;

class FreeThreadedFactoryTest {
    private final FreeThreadedFactory factory = new FreeThreadedFactory();

    private ConcurrencyModel create(Map<String, String> options) {
        return factory.create(ModelOptions.of(factory.name(), factory.options(), options));
    }

    @Test
    void declaresItsSettingsWithDefaults() {
        assertEquals("free-threaded", factory.name());
        assertFalse(factory.needsInstructionTicks());
        assertEquals(List.of("count-local-ops", "optimistic-reads", "defer-at-start", "release", "spins", "biased"),
                factory.options().stream().map(ModelOption::name).toList());
        ConcurrencyModel m = create(Map.of());
        assertTrue(m.containerLocking().optimisticReads());
        assertFalse(m.counters().containsKey("local-refcount-ops"), "not counted unless asked for");
    }

    @Test
    void settingsChangeWhatRuns() {
        ConcurrencyModel m = create(Map.of("optimistic-reads", "false", "count-local-ops", "true"));
        assertFalse(m.containerLocking().optimisticReads());
        assertTrue(m.refCounting() instanceof CountingBiasedRefCounting);
        assertEquals(0L, m.counters().get("local-refcount-ops"));
    }

    @Test
    void everyCounterStartsAtZeroUnderAStableName() {
        Map<String, Long> c = create(Map.of()).counters();
        assertEquals(List.of("shared-refcount-ops", "deferred-refcount-ops", "merges", "queued-merges", "abandoned-merges",
                "immortalized", "deferred-objects", "cs-acquisitions", "cs-contended", "cs-suspensions", "optimistic-reads",
                "optimistic-read-retries"), List.copyOf(c.keySet()));
        for (long v : c.values()) assertEquals(0, v);
    }

    @Test
    void badValuesNameTheOption() {
        for (Map<String, String> bad : List.of(Map.of("spins", "-1"), Map.of("spins", "lots"), Map.of("spins", "2000000"),
                Map.of("optimistic-reads", "perhaps"), Map.of("count-local-ops", "2"), Map.of("defer-at-start", ""), Map.of("biased", "maybe"),
                Map.of("release", "3.12"), Map.of("release", "3.14t"))) {
            String name = bad.keySet().iterator().next();
            ModelOptionException e = assertThrows(ModelOptionException.class, () -> create(bad), bad.toString());
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        ModelOptionException e = assertThrows(ModelOptionException.class, () -> create(Map.of("interval", "5ms")));
        assertTrue(e.getMessage().contains("interval"), e.getMessage());
    }
}

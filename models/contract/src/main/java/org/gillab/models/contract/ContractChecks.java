package org.gillab.models.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.gillab.spi.ModelFactory;
import org.gillab.spi.ModelPlugin;
import org.gillab.workload.RunOutcome;

/** Checks every contract kit makes in the same way, whatever kind of model it tests. */
final class ContractChecks {
    private ContractChecks() {}

    /** A plugin in META-INF/services registers a factory of this name. */
    static void assertDiscoverable(ModelFactory factory) {
        boolean found = false;
        for (ModelPlugin p : ServiceLoader.load(ModelPlugin.class)) found |= p.factory().name().equals(factory.name());
        assertTrue(found, "no ModelPlugin in META-INF/services registers " + factory.name());
    }

    /** Two runs report the same counter names, each a lower-case hyphenated word, none negative. */
    static void assertCountersWellFormed(RunOutcome a, RunOutcome b) {
        assertEquals(a.counters().keySet(), b.counters().keySet(), "the counter names change between runs");
        for (RunOutcome r : List.of(a, b)) {
            for (Map.Entry<String, Long> e : r.counters().entrySet()) {
                assertTrue(e.getValue() >= 0, e.getKey() + " is negative: " + e.getValue());
                assertTrue(e.getKey().matches("[a-z0-9]+(-[a-z0-9]+)*"), "counter name " + e.getKey());
            }
        }
    }
}

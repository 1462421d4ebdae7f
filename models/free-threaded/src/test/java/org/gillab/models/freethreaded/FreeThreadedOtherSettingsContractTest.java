package org.gillab.models.freethreaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;

/** The contract again with every setting away from its default: locked reads, no deferral, no spinning, local ops counted. */
class FreeThreadedOtherSettingsContractTest extends SharedHeapModelContract {
    @Override
    protected ModelFactory factory() {
        return new FreeThreadedFactory();
    }

    @Override
    protected Map<String, String> options() {
        return Map.of("optimistic-reads", "false", "defer-at-start", "false", "spins", "0", "count-local-ops", "true");
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> c, int workers) {
        assertTrue(c.get("local-refcount-ops") > 0, c.toString());
        assertEquals(0, c.get("optimistic-reads"), c.toString());
        assertEquals(0, c.get("immortalized"), c.toString());
        assertEquals(0, c.get("deferred-objects"), c.toString());
        assertEquals(0, c.get("deferred-refcount-ops"), c.toString());
        assertTrue(c.get("cs-contended") <= c.get("cs-acquisitions"), c.toString());
    }
}

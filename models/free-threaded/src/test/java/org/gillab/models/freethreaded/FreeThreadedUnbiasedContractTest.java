package org.gillab.models.freethreaded;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;

/** The contract with biased counting switched off: atomic owner updates must decide nothing differently. */
class FreeThreadedUnbiasedContractTest extends SharedHeapModelContract {
    @Override
    protected ModelFactory factory() {
        return new FreeThreadedFactory();
    }

    @Override
    protected Map<String, String> options() {
        return Map.of("biased", "false");
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> c, int workers) {
        assertTrue(c.get("shared-refcount-ops") > 0, c.toString());
        assertTrue(c.get("optimistic-read-retries") <= c.get("optimistic-reads"), c.toString());
        assertTrue(c.get("cs-contended") <= c.get("cs-acquisitions"), c.toString());
    }
}

package org.gillab.models.freethreaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;

/** The contract under {@code release=3.13}: the shared module-level objects become immortal when the workers start. */
class FreeThreaded313ContractTest extends SharedHeapModelContract {
    @Override
    protected ModelFactory factory() {
        return new FreeThreadedFactory();
    }

    @Override
    protected Map<String, String> options() {
        return Map.of("release", "3.13");
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> c, int workers) {
        FreeThreadedContractTest.assertConsistentUnderEitherRelease(c);
        assertTrue(c.get("immortalized") > 0, "module-level objects immortalized when the workers start: " + c);
        assertEquals(0, c.get("deferred-objects"), c.toString());
        assertEquals(0, c.get("deferred-refcount-ops"), c.toString());
    }
}

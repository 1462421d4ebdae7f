package org.gillab.models.subinterpreters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.gillab.models.contract.IsolatedModelContract;
import org.gillab.spi.ModelFactory;

class SubinterpretersContractTest extends IsolatedModelContract {
    @Override
    protected ModelFactory factory() {
        return new SubinterpretersFactory();
    }

    /** The main interpreter's GIL and one per worker; a worker's own lock is never contended. */
    @Override
    protected void assertCountersConsistent(Map<String, Long> counters, int workers) {
        assertEquals(workers + 1L, counters.get("gils"));
        assertEquals(0L, counters.get("gil-contended-acquisitions"));
    }
}

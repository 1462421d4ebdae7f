package org.gillab.models.finegrained;

import java.util.Map;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;

/** The Linux variant (global refcount mutex) keeps the shared-heap contract. */
class FineGrainedContractTest extends SharedHeapModelContract {
    @Override
    protected ModelFactory factory() {
        return new FineGrainedFactory();
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> counters, int workers) {
        CounterInvariants.check(counters, false);
    }
}

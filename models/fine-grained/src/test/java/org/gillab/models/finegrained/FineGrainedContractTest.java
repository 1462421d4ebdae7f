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

    /** The model the global-cache race was found under (issue 16): the race program runs more often here. */
    @Override
    protected int raceRepeats() {
        return 8;
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> counters, int workers) {
        CounterInvariants.check(counters, false);
    }
}

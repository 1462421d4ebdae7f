package org.gillab.models.finegrained;

import java.util.Map;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;

/** The Windows variant (interlocked reference counts) keeps the shared-heap contract too. */
class FineGrainedAtomicContractTest extends SharedHeapModelContract {
    @Override
    protected ModelFactory factory() {
        return new FineGrainedFactory();
    }

    @Override
    protected Map<String, String> options() {
        return Map.of("refcount", "atomic");
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> counters, int workers) {
        CounterInvariants.check(counters, true);
    }
}

package org.gillab.models.cooperative;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;

/** The cooperative model keeps the shared-heap contract: one task at a time is the strongest lock of all. */
class CooperativeContractTest extends SharedHeapModelContract {
    @Override
    protected ModelFactory factory() {
        return new CooperativeFactory();
    }
}

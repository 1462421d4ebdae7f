package org.gillab.models.gevent;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;

/** The gevent model keeps the shared-heap contract: one greenlet at a time is the strongest lock of all. */
class GeventContractTest extends SharedHeapModelContract {
    @Override
    protected ModelFactory factory() {
        return new GeventFactory();
    }
}

package org.gillab.models.gil;

import java.util.Map;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;

class GilContractTest extends SharedHeapModelContract {
    @Override
    protected ModelFactory factory() {
        return new GilFactory();
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> c, int workers) {
        GilCounters.assertConsistent(c, true);
    }
}

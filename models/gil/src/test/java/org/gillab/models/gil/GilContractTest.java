package org.gillab.models.gil;

import java.util.Map;

import org.gillab.models.contract.GlobalLockModelContract;
import org.gillab.spi.ModelFactory;

class GilContractTest extends GlobalLockModelContract {
    @Override
    protected Map<String, String> longIntervalOptions() {
        return Map.of(GilFactory.INTERVAL, "2s");
    }

    @Override
    protected ModelFactory factory() {
        return new GilFactory();
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> c, int workers) {
        GilCounters.assertConsistent(c, true);
    }
}

package org.gillab.examples.fifogil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.gillab.models.contract.GlobalLockModelContract;
import org.gillab.spi.ModelFactory;

/** Everything a global lock must keep: the shared-heap and switching contracts, run on this model. */
class FifoGilContractTest extends GlobalLockModelContract {
    @Override
    protected Map<String, String> longIntervalOptions() {
        return Map.of(FifoGilFactory.INTERVAL, "2s");
    }

    @Override
    protected ModelFactory factory() {
        return new FifoGilFactory();
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> c, int workers) {
        FifoGilCounters.assertConsistent(c);
        // the runner's main thread takes the lock, lets go while the workers run, and takes it back
        assertTrue(c.get("acquisitions") >= workers + 2, c.toString());
    }
}

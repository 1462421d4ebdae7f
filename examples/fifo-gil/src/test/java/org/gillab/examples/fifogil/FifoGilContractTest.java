package org.gillab.examples.fifogil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;

/** Everything a shared-heap model must keep: the contract's tests, run on this model. */
class FifoGilContractTest extends SharedHeapModelContract {
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

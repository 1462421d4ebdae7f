package org.gillab.models.gilticks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.gillab.models.contract.GlobalLockModelContract;
import org.gillab.spi.ModelFactory;

class GilTicksContractTest extends GlobalLockModelContract {
    @Override
    protected Map<String, String> longIntervalOptions() {
        return Map.of(GilTicksFactory.CHECK_INTERVAL, "1000000000");
    }

    @Override
    protected boolean asksTheHolderToDrop() {
        return false; // Python 2 drops on a tick count, and the OS decides who gets the lock
    }

    @Override
    protected ModelFactory factory() {
        return new GilTicksFactory();
    }

    @Override
    protected void assertCountersConsistent(Map<String, Long> c, int workers) {
        TickCounters.assertConsistent(c);
        if (workers == 1) {
            // the main thread waits with the lock released and takes it back after the worker is gone
            assertEquals(0, c.get("contended-acquisitions"), c.toString());
            assertEquals(0, c.get("reacquired-by-same-thread"), c.toString());
        }
    }
}

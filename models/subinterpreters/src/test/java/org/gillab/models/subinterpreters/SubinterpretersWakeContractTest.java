package org.gillab.models.subinterpreters;

import java.util.Map;

/** The same contract with {@code queue-wait=wake}: channels whose waiters are woken instead of polling. */
class SubinterpretersWakeContractTest extends SubinterpretersContractTest {
    @Override
    protected Map<String, String> options() {
        return Map.of(SubinterpretersFactory.QUEUE_WAIT, "wake");
    }
}

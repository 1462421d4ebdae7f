package org.gillab.models.cooperative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.gillab.models.contract.SharedHeapModelContract;
import org.gillab.spi.ModelFactory;
import org.gillab.workload.RunOutcome;

/**
 * The cooperative model keeps the shared-heap contract: one task at a time is the strongest lock of
 * all. Where the contract expects a blocking call to let other workers run, asyncio's rules say the
 * opposite (a blocking call blocks the loop): those checks are replaced by asyncio's own way of
 * waiting, {@code await}.
 */
class CooperativeContractTest extends SharedHeapModelContract {
    @Override
    protected ModelFactory factory() {
        return new CooperativeFactory();
    }

    /** A bounded channel between tasks is an asyncio.Queue: producers and a consumer switch at its awaits. */
    @Override
    protected void valuesCrossAChannelIntact() {
        RunOutcome r = run("pipeline_async", 4, 30_000);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
    }

    /** asyncio's rule: every time.sleep of every worker blocks the loop; only the main thread's wait for them gives it up. */
    @Override
    protected void blockingCallsLetOtherWorkersRun() {
        RunOutcome r = run("io_sleep", 3, 3);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        assertEquals(9L, r.counters().get("loop-blocking-calls"), r.counters().toString());
        assertEquals(1L, r.counters().get("blocking-yields"), r.counters().toString());
    }

    /** Sleeping without stopping the others is asyncio.sleep: tasks of one loop, switching at await. */
    @Override
    protected void aSleepingWorkerDoesNotStopTheOthers(Path dir) {
        RunOutcome r = run("io_sleep_async", 8, 3);
        assertInterpreterIntact(r);
        assertEquals(RunOutcome.Check.PASSED, r.check());
        // the loop's waits for its next timer, not one per sleep (24 of them)
        assertTrue(r.counters().get("loop-blocking-calls") <= 8, r.counters().toString());
    }
}

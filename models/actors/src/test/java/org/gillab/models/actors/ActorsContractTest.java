package org.gillab.models.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.gillab.models.contract.IsolatedModelContract;
import org.gillab.spi.ModelFactory;

class ActorsContractTest extends IsolatedModelContract {
    @Override
    protected ModelFactory factory() {
        return new ActorsFactory();
    }

    /** One worker actor per worker, and nothing failed. */
    @Override
    protected void assertCountersConsistent(Map<String, Long> counters, int workers) {
        assertEquals((long) workers, counters.get("worker-actors"));
        assertEquals(counters.get("worker-actors") + counters.get("channel-actors"), counters.get("actors-spawned"));
        assertEquals(0L, counters.get("worker-failures"));
        assertTrue(counters.get("actor-system-startup-ns") > 0);
    }

    /** Besides the worker threads: no actor system still running, and none of the threads it ran on. */
    @Override
    protected void assertNothingLeftBehind() {
        super.assertNothingLeftBehind();
        ActorsLeftBehind.assertNone();
    }

    /** What every test of this module checks after a run. */
    static final class ActorsLeftBehind {
        private ActorsLeftBehind() {}

        static void assertNone() {
            assertEquals(0, ActorRuntime.live(), "actor systems still running");
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                assertFalse(t.isAlive() && (t.getName().startsWith(ActorThreads.PREFIX) || t.getName().startsWith("gillab-worker-")), "left behind: " + t.getName());
            }
        }
    }
}

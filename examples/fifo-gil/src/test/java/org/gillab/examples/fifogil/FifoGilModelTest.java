package org.gillab.examples.fifogil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gillab.models.contract.ModelRuns;
import org.gillab.models.contract.Workloads;
import org.gillab.spi.ModelOptionException;
import org.gillab.spi.ModelOptions;
import org.gillab.workload.RunOutcome;
import org.junit.jupiter.api.Test;

/** The model under the workload runner, as {@code gillab exec --model fifo-gil} runs it, and its option. */
class FifoGilModelTest {
    private static final FifoGilFactory FACTORY = new FifoGilFactory();

    @Test
    void cpuBoundWorkersTakeTurnsOnRequest() {
        RunOutcome r = ModelRuns.run(FACTORY, Map.of(FifoGilFactory.INTERVAL, "1ms"), Workloads.file("countdown"), 3, 6_000_000,
                Duration.ofSeconds(120)).outcome();
        assertEquals(List.of(), r.damage(), "interpreter damage");
        assertEquals(List.of(), r.errors(), "Python errors");
        assertTrue(r.audit().clean(), r.audit().summary());
        assertEquals(RunOutcome.Check.PASSED, r.check());
        Map<String, Long> c = r.counters();
        FifoGilCounters.assertConsistent(c);
        assertTrue(c.get("handoff-requests") > 0, c.toString());
        assertTrue(c.get("forced-switches") > 0, c.toString());
    }

    @Test
    void aBadIntervalIsRejectedByName() {
        for (String bad : List.of("-1ms", "soon", "0s", "5")) {
            ModelOptionException e = assertThrows(ModelOptionException.class,
                    () -> FACTORY.create(ModelOptions.of(FACTORY, Map.of(FifoGilFactory.INTERVAL, bad))));
            assertTrue(e.getMessage().contains("interval"), e.getMessage());
        }
    }

    @Test
    void theIntervalDefaultsToCPythonsFiveMilliseconds() {
        assertEquals(Map.of("interval", "5ms"), ModelOptions.of(FACTORY, Map.of()).asMap());
    }
}

package org.gillab.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SteadyRuleTest {
    private final SteadyRule rule = new SteadyRule(3, 0.05, 10);

    @Test
    void aWarmingSeriesSettlesWhenItsLastRunsAgree() {
        List<Double> walls = List.of(3.0, 1.8, 1.2, 1.01, 1.0, 0.99, 1.0);
        assertEquals(6, rule.settledAfter(walls)); // 1.01, 1.0, 0.99
        assertTrue(rule.settled(walls));
        assertFalse(rule.settled(walls.subList(0, 5))); // 1.2, 1.01, 1.0 are 19 % apart
    }

    @Test
    void aSeriesThatKeepsSwingingNeverSettles() {
        List<Double> swings = List.of(1.0, 2.6, 1.0, 2.6, 1.0, 2.6, 1.0, 2.6);
        assertEquals(-1, rule.settledAfter(swings));
        assertFalse(rule.settled(List.of(1.0, 1.0))); // fewer runs than the window
    }

    @Test
    void aConstantSettlesAtOnce() {
        assertEquals(3, rule.settledAfter(List.of(2.0, 2.0, 2.0, 2.0)));
    }

    @Test
    void nonsenseRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SteadyRule(1, 0.05, 10));
        assertThrows(IllegalArgumentException.class, () -> new SteadyRule(3, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new SteadyRule(5, 0.05, 3));
    }
}

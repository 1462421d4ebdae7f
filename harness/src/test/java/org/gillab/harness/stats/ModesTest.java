package org.gillab.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class ModesTest {
    @Test
    void aMixtureOfTwoIsFoundWithItsShares() {
        RandomGenerator rng = new Well19937c(1);
        double[] v = new double[40];
        for (int i = 0; i < v.length; i++) v[i] = (i < 12 ? 0.24 : 0.44) * (1 + 0.02 * rng.nextGaussian());
        Modes m = Modes.detect(v);
        assertNotNull(m);
        assertEquals(0.30, m.lowShare(), 1e-9);
        assertEquals(0.24, m.lowMedian(), 0.01);
        assertEquals(0.44, m.highMedian(), 0.02);
    }

    /** A normal sample is called bimodal rarely: at most 5 % of 500 simulated cells. */
    @Test
    void aNormalIsRarelyCalledBimodal() {
        RandomGenerator rng = new Well19937c(2);
        int flagged = 0;
        for (int d = 0; d < 500; d++) {
            double[] v = new double[15];
            for (int i = 0; i < v.length; i++) v[i] = 1.0 + 0.03 * rng.nextGaussian();
            if (Modes.detect(v) != null) flagged++;
        }
        assertTrue(flagged <= 25, flagged + " of 500 normal samples called bimodal");
    }

    @Test
    void constantsOutliersAndTinySamplesAreNotBimodal() {
        assertNull(Modes.detect(new double[] {1, 1, 1, 1, 1, 1, 1, 1}));
        assertNull(Modes.detect(new double[] {1, 2, 1, 2, 1, 2, 1, 2})); // too few to tell
        // one slow run is an outlier, not a mode
        assertNull(Modes.detect(new double[] {1.0, 1.01, 0.99, 1.0, 1.02, 0.98, 1.0, 1.01, 2.5}));
    }

    @Test
    void twoExactLevelsAreTwoModes() {
        Modes m = Modes.detect(new double[] {1, 1, 1, 2, 2, 2, 2, 2, 1, 1});
        assertNotNull(m);
        assertEquals(0.5, m.lowShare(), 1e-9);
        assertEquals(0.5, m.highShare(), 1e-9);
    }
}

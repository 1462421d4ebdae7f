package org.gillab.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The bootstrap against distributions whose answer is known; simulated, never timed, with fixed seeds. */
class BootstrapTest {
    private static final Bootstrap FAST = new Bootstrap(400, Bootstrap.SEED);

    /** {@code forks} forks of {@code runs} runs: each fork's level drawn around {@code mean}, its runs around that. */
    static List<double[]> hierarchical(RandomGenerator rng, double mean, double forkSd, double runSd, int forks, int runs) {
        NormalDistribution between = new NormalDistribution(rng, mean, forkSd);
        List<double[]> out = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double level = between.sample();
            NormalDistribution within = new NormalDistribution(rng, level, runSd);
            double[] r = new double[runs];
            for (int i = 0; i < runs; i++) r[i] = within.sample();
            out.add(r);
        }
        return out;
    }

    @Test
    void aConstantHasAZeroWidthInterval() {
        List<double[]> c = List.of(new double[] {2, 2, 2}, new double[] {2, 2});
        assertEquals(2.0, Bootstrap.median(c));
        Interval ci = new Bootstrap().medianCi(c);
        assertEquals(2.0, ci.low());
        assertEquals(2.0, ci.high());
        Interval r = new Bootstrap().ratioCi(c, c);
        assertEquals(new Interval(1, 1), r);
    }

    @Test
    void tinySamplesStillGiveAnIntervalAndNothingGivesNull() {
        Interval one = new Bootstrap().medianCi(List.of(new double[] {0.5}));
        assertEquals(new Interval(0.5, 0.5), one);
        Interval two = new Bootstrap().medianCi(List.of(new double[] {1.0}, new double[] {3.0}));
        assertTrue(two.low() >= 1.0 && two.high() <= 3.0 && two.low() < two.high());
        assertNull(new Bootstrap().medianCi(List.of()));
        assertNull(new Bootstrap().medianCi(List.of(new double[0])));
        assertNull(new Bootstrap().ratioCi(List.of(new double[] {1}), List.of()));
        assertNull(Bootstrap.median(List.of()));
    }

    @Test
    void theSameDataGiveTheSameInterval() {
        List<double[]> d = hierarchical(new Well19937c(7), 1, 0.05, 0.02, 4, 5);
        assertEquals(new Bootstrap().medianCi(d), new Bootstrap().medianCi(d));
    }

    /** Normal forks: the 95 % interval must hold the true median in most of 300 simulated sweeps. */
    @Test
    void medianIntervalCoversTheTrueMedianOfANormal() {
        RandomGenerator rng = new Well19937c(42);
        int covered = 0, draws = 300;
        for (int i = 0; i < draws; i++) {
            Interval ci = FAST.medianCi(hierarchical(rng, 1.0, 0.03, 0.02, 10, 5));
            if (ci.contains(1.0)) covered++;
        }
        double coverage = (double) covered / draws;
        // a percentile bootstrap over 10 forks under-covers a little; far below 95 % would mean forks were not resampled
        assertTrue(coverage >= 0.85 && coverage <= 0.995, "coverage " + coverage);
    }

    /** Resampling runs alone would ignore the spread between forks: then coverage collapses. This is the check that it does not. */
    @Test
    void forkToForkSpreadWidensTheInterval() {
        List<double[]> d = hierarchical(new Well19937c(3), 1.0, 0.10, 0.005, 6, 10);
        Interval ci = new Bootstrap().medianCi(d);
        // with a fork spread of 10 % the interval must be several per cent wide, not the 0.5 % of the runs inside a fork
        assertTrue(ci.high() / ci.low() > 1.04, "interval " + ci);
    }

    /** The ratio of two cells drawn from the same distribution: its interval holds 1 in most simulated draws. */
    @Test
    void ratioOfTheSameDistributionContainsOne() {
        RandomGenerator rng = new Well19937c(11);
        int covered = 0, draws = 200;
        for (int i = 0; i < draws; i++) {
            Interval ci = FAST.ratioCi(hierarchical(rng, 1.0, 0.03, 0.02, 8, 5), hierarchical(rng, 1.0, 0.03, 0.02, 8, 5));
            if (ci.contains(1.0)) covered++;
        }
        assertTrue(covered >= 0.85 * draws, covered + " of " + draws);
    }

    @Test
    void aRealDifferenceIsSeen() {
        RandomGenerator rng = new Well19937c(5);
        List<double[]> slow = hierarchical(rng, 1.3, 0.03, 0.02, 5, 5), fast = hierarchical(rng, 1.0, 0.03, 0.02, 5, 5);
        Interval ci = new Bootstrap().ratioCi(slow, fast);
        assertNotNull(ci);
        assertFalse(ci.contains(1.0), "interval " + ci);
        assertTrue(ci.contains(Bootstrap.ratio(slow, fast)));
        assertTrue(ci.low() > 1.15 && ci.high() < 1.45, "interval " + ci);
    }

    /** A bimodal mixture: the interval is wide (it spans where the median could fall) and still holds the true median. */
    @Test
    void bimodalMixtureGivesAHonestlyWideInterval() {
        RandomGenerator rng = new Well19937c(9);
        List<double[]> forks = new ArrayList<>();
        for (int f = 0; f < 8; f++) {
            double level = f % 2 == 0 ? 0.24 : 0.44; // half the forks in each mode
            double[] r = new double[5];
            for (int i = 0; i < 5; i++) r[i] = level * (1 + 0.01 * rng.nextGaussian());
            forks.add(r);
        }
        Interval ci = new Bootstrap().medianCi(forks);
        assertTrue(ci.low() < 0.3 && ci.high() > 0.4, "interval " + ci);
    }

    @Test
    void intervalIsWrittenAsAPair() throws Exception {
        String json = org.gillab.harness.report.Json.MAPPER.writeValueAsString(new Interval(1.02, 1.08));
        assertEquals("[1.02,1.08]", json);
        assertEquals(new Interval(1.02, 1.08), org.gillab.harness.report.Json.MAPPER.readValue(json, Interval.class));
        assertEquals("[1.02-1.08]", new Interval(1.02, 1.08).format("%.2f"));
    }
}

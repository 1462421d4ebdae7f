package org.gillab.obj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link FloatRepr#repr} against CPython's repr of ~1100 doubles ({@code float_repr.txt}, made by gen_format_cases.py). */
class FloatReprTest {
    @Test
    void matchesCPythonTable() throws Exception {
        Cases.Failures f = new Cases.Failures();
        for (String[] row : Cases.rows("float_repr.txt")) {
            String[] p = row[0].split(" ", 2);
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(p[0]));
            f.check(p[1] + " (bits " + p[0] + ")", p[1], FloatRepr.repr(v));
        }
        assertTrue(f.checked > 1000);
        assertTrue(f.items.isEmpty(), f.report());
    }

    @Test
    void specialValues() {
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("0.0", FloatRepr.repr(0.0));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1000000000000000.0", FloatRepr.repr(1e15));
        assertEquals("1.5e-05", FloatRepr.repr(1.5e-5));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("1e-07", FloatRepr.repr(1e-7));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
        assertEquals("0.1", FloatRepr.repr(0.1));
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
        assertEquals("2e-323", FloatRepr.repr(4 * Double.MIN_VALUE));
        assertEquals("1e+23", FloatRepr.repr(1e23));
        assertEquals("9007199254740992.0", FloatRepr.repr(9007199254740992.0));
        assertEquals("-123.456", FloatRepr.repr(-123.456));
    }

    /** Every repr reads back as the same double, and no shorter correctly rounded decimal would. */
    @Test
    void roundTripsAndIsShortest() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < 20000; i++) {
            double v = Double.longBitsToDouble(rng.nextLong());
            if (Double.isNaN(v) || Double.isInfinite(v)) continue;
            String r = FloatRepr.repr(v);
            assertEquals(v, Double.parseDouble(r), r);
            String digits = r.replaceFirst("^-", "").replaceFirst("e.*$", "").replace(".", "").replaceFirst("^0+", "");
            digits = digits.replaceFirst("0+$", "");
            int n = Math.max(1, digits.length());
            if (n > 1) {
                String shorter = String.format("%." + (n - 2) + "e", new java.math.BigDecimal(v).round(new java.math.MathContext(n - 1)));
                assertTrue(Double.parseDouble(shorter) != v, r + " is not the shortest: " + shorter + " reads back too");
            }
        }
    }

    @Test
    void fastEnough() {
        double[] vals = new double[2000];
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < vals.length; i++) vals[i] = rng.nextDouble(-1e6, 1e6);
        long best = Long.MAX_VALUE;
        for (int rep = 0; rep < 30; rep++) {
            long t = System.nanoTime();
            int h = 0;
            for (double v : vals) h += FloatRepr.repr(v).length();
            best = Math.min(best, (System.nanoTime() - t) / vals.length);
            assertTrue(h > 0);
        }
        assertTrue(best < 20_000, "repr takes " + best + " ns");
    }
}

package org.gillab.obj;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats as CPython writes them: {@link #repr} is {@code repr(float)} (the shortest decimal that reads
 * back as the same double, and of those the nearest, as David Gay's {@code dtoa} mode 0 gives), and
 * {@link #format} is the {@code 'e'}, {@code 'f'}, {@code 'g'}, {@code '%'} and {@code 'r'} conversions
 * that {@code %}-formatting and {@code format()} build on, correctly rounded from the exact binary
 * value, ties to even (Java's {@code String.format} rounds the shortest decimal instead, half up, so
 * {@code '%.1f' % 0.15} would come out wrong).
 *
 * <p>Java 17's {@code Double.toString} is not used: it sometimes gives a digit more than needed.
 */
public final class FloatRepr {
    private FloatRepr() {}

    private static final double LOG10_2 = 0.30102999566398119521;
    private static final int POW10_CACHE = 350;
    private static final BigInteger[] POW10 = new BigInteger[POW10_CACHE];

    static {
        POW10[0] = BigInteger.ONE;
        for (int i = 1; i < POW10_CACHE; i++) POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
    }

    private static BigInteger pow10(int n) {
        return n < POW10_CACHE ? POW10[n] : BigInteger.TEN.pow(n);
    }

    // ---------------------------------------------------------------- repr

    /** {@code repr(v)}: the shortest round-tripping digits, fixed notation for exponents in [-4, 16). */
    public static String repr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0.0) return 1.0 / v < 0 ? "-0.0" : "0.0";
        double a = Math.abs(v);
        if (a < 1e16 && a == Math.rint(a)) {
            // An integral double below 1e16: its shortest digits are the integer's own.
            return (v < 0 ? "-" : "") + (long) a + ".0";
        }
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) sb.append('-');
        long[] dk = shortest(a);
        appendShortest(sb, dk[0], (int) dk[1], 16, true);
        return sb.toString();
    }

    /**
     * The shortest decimal {@code d * 10^k} that reads back as {@code v} (positive, finite), the nearest
     * to {@code v} when several have that many digits; {@code d} has no trailing zeros. Returns
     * {@code {d, k}}.
     */
    static long[] shortest(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int be = (int) (bits >>> 52) & 0x7ff;
        long f = bits & ((1L << 52) - 1);
        long m;
        int e;
        if (be == 0) {
            m = f;
            e = -1074;
        } else {
            m = f | (1L << 52);
            e = be - 1075;
        }
        // v = m * 2^e. In units of 2^(e-2): v = 4m, the upper bound 4m+2, the lower bound 4m-2, or 4m-1
        // at a power of two (the gap below is half as wide). Bounds are inclusive when m is even, since
        // reading a decimal back rounds half to even.
        boolean lowerClose = f == 0 && be > 1;
        BigInteger vi = BigInteger.valueOf(4 * m);
        BigInteger ui = BigInteger.valueOf(4 * m + 2);
        BigInteger li = BigInteger.valueOf(4 * m - (lowerClose ? 1 : 2));
        int s = e - 2;
        boolean inclusive = (m & 1) == 0;
        double width = Math.log10(lowerClose ? 3.0 : 4.0) + s * LOG10_2;
        int k = (int) Math.floor(width) + 1;
        long[] r = range(li, ui, s, k, inclusive);
        while (r[0] > r[1]) r = range(li, ui, s, --k, inclusive);
        // Decimals at 10^(k+1) that fit are the multiples of ten among those at 10^k: climb while any do.
        long dmin = r[0], dmax = r[1];
        while (true) {
            long lo = (dmin + 9) / 10, hi = dmax / 10;
            if (lo > hi) break;
            dmin = lo;
            dmax = hi;
            k++;
        }
        // The nearest of them: v / 10^k rounded half to even, kept within the range.
        BigInteger[] qr = scaled(vi, s, k);
        BigInteger[] q = qr[0].divideAndRemainder(qr[1]);
        long dv = q[0].longValue();
        int c = q[1].shiftLeft(1).compareTo(qr[1]);
        if (c > 0 || c == 0 && (dv & 1) != 0) dv++;
        if (dv < dmin) dv = dmin;
        if (dv > dmax) dv = dmax;
        while (dv % 10 == 0) {
            dv /= 10;
            k++;
        }
        return new long[] {dv, k};
    }

    /** {@code x * 2^s / 10^k} as a numerator and a denominator, both integers. */
    private static BigInteger[] scaled(BigInteger x, int s, int k) {
        BigInteger d = BigInteger.ONE;
        if (s < 0) d = d.shiftLeft(-s);
        if (k > 0) d = d.multiply(pow10(k));
        BigInteger n = x;
        if (s > 0) n = n.shiftLeft(s);
        if (k < 0) n = n.multiply(pow10(-k));
        return new BigInteger[] {n, d};
    }

    /** The integers {@code d} with {@code d * 10^k} between the bounds {@code l * 2^s} and {@code u * 2^s}. */
    private static long[] range(BigInteger l, BigInteger u, int s, int k, boolean inclusive) {
        BigInteger[] nl = scaled(l, s, k);
        BigInteger[] qr = nl[0].divideAndRemainder(nl[1]);
        long dmin = qr[0].longValue();
        if (qr[1].signum() != 0 || !inclusive) dmin++;
        BigInteger[] nu = scaled(u, s, k);
        qr = nu[0].divideAndRemainder(nu[1]);
        long dmax = qr[0].longValue();
        if (qr[1].signum() == 0 && !inclusive) dmax--;
        return new long[] {dmin, dmax};
    }

    /**
     * Writes digits {@code d * 10^k} as repr does: fixed notation when the decimal exponent is in
     * [-4, {@code expThreshold}), else {@code 1.5e+20}; {@code dot0} adds ".0" to an integral fixed result.
     */
    private static void appendShortest(StringBuilder sb, long d, int k, int expThreshold, boolean dot0) {
        String digits = Long.toString(d);
        appendDigits(sb, digits, k + digits.length() - 1, expThreshold, dot0, false, 0);
    }

    /**
     * Writes the significant {@code digits} whose first digit has decimal exponent {@code x}: fixed
     * notation when {@code -4 <= x < expThreshold}, else scientific. Zeros pad the fraction to
     * {@code minSig} significant digits (the alternate 'g' form); {@code dot0} adds ".0" to an integral
     * fixed result; {@code forceDot} always writes the point.
     */
    private static void appendDigits(StringBuilder sb, String digits, int x, int expThreshold, boolean dot0,
                                     boolean forceDot, int minSig) {
        int n = digits.length();
        if (x >= -4 && x < expThreshold) {
            int intDigits = x + 1;
            StringBuilder frac = new StringBuilder();
            if (intDigits <= 0) {
                sb.append('0');
                for (int i = 0; i < -intDigits; i++) frac.append('0');
                frac.append(digits);
            } else if (intDigits >= n) {
                sb.append(digits);
                for (int i = n; i < intDigits; i++) sb.append('0');
            } else {
                sb.append(digits, 0, intDigits);
                frac.append(digits, intDigits, n);
            }
            int sig = Math.max(n, intDigits);
            if (intDigits <= 0) sig = n;
            for (int i = sig; i < minSig; i++) frac.append('0');
            if (frac.length() > 0) sb.append('.').append(frac);
            else if (dot0) sb.append(".0");
            else if (forceDot) sb.append('.');
        } else {
            sb.append(digits.charAt(0));
            StringBuilder frac = new StringBuilder();
            frac.append(digits, 1, n);
            for (int i = n; i < minSig; i++) frac.append('0');
            if (frac.length() > 0) sb.append('.').append(frac);
            else if (forceDot) sb.append('.');
            appendExponent(sb, x, 'e');
        }
    }

    private static void appendExponent(StringBuilder sb, int x, char e) {
        sb.append(e).append(x < 0 ? '-' : '+');
        int ax = Math.abs(x);
        if (ax < 10) sb.append('0');
        sb.append(ax);
    }

    // ---------------------------------------------------------------- formatting with a precision

    /**
     * {@code v} formatted as conversion {@code type} with {@code precision} digits (negative: the
     * default, 6), as {@code '%.3e' % v} or {@code format(v, '.3e')} would give it, with a '-' sign
     * for negative values (and -0.0) but no '+' (callers add signs and padding).
     *
     * <ul>
     *   <li>{@code 'e'}/{@code 'E'}: one digit, point, {@code precision} digits, exponent of two digits or more;</li>
     *   <li>{@code 'f'}/{@code 'F'}: {@code precision} digits after the point;</li>
     *   <li>{@code 'g'}/{@code 'G'}: {@code precision} significant digits, scientific when the exponent is
     *       below -4 or at least the precision, trailing zeros removed unless {@code alternate};</li>
     *   <li>{@code '%'}: {@code 'f'} of {@code v * 100} followed by '%';</li>
     *   <li>{@code 'r'}: format()'s float with no type: repr when {@code precision} is negative, otherwise
     *       {@code 'g'} that keeps ".0" on integral results (and switches to scientific one digit sooner).</li>
     * </ul>
     * {@code alternate} ('#') keeps the point, and for 'g' the trailing zeros. Infinities and NaN give
     * {@code inf}/{@code nan} ({@code INF}/{@code NAN} for the upper-case types).
     */
    public static String format(double v, char type, int precision, boolean alternate) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            String s = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
            if (upper) s = s.toUpperCase();
            return type == '%' ? s + "%" : s;
        }
        StringBuilder sb = new StringBuilder(24);
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        double a = Math.abs(v);
        if (neg) sb.append('-');
        switch (type) {
            case 'e': case 'E':
                formatE(sb, a, precision < 0 ? 6 : precision, alternate, upper ? 'E' : 'e');
                break;
            case 'f': case 'F':
                formatF(sb, a, precision < 0 ? 6 : precision, alternate);
                break;
            case '%': {
                double pct = a * 100;
                if (Double.isInfinite(pct)) sb.append("inf");
                else formatF(sb, pct, precision < 0 ? 6 : precision, alternate);
                sb.append('%');
                break;
            }
            case 'g': case 'G':
                formatG(sb, a, precision < 0 ? 6 : precision, alternate, false, upper ? 'E' : 'e');
                break;
            case 'r': case 'R':
                if (precision < 0) {
                    if (a == 0.0) sb.append("0.0");
                    else if (a < 1e16 && a == Math.rint(a)) sb.append((long) a).append(".0");
                    else {
                        long[] dk = shortest(a);
                        String digits = Long.toString(dk[0]);
                        appendDigits(sb, digits, (int) dk[1] + digits.length() - 1, 16, true, alternate, 0);
                    }
                } else {
                    formatG(sb, a, precision, alternate, true, 'e');
                }
                break;
            default:
                throw new IllegalArgumentException("format type " + type);
        }
        return sb.toString();
    }

    /** The significant digits of {@code a} (positive) rounded to {@code sig} digits, and the first one's exponent. */
    private static String roundSig(double a, int sig, int[] expOut) {
        BigDecimal bd = new BigDecimal(a).round(new MathContext(sig, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().toString();
        expOut[0] = digits.length() - 1 - bd.scale();
        // Strip zeros the rounding may leave (exact values with few digits keep them as 0s).
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        return digits.substring(0, end);
    }

    private static void formatE(StringBuilder sb, double a, int prec, boolean alternate, char e) {
        String digits;
        int x;
        if (a == 0.0) {
            digits = "0";
            x = 0;
        } else {
            int[] ex = new int[1];
            digits = roundSig(a, prec + 1, ex);
            x = ex[0];
        }
        sb.append(digits.charAt(0));
        if (prec > 0 || alternate) sb.append('.');
        for (int i = 1; i <= prec; i++) sb.append(i < digits.length() ? digits.charAt(i) : '0');
        appendExponent(sb, x, e);
    }

    private static void formatF(StringBuilder sb, double a, int prec, boolean alternate) {
        if (a == 0.0) {
            sb.append('0');
            if (prec > 0 || alternate) sb.append('.');
            for (int i = 0; i < prec; i++) sb.append('0');
            return;
        }
        if (prec <= 15 && a < 1e15 && a == Math.rint(a)) {
            sb.append((long) a);
            if (prec > 0 || alternate) sb.append('.');
            for (int i = 0; i < prec; i++) sb.append('0');
            return;
        }
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        sb.append(s);
        if (prec == 0 && alternate) sb.append('.');
    }

    private static void formatG(StringBuilder sb, double a, int prec, boolean alternate, boolean reprStyle, char e) {
        int p = prec == 0 ? 1 : prec;
        String digits;
        int x;
        if (a == 0.0) {
            digits = "0";
            x = 0;
        } else {
            int[] ex = new int[1];
            digits = roundSig(a, p, ex);
            x = ex[0];
        }
        // Gay's rule: scientific when the decimal point position is <= -4 or > precision; the repr-style
        // variant (format() with no type) keeps room for its ".0" and switches one digit sooner.
        int threshold = reprStyle ? p - 1 : p;
        if (x < -4 || x >= threshold) {
            sb.append(digits.charAt(0));
            int fracLen = alternate ? p - 1 : digits.length() - 1;
            if (fracLen > 0 || alternate) sb.append('.');
            for (int i = 1; i <= fracLen; i++) sb.append(i < digits.length() ? digits.charAt(i) : '0');
            appendExponent(sb, x, e);
        } else {
            appendDigits(sb, digits, x, Integer.MAX_VALUE, reprStyle, alternate, alternate ? p : 0);
        }
    }
}

package org.gillab.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.gillab.obj.Args;
import org.gillab.obj.Py;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyFloat;
import org.gillab.obj.PyInstance;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyList;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyRange;
import org.gillab.obj.PyStr;
import org.gillab.obj.PyTuple;
import org.gillab.obj.PyType;
import org.gillab.spi.Rc;

/**
 * The {@code random} module: the module-level functions share one hidden generator, and
 * {@code random.Random(seed)} makes independent ones with the same methods.
 *
 * <p>The generator is xoshiro256** seeded through SplitMix64: well defined and the same sequence for
 * the same seed on every run, but not CPython's Mersenne Twister sequence. The methods built on it
 * ({@code randrange}, {@code shuffle}, {@code gauss}, ...) follow CPython's algorithms and errors.
 */
public final class RandomModule {
    private RandomModule() {}

    /** A method of a generator: {@link org.gillab.obj.NativeFn}'s convention with the generator first. */
    @FunctionalInterface
    private interface Method {
        PyObject call(Prng g, PyObject[] a, String[] kw);
    }

    private static final Map<String, Method> METHODS = new LinkedHashMap<>();
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);

    static {
        METHODS.put("seed", (g, a, kw) -> {
            PyObject[] b = Args.bind("seed", a, kw, new String[] {"a", "version"}, 0, 2);
            g.seed(seedWords(b[0]));
            return Py.None;
        });
        METHODS.put("random", (g, a, kw) -> {
            Args.exact("random", a, kw, 0);
            return new PyFloat(g.random());
        });
        METHODS.put("getrandbits", (g, a, kw) -> {
            Args.exact("getrandbits", a, kw, 1);
            long k = Py.asLong(a[0]);
            if (k < 0) throw Py.valueError("number of bits must be non-negative");
            if (k > Integer.MAX_VALUE) throw Py.overflowError("getrandbits() argument too large");
            return PyInt.of(g.bits((int) k));
        });
        METHODS.put("randrange", (g, a, kw) -> {
            PyObject[] b = Args.bind("randrange", a, kw, new String[] {"start", "stop", "step"}, 1, 3);
            return randrange(g, b[0], b[1], b[2]);
        });
        METHODS.put("randint", (g, a, kw) -> {
            PyObject[] b = Args.bind("randint", a, kw, new String[] {"a", "b"}, 2, 2);
            PyInt hi = index(b[1], "stop");
            PyInt stop = PyInt.add(hi, PyInt.of(1));
            Rc.decref(hi);
            try {
                return randrange(g, b[0], stop, null);
            } finally {
                Rc.decref(stop);
            }
        });
        METHODS.put("choice", (g, a, kw) -> {
            Args.exact("choice", a, kw, 1);
            int n = a[0].len();
            if (n == 0) throw Py.indexError("Cannot choose from an empty sequence");
            PyInt key = PyInt.of(g.below(n));
            try {
                return a[0].getItem(key);
            } finally {
                Rc.decref(key);
            }
        });
        METHODS.put("shuffle", (g, a, kw) -> {
            Args.exact("shuffle", a, kw, 1);
            PyObject x = a[0];
            for (int i = x.len() - 1; i > 0; i--) {
                int j = (int) g.below(i + 1);
                if (j == i) continue;
                PyInt ki = PyInt.of(i), kj = PyInt.of(j);
                PyObject vi = x.getItem(ki);
                PyObject vj = null;
                try {
                    vj = x.getItem(kj);
                    x.setItem(ki, vj);
                    x.setItem(kj, vi);
                } finally {
                    Rc.decref(vi);
                    Rc.xdecref(vj);
                    Rc.decref(ki);
                    Rc.decref(kj);
                }
            }
            return Py.None;
        });
        METHODS.put("uniform", (g, a, kw) -> {
            PyObject[] b = Args.bind("uniform", a, kw, new String[] {"a", "b"}, 2, 2);
            double lo = Py.asDouble(b[0]), hi = Py.asDouble(b[1]);
            return new PyFloat(lo + (hi - lo) * g.random());
        });
        METHODS.put("sample", RandomModule::sample);
        METHODS.put("choices", RandomModule::choices);
        METHODS.put("gauss", (g, a, kw) -> {
            PyObject[] b = Args.bind("gauss", a, kw, new String[] {"mu", "sigma"}, 0, 2);
            double mu = b[0] == null ? 0.0 : Py.asDouble(b[0]), sigma = b[1] == null ? 1.0 : Py.asDouble(b[1]);
            return new PyFloat(mu + g.gauss() * sigma);
        });
        METHODS.put("normalvariate", (g, a, kw) -> {
            PyObject[] b = Args.bind("normalvariate", a, kw, new String[] {"mu", "sigma"}, 0, 2);
            double mu = b[0] == null ? 0.0 : Py.asDouble(b[0]), sigma = b[1] == null ? 1.0 : Py.asDouble(b[1]);
            double z;
            while (true) {
                double u1 = g.random();
                double u2 = 1.0 - g.random();
                z = NV_MAGICCONST * (u1 - 0.5) / u2;
                if (z * z / 4.0 <= -Math.log(u2)) break;
            }
            return new PyFloat(mu + z * sigma);
        });
        METHODS.put("expovariate", (g, a, kw) -> {
            PyObject[] b = Args.bind("expovariate", a, kw, new String[] {"lambd"}, 0, 1);
            double lambd = b[0] == null ? 1.0 : Py.asDouble(b[0]);
            if (lambd == 0.0) throw Py.zeroDivision("float division by zero");
            return new PyFloat(-Math.log(1.0 - g.random()) / lambd);
        });

        PyRandom.TYPE.module = "random";
        PyRandom.TYPE.constructor = (a, kw) -> {
            Args.between("Random", a, kw, 0, 1);
            Prng g = new Prng();
            g.seed(seedWords(a.length > 0 ? a[0] : null));
            return new PyRandom(g);
        };
        for (Map.Entry<String, Method> e : METHODS.entrySet()) {
            Method m = e.getValue();
            PyRandom.TYPE.def(e.getKey(), (self, a, kw) -> m.call(((PyRandom) self).prng, a, kw));
        }
    }

    public static PyModule create() {
        Prng hidden = new Prng();
        hidden.seed(seedWords(null));
        ModuleBuilder m = new ModuleBuilder("random");
        for (Map.Entry<String, Method> e : METHODS.entrySet()) {
            Method meth = e.getValue();
            m.fn(e.getKey(), (a, kw) -> meth.call(hidden, a, kw));
        }
        m.value("Random", PyRandom.TYPE);
        return m.build();
    }

    // ---------------------------------------------------------------- the generator

    private static final AtomicLong SEED_UNIQUIFIER = new AtomicLong(0x5DEECE66DL);

    /**
     * xoshiro256** (Blackman and Vigna), with CPython's cached second Gaussian. Synchronized: the
     * module's hidden generator is shared by every thread, as CPython's is (under its GIL or lock).
     */
    static final class Prng {
        private long s0, s1, s2, s3;
        private double gaussNext;
        private boolean hasGaussNext;

        /** Seeds from words (the seed's value; the same words always give the same sequence). */
        synchronized void seed(long[] words) {
            long x = 0x6A09E667F3BCC908L ^ words.length;
            for (long w : words) x = mix(x ^ w);
            long sm = x;
            s0 = mix(sm += 0x9E3779B97F4A7C15L);
            s1 = mix(sm += 0x9E3779B97F4A7C15L);
            s2 = mix(sm += 0x9E3779B97F4A7C15L);
            s3 = mix(sm += 0x9E3779B97F4A7C15L);
            if ((s0 | s1 | s2 | s3) == 0) s0 = 1;
            hasGaussNext = false;
        }

        /** SplitMix64's finalizer. */
        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        synchronized long nextLong() {
            long result = Long.rotateLeft(s1 * 5, 7) * 9;
            long t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = Long.rotateLeft(s3, 45);
            return result;
        }

        /** A float in [0, 1) with 53 random bits. */
        double random() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        /** A non-negative int of {@code k} random bits. */
        BigInteger bits(int k) {
            if (k <= 63) return BigInteger.valueOf(k == 0 ? 0 : nextLong() >>> (64 - k));
            int words = (k + 63) / 64;
            byte[] mag = new byte[words * 8];
            for (int w = 0; w < words; w++) {
                long v = nextLong();
                for (int b = 0; b < 8; b++) mag[w * 8 + b] = (byte) (v >>> (56 - 8 * b));
            }
            return new BigInteger(1, mag).shiftRight(words * 64 - k);
        }

        /** A uniform long in [0, n) for n > 0: CPython's _randbelow (rejection of bit_length(n) bits). */
        long below(long n) {
            if (n <= 0) return 0;
            int k = 64 - Long.numberOfLeadingZeros(n);
            long r;
            do {
                r = nextLong() >>> (64 - k);
            } while (r >= n);
            return r;
        }

        BigInteger below(BigInteger n) {
            if (n.bitLength() < 63) return BigInteger.valueOf(below(n.longValue()));
            int k = n.bitLength();
            BigInteger r;
            do {
                r = bits(k);
            } while (r.compareTo(n) >= 0);
            return r;
        }

        /** CPython's gauss(): Box-Muller, the second value kept for the next call. */
        synchronized double gauss() {
            if (hasGaussNext) {
                hasGaussNext = false;
                return gaussNext;
            }
            double x2pi = random() * 2 * Math.PI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            gaussNext = Math.sin(x2pi) * g2rad;
            hasGaussNext = true;
            return Math.cos(x2pi) * g2rad;
        }
    }

    /** The words a seed value stands for: None (or nothing) draws fresh ones from the clock. */
    static long[] seedWords(PyObject a) {
        if (a == null || a == Py.None) {
            long t = System.nanoTime() ^ SEED_UNIQUIFIER.getAndAdd(0x9E3779B97F4A7C15L) ^ Thread.currentThread().getId();
            return new long[] {t, System.currentTimeMillis()};
        }
        if (a instanceof PyInt i) {
            BigInteger v = i.toBigInteger().abs();
            long[] w = new long[Math.max(1, (v.bitLength() + 63) / 64)];
            for (int k = 0; k < w.length; k++) w[k] = v.shiftRight(64 * k).longValue();
            return w;
        }
        if (a instanceof PyFloat f) return new long[] {0x466C6F6174L, PyFloat.hashDouble(f.value, f)};
        byte[] bytes;
        if (a instanceof PyStr s) bytes = s.value.getBytes(StandardCharsets.UTF_8);
        else if (a instanceof PyBytes b) bytes = b.value;
        else throw Py.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        long[] w = new long[bytes.length / 8 + 2];
        w[0] = a instanceof PyStr ? 0x537472L : 0x4279746573L;
        for (int k = 0; k < bytes.length; k++) w[1 + k / 8] |= (bytes[k] & 0xffL) << (8 * (k % 8));
        return w;
    }

    // ---------------------------------------------------------------- methods with more to them

    /** A randrange argument as an int (new reference): integral floats are accepted, as CPython 3.11 does. */
    private static PyInt index(PyObject o, String which) {
        if (o instanceof PyInt i) return Rc.newRef(i);
        if (o instanceof PyFloat f) {
            if (f.value != Math.rint(f.value) || Double.isInfinite(f.value)) {
                throw Py.valueError("non-integer " + which + " for randrange()");
            }
            return PyFloat.toInt(f.value);
        }
        return MathModule.index(o);
    }

    private static PyObject randrange(Prng g, PyObject start, PyObject stop, PyObject step) {
        PyInt istart = index(start, "arg 1");
        try {
            if (stop == null || stop == Py.None) {
                if (step != null) throw Py.typeError("Missing a non-None stop argument");
                if (istart.signum() > 0) return belowInt(g, istart.toBigInteger());
                throw Py.valueError("empty range for randrange()");
            }
            BigInteger lo = istart.toBigInteger();
            BigInteger hi;
            PyInt istop = index(stop, "stop");
            try {
                hi = istop.toBigInteger();
            } finally {
                Rc.decref(istop);
            }
            BigInteger width = hi.subtract(lo);
            BigInteger st = BigInteger.ONE;
            if (step != null) {
                PyInt istep = index(step, "step");
                try {
                    st = istep.toBigInteger();
                } finally {
                    Rc.decref(istep);
                }
            }
            if (st.equals(BigInteger.ONE)) {
                if (width.signum() > 0) return PyInt.of(lo.add(g.below(width)));
                throw Py.valueError("empty range for randrange() (" + lo + ", " + hi + ", " + width + ")");
            }
            BigInteger n;
            if (st.signum() > 0) n = floorDiv(width.add(st).subtract(BigInteger.ONE), st);
            else if (st.signum() < 0) n = floorDiv(width.add(st).add(BigInteger.ONE), st);
            else throw Py.valueError("zero step for randrange()");
            if (n.signum() <= 0) throw Py.valueError("empty range for randrange()");
            return PyInt.of(lo.add(st.multiply(g.below(n))));
        } finally {
            Rc.decref(istart);
        }
    }

    private static PyObject belowInt(Prng g, BigInteger n) {
        return PyInt.of(g.below(n));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange || o instanceof PyBytes) {
            return true;
        }
        return o instanceof PyInstance && o.type().lookup("__getitem__") != null && o.type().lookup("__len__") != null;
    }

    private static PyObject sample(Prng g, PyObject[] a, String[] kw) {
        PyObject[] b = Args.bind("sample", a, kw, new String[] {"population", "k", "counts"}, 2, 2);
        if (b[2] != null && b[2] != Py.None) throw Py.notImplemented("sample() counts are not supported by gillab");
        PyObject pop = b[0];
        if (!isSequence(pop)) throw Py.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        int n = pop.len();
        long k = Py.asLong(b[1]);
        if (k < 0 || k > n) throw Py.valueError("Sample larger than population or is negative");
        PyObject[] pool = org.gillab.obj.Ops.toArray(pop);
        PyObject[] result = new PyObject[(int) k];
        for (int i = 0; i < k; i++) {
            int j = (int) g.below(n - i);
            result[i] = pool[j];
            pool[j] = pool[n - i - 1];
            pool[n - i - 1] = null;
        }
        for (PyObject o : pool) Rc.xdecref(o);
        return new PyList(result, result.length);
    }

    private static PyObject choices(Prng g, PyObject[] a, String[] kw) {
        PyObject[] b = Args.bind("choices", a, kw, new String[] {"population", "weights", "cum_weights", "k"}, 1, 2);
        PyObject pop = b[0];
        int n = pop.len();
        long k = b[3] == null ? 1 : Py.asLong(b[3]);
        if (k < 0) k = 0;
        PyObject weights = b[1] == Py.None ? null : b[1];
        PyObject cum = b[2] == Py.None ? null : b[2];
        double[] cw = null;
        if (cum == null && weights != null) {
            PyObject[] w = org.gillab.obj.Ops.toArray(weights);
            cw = new double[w.length];
            double acc = 0;
            try {
                for (int i = 0; i < w.length; i++) cw[i] = acc += Py.asDouble(w[i]);
            } finally {
                for (PyObject o : w) Rc.decref(o);
            }
        } else if (cum != null) {
            if (weights != null) throw Py.typeError("Cannot specify both weights and cumulative weights");
            PyObject[] w = org.gillab.obj.Ops.toArray(cum);
            cw = new double[w.length];
            try {
                for (int i = 0; i < w.length; i++) cw[i] = Py.asDouble(w[i]);
            } finally {
                for (PyObject o : w) Rc.decref(o);
            }
        }
        if (cw != null) {
            if (cw.length != n) throw Py.valueError("The number of weights does not match the population");
            double total = n == 0 ? 0.0 : cw[n - 1];
            if (total <= 0.0) throw Py.valueError("Total of weights must be greater than zero");
            if (!Double.isFinite(total)) throw Py.valueError("Total of weights must be finite");
        } else if (n == 0) {
            throw Py.indexError("list index out of range");
        }
        PyObject[] out = new PyObject[(int) k];
        int filled = 0;
        try {
            for (; filled < k; filled++) {
                int idx;
                if (cw == null) {
                    idx = (int) Math.floor(g.random() * n);
                } else {
                    double x = g.random() * cw[n - 1];
                    int lo = 0, hi = n - 1;
                    while (lo < hi) {
                        int mid = (lo + hi) >>> 1;
                        if (x < cw[mid]) hi = mid;
                        else lo = mid + 1;
                    }
                    idx = lo;
                }
                PyInt key = PyInt.of(idx);
                try {
                    out[filled] = pop.getItem(key);
                } finally {
                    Rc.decref(key);
                }
            }
        } catch (RuntimeException e) {
            for (int i = 0; i < filled; i++) Rc.decref(out[i]);
            throw e;
        }
        return new PyList(out, out.length);
    }

    // ---------------------------------------------------------------- random.Random instances

    /** A {@code random.Random} instance: owns its generator and no Python references. */
    static final class PyRandom extends PyObject {
        static final PyType TYPE = PyType.builtin("Random", PyRandom.class);

        final Prng prng;

        PyRandom(Prng prng) {
            this.prng = prng;
        }

        @Override public PyType type() { return TYPE; }

        @Override public void release() {}

        @Override
        public String repr() {
            return "<random.Random object at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
        }
    }
}

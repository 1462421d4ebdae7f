package org.gillab.runtime;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.gillab.obj.Args;
import org.gillab.obj.ExcTypes;
import org.gillab.obj.Py;
import org.gillab.obj.PyBytes;
import org.gillab.obj.PyInt;
import org.gillab.obj.PyModule;
import org.gillab.obj.PyObject;
import org.gillab.obj.PyType;

/**
 * The {@code zlib} module's one-shot functions ({@code compress}, {@code decompress}, {@code crc32},
 * {@code adler32}) over the JDK's {@link Deflater}, {@link Inflater}, {@link CRC32} and
 * {@link Adler32}, which call the same zlib library CPython links.
 *
 * <p>Where the model's lock is released follows CPython 3.11's {@code Modules/zlibmodule.c}:
 * {@code compress} and {@code decompress} always release it around the deflate/inflate calls
 * (here around the whole loop, whose output buffer is a Java array, not a Python object);
 * {@code crc32} and {@code adler32} release it only for buffers longer than 5 KiB ("releasing the
 * GIL for very small buffers is inefficient").
 *
 * <p>Formats: wbits 15 (zlib container), -15 (raw deflate) and 31 (gzip) for compress, which are
 * the window sizes the JDK's deflater produces byte for byte as CPython does; decompress accepts
 * every zlib (9..15), raw (-9..-15), gzip (25..31) and automatic (40..47) wbits.
 */
public final class ZlibModule {
    private ZlibModule() {}

    /** Buffers longer than this have their checksum computed with the GIL released (zlibmodule.c). */
    static final int CHECKSUM_RELEASE_ABOVE = 1024 * 5;

    public static final int MAX_WBITS = 15, DEFLATED = 8, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16 * 1024;

    /** {@code zlib.error}. */
    public static final PyType ERROR = PyType.builtin("error", ExcTypes.Exception, PyType.Layout.EXCEPTION);

    static {
        ERROR.module = "zlib";
    }

    public static PyModule create() {
        return new ModuleBuilder("zlib")
                .fn("compress", (a, kw) -> {
                    PyObject[] b = Args.bind("compress", a, kw, new String[] {"data", "level", "wbits"}, 1, 3);
                    byte[] data = data(b[0]);
                    int level = b[1] == null ? -1 : (int) Py.asLong(b[1]);
                    int wbits = b[2] == null ? MAX_WBITS : (int) Py.asLong(b[2]);
                    return new PyBytes(compress(data, level, wbits));
                })
                .fn("decompress", (a, kw) -> {
                    PyObject[] b = Args.bind("decompress", a, kw, new String[] {"data", "wbits", "bufsize"}, 1, 3);
                    byte[] data = data(b[0]);
                    int wbits = b[1] == null ? MAX_WBITS : (int) Py.asLong(b[1]);
                    long bufsize = b[2] == null ? DEF_BUF_SIZE : Py.asLong(b[2]);
                    if (bufsize < 0) throw Py.valueError("bufsize must be non-negative");
                    return new PyBytes(decompress(data, wbits, (int) Math.max(1, Math.min(bufsize, 1 << 20))));
                })
                .fn("crc32", (a, kw) -> {
                    Args.between("crc32", a, kw, 1, 2);
                    byte[] data = data(a[0]);
                    long start = a.length > 1 ? unsignedInt(a[1]) : 0;
                    return PyInt.of(NativeWork.releasedIf(data.length > CHECKSUM_RELEASE_ABOVE, () -> crc32(start, data)));
                })
                .fn("adler32", (a, kw) -> {
                    Args.between("adler32", a, kw, 1, 2);
                    byte[] data = data(a[0]);
                    long start = a.length > 1 ? unsignedInt(a[1]) : 1;
                    return PyInt.of(NativeWork.releasedIf(data.length > CHECKSUM_RELEASE_ABOVE, () -> adler32(start, data)));
                })
                .value("error", ERROR)
                .valueOwned("MAX_WBITS", PyInt.of(MAX_WBITS))
                .valueOwned("DEFLATED", PyInt.of(DEFLATED))
                .valueOwned("DEF_MEM_LEVEL", PyInt.of(DEF_MEM_LEVEL))
                .valueOwned("DEF_BUF_SIZE", PyInt.of(DEF_BUF_SIZE))
                .valueOwned("Z_NO_COMPRESSION", PyInt.of(0))
                .valueOwned("Z_BEST_SPEED", PyInt.of(1))
                .valueOwned("Z_BEST_COMPRESSION", PyInt.of(9))
                .valueOwned("Z_DEFAULT_COMPRESSION", PyInt.of(-1))
                .build();
    }

    /** A bytes-like argument (bytes is the only one gillab has). */
    private static byte[] data(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        throw Py.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** A checksum's start value, taken modulo 2**32 as CPython's {@code unsigned_int(bitwise=True)} does. */
    private static long unsignedInt(PyObject o) {
        if (!(o instanceof PyInt i)) throw Py.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        return i.toBigInteger().longValue() & 0xffffffffL;
    }

    // ------------------------------------------------------------------ compress

    static byte[] compress(byte[] data, int level, int wbits) {
        if (level < -1 || level > 9) throw Py.raise(ERROR, "Bad compression level");
        boolean gzip = wbits == 31, raw = wbits == -MAX_WBITS;
        if (wbits != MAX_WBITS && !gzip && !raw) {
            if (wbits >= 9 && wbits <= 31 || wbits <= -9 && wbits >= -15) {
                throw Py.raise(ExcTypes.NotImplementedError, "zlib.compress with wbits=" + wbits
                        + " is not supported by gillab (only 15, -15 and 31: the JDK's deflater has a 32 KiB window)");
            }
            throw Py.raise(ERROR, "Bad compression level");
        }
        byte[] body = NativeWork.released(() -> deflate(data, level, gzip || raw));
        if (!gzip) return body;
        // A gzip member as zlib's deflate writes it for wbits 31: a 10-byte header with no name and
        // mtime 0 (XFL 2 at level 9, 4 at levels 0-1, else 0; OS 3, Unix), then CRC-32 and size.
        int effective = level == -1 ? 6 : level;
        int xfl = effective == 9 ? 2 : effective < 2 ? 4 : 0;
        byte[] out = new byte[10 + body.length + 8];
        out[0] = 0x1f;
        out[1] = (byte) 0x8b;
        out[2] = 8;
        out[8] = (byte) xfl;
        out[9] = 3;
        System.arraycopy(body, 0, out, 10, body.length);
        int crc = (int) crc32(0, data);
        putLe32(out, 10 + body.length, crc);
        putLe32(out, 14 + body.length, data.length);
        return out;
    }

    private static byte[] deflate(byte[] data, int level, boolean nowrap) {
        Deflater d = new Deflater(level, nowrap);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
            byte[] buf = new byte[DEF_BUF_SIZE];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static void putLe32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    // ------------------------------------------------------------------ decompress

    /** What inflating gave: the bytes, or zlib's error code and message (made into zlib.error with the lock held). */
    private record Inflated(byte[] bytes, int err, String msg) {}

    static byte[] decompress(byte[] data, int wbits, int bufsize) {
        Container c;
        if (wbits >= 8 && wbits <= 15 || wbits == 0) c = Container.ZLIB;
        else if (wbits <= -8 && wbits >= -15) c = Container.RAW;
        else if (wbits >= 24 && wbits <= 31) c = Container.GZIP;
        else if (wbits >= 40 && wbits <= 47) c = data.length >= 2 && data[0] == 0x1f && (data[1] & 0xff) == 0x8b ? Container.GZIP : Container.ZLIB;
        else throw Py.raise(ERROR, "Error -2 while preparing to decompress data: inconsistent stream state");
        Inflated r = NativeWork.released(() -> inflate(data, c, bufsize));
        if (r.bytes() != null) return r.bytes();
        throw Py.raise(ERROR, "Error " + r.err() + " while decompressing data" + (r.msg() == null ? "" : ": " + r.msg()));
    }

    private enum Container { ZLIB, RAW, GZIP }

    private static final int Z_DATA_ERROR = -3, Z_BUF_ERROR = -5, Z_NEED_DICT = 2;

    private static Inflated inflate(byte[] data, Container c, int bufsize) {
        int start = 0;
        if (c == Container.GZIP) {
            start = gzipHeaderLength(data);
            switch (start) {
                case -1: return new Inflated(null, Z_BUF_ERROR, "incomplete or truncated stream");
                case -2: return new Inflated(null, Z_DATA_ERROR, "incorrect header check");
                case -3: return new Inflated(null, Z_DATA_ERROR, "unknown compression method");
                case -4: return new Inflated(null, Z_DATA_ERROR, "unknown header flags set");
                default: break;
            }
        }
        Inflater inf = new Inflater(c != Container.ZLIB);
        try {
            inf.setInput(data, start, data.length - start);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bufsize);
            byte[] buf = new byte[Math.max(bufsize, 1024)];
            while (!inf.finished()) {
                int n;
                try {
                    n = inf.inflate(buf);
                } catch (DataFormatException e) {
                    return new Inflated(null, Z_DATA_ERROR, e.getMessage());
                }
                out.write(buf, 0, n);
                if (n == 0) {
                    if (inf.needsDictionary()) return new Inflated(null, Z_NEED_DICT, null);
                    if (inf.needsInput()) return new Inflated(null, Z_BUF_ERROR, "incomplete or truncated stream");
                }
            }
            byte[] result = out.toByteArray();
            if (c == Container.GZIP) {
                int end = data.length - inf.getRemaining();
                if (end + 8 > data.length) return new Inflated(null, Z_BUF_ERROR, "incomplete or truncated stream");
                if (le32(data, end) != (int) crc32(0, result)) return new Inflated(null, Z_DATA_ERROR, "incorrect data check");
                if (le32(data, end + 4) != result.length) return new Inflated(null, Z_DATA_ERROR, "incorrect length check");
            }
            return new Inflated(result, 0, null);
        } finally {
            inf.end();
        }
    }

    /**
     * The length of a gzip member's header (RFC 1952), or, as a negative number, the error zlib's
     * inflate reports on it, checked in zlib's order (-1: cut short; -2: not gzip; -3: not deflate;
     * -4: reserved flags set).
     */
    private static int gzipHeaderLength(byte[] d) {
        if (d.length >= 2 && (d[0] != 0x1f || (d[1] & 0xff) != 0x8b)) return -2;
        if (d.length >= 3 && d[2] != 8) return -3;
        if (d.length >= 4 && (d[3] & 0xe0) != 0) return -4;
        if (d.length < 10) return -1;
        int flags = d[3] & 0xff, at = 10;
        if ((flags & 4) != 0) { // FEXTRA
            if (at + 2 > d.length) return -1;
            at += 2 + ((d[at] & 0xff) | (d[at + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & bit) != 0) {
                while (at < d.length && d[at] != 0) at++;
                at++;
            }
        }
        if ((flags & 2) != 0) at += 2; // FHCRC
        return at > d.length ? -1 : at;
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    // ------------------------------------------------------------------ checksums

    /**
     * CRC-32 of {@code data} continuing from {@code start}. The JDK's CRC32 always starts from 0, so a
     * start value is brought in with zlib's {@code crc32_combine}: the CRC of A followed by B is the
     * CRC of A advanced over len(B) zero bytes, xor the CRC of B.
     */
    static long crc32(long start, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        long tail = crc.getValue();
        return start == 0 ? tail : crc32Combine(start, tail, data.length);
    }

    /** Adler-32 of {@code data} continuing from {@code start} (JDK's Adler32 starts from 1; other starts by the sums). */
    static long adler32(long start, byte[] data) {
        if (start == 1) {
            Adler32 a = new Adler32();
            a.update(data);
            return a.getValue();
        }
        final long base = 65521;
        long s1 = (start & 0xffff) % base, s2 = (start >>> 16) % base;
        int i = 0;
        while (i < data.length) {
            int end = Math.min(data.length, i + 5552); // zlib's NMAX: no overflow before the reduction
            for (; i < end; i++) {
                s1 += data[i] & 0xff;
                s2 += s1;
            }
            s1 %= base;
            s2 %= base;
        }
        return s2 << 16 | s1;
    }

    /** Multiplies the 32x32 GF(2) matrix {@code mat} (one column per entry) by {@code vec}. */
    private static long gf2Times(long[] mat, long vec) {
        long sum = 0;
        for (int i = 0; vec != 0; i++, vec >>>= 1) if ((vec & 1) != 0) sum ^= mat[i];
        return sum;
    }

    private static void gf2Square(long[] square, long[] mat) {
        for (int n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]);
    }

    /** zlib's crc32_combine: advances crc1 over len2 zero bytes by repeated squaring of the one-bit operator. */
    static long crc32Combine(long crc1, long crc2, long len2) {
        if (len2 <= 0) return crc1;
        long[] even = new long[32], odd = new long[32];
        odd[0] = 0xedb88320L; // the reflected CRC-32 polynomial: the operator for one zero bit
        for (int n = 1; n < 32; n++) odd[n] = 1L << (n - 1);
        gf2Square(even, odd); // two zero bits
        gf2Square(odd, even); // four zero bits
        do {
            gf2Square(even, odd); // first pass: one zero byte
            if ((len2 & 1) != 0) crc1 = gf2Times(even, crc1);
            len2 >>= 1;
            if (len2 == 0) break;
            gf2Square(odd, even);
            if ((len2 & 1) != 0) crc1 = gf2Times(odd, crc1);
            len2 >>= 1;
        } while (len2 != 0);
        return crc1 ^ crc2;
    }
}

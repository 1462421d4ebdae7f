package org.gillab.obj;

import java.util.Arrays;

import org.gillab.spi.Rc;

/** Python's bytes: an immutable byte array. Methods such as {@code decode} are in {@link BytesMethods}. */
public final class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class);

    public final byte[] value;

    /** Takes ownership of the array: it must not be changed afterwards. */
    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override public PyType type() { return TYPE; }

    /** Owns no references: nothing to release. */
    @Override public void release() {}

    @Override
    public String repr() {
        boolean hasSingle = false, hasDouble = false;
        for (byte b : value) {
            if (b == '\'') hasSingle = true;
            if (b == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte b : value) {
            int c = b & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }

    @Override public boolean isTrue() { return value.length > 0; }

    @Override public int len() { return value.length; }

    @Override public long pyHash() { return Py.hashMix(Arrays.hashCode(value), 0x62797465L); }

    @Override public boolean pyEquals(PyObject other) {
        return other instanceof PyBytes b && Arrays.equals(value, b.value);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyBytes b)) return null;
        return Py.bool(CmpOp.test(op, Arrays.compareUnsigned(value, b.value)));
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt) {
            int i = Py.asIndex(key);
            if (i < 0) i += value.length;
            if (i < 0 || i >= value.length) throw Py.indexError("index out of range");
            return PyInt.of(value[i] & 0xff);
        }
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(value.length);
            byte[] out = new byte[r[3]];
            for (int k = 0, i = r[0]; k < r[3]; k++, i += r[2]) out[k] = value[i];
            return new PyBytes(out);
        }
        throw Py.typeError("byte indices must be integers or slices, not " + key.type().name);
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i) {
            long v = Py.asLong(i);
            if (v < 0 || v > 255) throw Py.valueError("byte must be in range(0, 256)");
            for (byte b : value) if ((b & 0xff) == v) return true;
            return false;
        }
        if (item instanceof PyBytes b) return indexOf(value, b.value, 0) >= 0;
        throw Py.typeError("a bytes-like object is required, not '" + item.type().name + "'");
    }

    /** The first index of {@code needle} in {@code hay} at or after {@code from}, or -1. */
    public static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op == BinOps.ADD && other instanceof PyBytes b) {
            byte[] x = reflected ? b.value : value, y = reflected ? value : b.value;
            byte[] out = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, out, x.length, y.length);
            return new PyBytes(out);
        }
        if (op == BinOps.MUL && other instanceof PyInt n) {
            int k = (int) Math.max(0, Math.min(Integer.MAX_VALUE, Py.asLong(n)));
            byte[] out = new byte[Math.multiplyExact(value.length, k)];
            for (int r = 0; r < k; r++) System.arraycopy(value, 0, out, r * value.length, value.length);
            return new PyBytes(out);
        }
        return null;
    }

    @Override
    public PyObject iter() {
        Rc.incref(this);
        return new PySeqIter(this);
    }
}

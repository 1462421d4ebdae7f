package org.gillab.models.processes;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gillab.runtime.ChannelCore;
import org.gillab.runtime.Shareable;

/**
 * {@link Shareable} values as bytes: a tag, then the value; a serialized copy ({@link Shareable.Pickled})
 * travels as its bytes, which only the receiving interpreter reads (the parent passes them on unread).
 * Floats keep their exact bits (-0.0, every NaN), ints of any size keep their value, strings keep
 * every UTF-16 unit (one with a lone surrogate, which UTF-8 cannot carry, travels as UTF-16), and
 * channels travel as the numbers {@link ChannelRefs} gives them.
 */
final class ShareableCodec {
    private ShareableCodec() {}

    private static final byte NONE = 0, FALSE = 1, TRUE = 2, INT = 3, BIG_INT = 4, FLOAT = 5, STR = 6, BYTES = 7,
            TUPLE = 8, CHANNEL = 9, PICKLED = 10;
    private static final byte UTF8 = 0, UTF16 = 1;

    static void write(DataOutput out, Shareable v, ChannelRefs channels) throws IOException {
        if (v instanceof Shareable.None) {
            out.writeByte(NONE);
        } else if (v instanceof Shareable.Bool b) {
            out.writeByte(b.value() ? TRUE : FALSE);
        } else if (v instanceof Shareable.Int i) {
            if (i.big() == null) {
                out.writeByte(INT);
                out.writeLong(i.value());
            } else {
                out.writeByte(BIG_INT);
                writeBytes(out, i.big().toByteArray());
            }
        } else if (v instanceof Shareable.Float f) {
            out.writeByte(FLOAT);
            out.writeLong(Double.doubleToRawLongBits(f.value()));
        } else if (v instanceof Shareable.Str s) {
            out.writeByte(STR);
            writeString(out, s.value());
        } else if (v instanceof Shareable.Bytes b) {
            out.writeByte(BYTES);
            writeBytes(out, b.value());
        } else if (v instanceof Shareable.Tuple t) {
            out.writeByte(TUPLE);
            out.writeInt(t.items().size());
            for (Shareable item : t.items()) write(out, item, channels);
        } else if (v instanceof Shareable.Channel c) {
            out.writeByte(CHANNEL);
            out.writeInt(channels.idOf(c.core()));
        } else if (v instanceof Shareable.Pickled p) {
            out.writeByte(PICKLED);
            writeString(out, p.type());
            writeBytes(out, p.data());
            out.writeInt(p.channels().size());
            for (ChannelCore c : p.channels()) out.writeInt(channels.idOf(c));
        } else {
            throw new IllegalArgumentException("no encoding for " + v.getClass().getSimpleName());
        }
    }

    static Shareable read(DataInput in, ChannelRefs channels) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NONE: return new Shareable.None();
            case FALSE: return new Shareable.Bool(false);
            case TRUE: return new Shareable.Bool(true);
            case INT: return new Shareable.Int(in.readLong(), null);
            case BIG_INT: return new Shareable.Int(0, new BigInteger(readBytes(in)));
            case FLOAT: return new Shareable.Float(Double.longBitsToDouble(in.readLong()));
            case STR: return new Shareable.Str(readString(in));
            case BYTES: return new Shareable.Bytes(readBytes(in));
            case TUPLE: {
                int n = count(in.readInt());
                Shareable[] items = new Shareable[n];
                for (int i = 0; i < n; i++) items[i] = read(in, channels);
                return new Shareable.Tuple(List.of(items));
            }
            case CHANNEL: return new Shareable.Channel(channels.core(in.readInt()));
            case PICKLED: {
                String type = readString(in);
                byte[] data = readBytes(in);
                ChannelCore[] cs = new ChannelCore[count(in.readInt())];
                for (int i = 0; i < cs.length; i++) cs[i] = channels.core(in.readInt());
                return new Shareable.Pickled(type, data, List.of(cs));
            }
            default: throw new Wire.ProtocolFault("unknown value tag " + tag);
        }
    }

    static void writeString(DataOutput out, String s) throws IOException {
        if (wellFormed(s)) {
            out.writeByte(UTF8);
            writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
        } else {
            out.writeByte(UTF16);
            out.writeInt(s.length());
            out.writeChars(s);
        }
    }

    static String readString(DataInput in) throws IOException {
        byte form = in.readByte();
        if (form == UTF8) return new String(readBytes(in), StandardCharsets.UTF_8);
        if (form != UTF16) throw new Wire.ProtocolFault("unknown string form " + form);
        char[] cs = new char[count(in.readInt())];
        for (int i = 0; i < cs.length; i++) cs[i] = in.readChar();
        return new String(cs);
    }

    /** Whether every surrogate in {@code s} is half of a pair, so that UTF-8 round-trips it. */
    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static void writeBytes(DataOutput out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInput in) throws IOException {
        byte[] b = new byte[count(in.readInt())];
        in.readFully(b);
        return b;
    }

    private static int count(int n) throws Wire.ProtocolFault {
        if (n < 0 || n > Wire.MAX_FRAME) throw new Wire.ProtocolFault("a count of " + n);
        return n;
    }
}

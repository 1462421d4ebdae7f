package org.gillab.models.processes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.gillab.runtime.ChannelCore;
import org.gillab.runtime.LocalChannelCore;
import org.gillab.runtime.Shareable;
import org.junit.jupiter.api.Test;

class ShareableCodecTest {
    private final ChannelTable table = new ChannelTable();
    private final ChannelRefs refs = new ChannelRefs() {
        @Override
        public int idOf(ChannelCore core) {
            return table.idOf(core);
        }

        @Override
        public ChannelCore core(int id) throws IOException {
            return table.core(id);
        }
    };

    private Shareable roundTrip(Shareable v) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ShareableCodec.write(new DataOutputStream(buf), v, refs);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(buf.toByteArray()));
        Shareable back = ShareableCodec.read(in, refs);
        assertEquals(-1, in.read(), "bytes left over");
        return back;
    }

    private static Shareable.Int big(String digits) {
        return new Shareable.Int(0, new BigInteger(digits));
    }

    @Test
    void scalarsRoundTrip() throws IOException {
        for (Shareable v : List.of(new Shareable.None(), new Shareable.Bool(true), new Shareable.Bool(false),
                new Shareable.Int(0, null), new Shareable.Int(-7, null), new Shareable.Int(Long.MAX_VALUE, null),
                new Shareable.Int(Long.MIN_VALUE, null), big("1267650600228229401496703205376"),
                big("-2503155504993241601315571986085849"), new Shareable.Str(""), new Shareable.Str("plain ascii"),
                new Shareable.Str("h\u00e9llo \u2603 \uD83D\uDE00 \u4e2d\u6587"))) {
            assertEquals(v, roundTrip(v), v.toString());
        }
    }

    @Test
    void floatsKeepTheirExactBits() throws IOException {
        double[] values = {0.0, -0.0, 1.5, -1e308, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NaN, Double.longBitsToDouble(0x7ff8_0000_dead_beefL)};
        for (double d : values) {
            double back = ((Shareable.Float) roundTrip(new Shareable.Float(d))).value();
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(back), Double.toString(d));
        }
    }

    @Test
    void stringsWithLoneSurrogatesSurvive() throws IOException {
        for (String s : new String[] {"\uD800", "a\uDC00b", "\uDE00\uD83D", "ok\uD83D\uDE00\uD800"}) {
            assertEquals(s, ((Shareable.Str) roundTrip(new Shareable.Str(s))).value());
        }
    }

    @Test
    void bytesRoundTrip() throws IOException {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) all[i] = (byte) i;
        for (byte[] b : new byte[][] {{}, all, new byte[100_000]}) {
            assertArrayEquals(b, ((Shareable.Bytes) roundTrip(new Shareable.Bytes(b))).value());
        }
    }

    @Test
    void nestedTuplesRoundTrip() throws IOException {
        Shareable v = new Shareable.Tuple(List.of(new Shareable.Int(1, null),
                new Shareable.Tuple(List.of(new Shareable.Str("two"), new Shareable.Tuple(List.of(new Shareable.Float(3.0),
                        new Shareable.Tuple(List.of()))))), new Shareable.None(), big("-99999999999999999999999")));
        assertEquals(v, roundTrip(v));
    }

    @Test
    void aChannelTravelsAsItsNumberAndComesBackTheSame() throws IOException {
        LocalChannelCore a = new LocalChannelCore(0, true), b = new LocalChannelCore(3, true);
        Shareable back = roundTrip(new Shareable.Tuple(List.of(new Shareable.Channel(a), new Shareable.Channel(b),
                new Shareable.Channel(a))));
        List<Shareable> items = ((Shareable.Tuple) back).items();
        assertSame(a, ((Shareable.Channel) items.get(0)).core());
        assertSame(b, ((Shareable.Channel) items.get(1)).core());
        assertSame(a, ((Shareable.Channel) items.get(2)).core());
    }

    @Test
    void garbageIsAProtocolFaultNotACrash() {
        byte[][] bad = {{42}, {9, 0, 0, 0, 77}, {8, -1, -1, -1, -1}, {6, 5, 0, 0, 0, 1}};
        for (byte[] b : bad) {
            IOException e = assertThrows(IOException.class,
                    () -> ShareableCodec.read(new DataInputStream(new ByteArrayInputStream(b)), refs));
            assertTrue(e instanceof Wire.ProtocolFault || e instanceof java.io.EOFException, e.toString());
        }
    }

    @Test
    void aSerializedCopyTravelsAsItsBytesWithItsChannelsAsNumbers() throws IOException {
        ChannelCore a = new LocalChannelCore(0, true), b = new LocalChannelCore(4, true);
        byte[] data = {1, 2, 3, (byte) 0xff};
        Shareable.Pickled p = new Shareable.Pickled("list", data, List.of(a, b, a));
        Shareable.Tuple t = (Shareable.Tuple) roundTrip(new Shareable.Tuple(List.of(p, new Shareable.Int(1, null))));
        Shareable.Pickled back = (Shareable.Pickled) t.items().get(0);
        assertEquals(new Shareable.Int(1, null), t.items().get(1));
        assertEquals("list", back.type());
        assertArrayEquals(data, back.data());
        assertEquals(3, back.channels().size());
        assertSame(a, back.channels().get(0));
        assertSame(b, back.channels().get(1));
        assertSame(a, back.channels().get(2));
    }
}
